/**
 * Browsing a province's 1,500–2,000 procedures: paged lists and fields grouped by their first
 * letter, so that no list page carries more than one page of procedures (issue 12: the single
 * index of 1,601 procedures weighed 742 KB). Pure functions; the pages in src/pages/thu-tuc use them.
 */
import { compareVietnamese, foldVietnamese } from './vietnamese.ts';

/** Procedures on one list page: ~8 KB of gzip with titles up to 250 characters. */
export const PROCEDURES_PER_PAGE = 50;

/** Cut a list into pages; an empty list still has one (empty) page, so a filter page always exists. */
export function paginate<T>(items: readonly T[], size = PROCEDURES_PER_PAGE): T[][] {
  if (size < 1) throw new RangeError('size must be at least 1');
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/**
 * The heading letter of a field name: tones and hats folded ("Ấn phẩm" → "A"), but Đ stays Đ, as
 * in the Vietnamese alphabet where Đ follows D.
 */
export function initialOf(name: string): string {
  const first = [...name.trim()][0] ?? '#';
  const upper = first.toLocaleUpperCase('vi');
  if (upper === 'Đ') return 'Đ';
  const folded = foldVietnamese(upper);
  return /^[A-Z]$/u.test(folded) ? folded : '#';
}

/** Fields grouped by heading letter, letters and fields in Vietnamese order. */
export function groupByInitial<F extends { name: string }>(fields: readonly F[]): { letter: string; fields: F[] }[] {
  const groups = new Map<string, F[]>();
  for (const field of fields) {
    const letter = initialOf(field.name);
    groups.set(letter, [...(groups.get(letter) ?? []), field]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareVietnamese(a, b) || (a < b ? -1 : 1))
    .map(([letter, list]) => ({ letter, fields: [...list].sort((a, b) => compareVietnamese(a.name, b.name)) }));
}

/** Consecutive runs of the same field on a page, in page order (the page is sorted by field). */
export function runsByField<P>(items: readonly P[], fieldOf: (item: P) => string): { field: string; items: P[] }[] {
  const runs: { field: string; items: P[] }[] = [];
  for (const item of items) {
    const field = fieldOf(item);
    const last = runs.at(-1);
    if (last && last.field === field) last.items.push(item);
    else runs.push({ field, items: [item] });
  }
  return runs;
}
