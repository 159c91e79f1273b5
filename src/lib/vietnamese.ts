/**
 * Vietnamese text helpers. Pure functions, no dependencies, importable from Astro pages,
 * Node scripts (run with type stripping) and the browser bundle of the search page.
 */

/** Store and compare text in NFC: some keyboards and macOS produce NFD. */
export function toNFC(text: string): string {
  return text.normalize('NFC');
}

/** Recursively NFC-normalize every string inside plain data (YAML / front matter). */
export function deepNFC<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item) => deepNFC(item)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = deepNFC(item);
    return out as T;
  }
  return value;
}

/**
 * Remove every diacritic, including đ/Đ. `đ` (U+0111) has no canonical decomposition,
 * so stripping combining marks after NFD leaves it untouched: it must be mapped by hand.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Only replace đ/Đ by d/D and keep the other marks (the search index folds tones by itself). */
export function foldDStroke(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** True when the text contains a Vietnamese letter outside ASCII (used to rank exact matches). */
export function hasDiacritics(text: string): boolean {
  return foldVietnamese(text) !== text.normalize('NFC');
}

/** True when the text is not in NFC (it came from a decomposing keyboard or OS). */
export function isNFD(text: string): boolean {
  return text !== text.normalize('NFC');
}

/** Compare two Vietnamese strings for sorting in Vietnamese alphabetical order. */
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
