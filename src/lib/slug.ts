import { foldVietnamese } from './vietnamese.ts';

/** The ASCII slug rule of the content model: lower case, marks stripped, đ→d, words joined by `-`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}

/** "Đường dây nóng" → "duong-day-nong". Never returns an empty string for non-empty input. */
export function slugify(text: string): string {
  const slug = foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'muc';
}

/** A slug not already in `taken`: "ten", "ten-2", "ten-3"… */
export function uniqueSlug(text: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slugify(text);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
