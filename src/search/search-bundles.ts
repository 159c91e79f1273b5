/**
 * The site search is split into two Pagefind bundles. A first query must stay small on a 3G
 * phone, and what a Pagefind query downloads grows with the number of pages in the bundle (its
 * page table) and with how many pages hold each word (its index chunks). Citizens look mostly for
 * procedures, hotlines and recent news, so those form the primary bundle; older news forms the
 * archive bundle, loaded only when the person asks for it or the primary finds too little.
 * Pure rules shared by the build (which page goes where) and the search page (which to search).
 */

/** News younger than this many months stay in the primary bundle. */
export const RECENT_MONTHS = 24;

/** Folders of the two bundles, relative to the base path. */
export const PRIMARY_BUNDLE = 'pagefind/';
export const ARCHIVE_BUNDLE = 'pagefind-luu-tru/';
/**
 * A large archive is written in parts of 3,000 to 5,999 pages, each a bundle of its own, cut by
 * date. Pagefind indexes a bundle on one core, mostly, and the whole archive (7,585 pages at
 * 10,000 entries) took 17 s alone, after Astro, while during Astro one core sat half idle. Astro
 * writes the older news oldest first, so each part is complete, and indexed on that core
 * (src/search/build/page-preparer.ts), while Astro writes the next; only the newest part is left
 * for the end. The parts a full build wrote are listed in the vocabulary file (`archiveParts`);
 * the search page searches them all and merges them as it merges the archive into the primary
 * bundle's results.
 */
export const ARCHIVE_PART_PAGES = 3000;

/** `SEARCH_ARCHIVE_PART` overrides ARCHIVE_PART_PAGES (tests split the sample's small archive). */
export function archivePartPages(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.SEARCH_ARCHIVE_PART?.trim());
  return Number.isInteger(value) && value >= 1 ? value : ARCHIVE_PART_PAGES;
}

/**
 * Where the archive is cut, given the day of each archive page: as many parts as whole
 * `partPages` fit in it (one below twice that), about even, and never sharing a day (sorted by
 * date, a newer part's results all come before an older part's). The first days of the parts
 * after the oldest, in ascending order; none: one part.
 */
export function archiveBoundaries(days: string[], partPages: number): string[] {
  const sorted = [...days].sort();
  const parts = Math.max(1, Math.floor(sorted.length / partPages));
  const boundaries: string[] = [];
  for (let part = 1; part < parts; part += 1) {
    const day = sorted[Math.floor((part * sorted.length) / parts)] as string;
    if (day > (boundaries.at(-1) ?? (sorted[0] as string))) boundaries.push(day);
  }
  return boundaries;
}

/** The part of an archive page of `day`: 0 for the newest, counting back. */
export function archivePartOf(day: string, boundaries: string[]): number {
  return boundaries.filter((boundary) => day < boundary).length;
}

/** Folder of an archive part's bundle, relative to the base path: the newest is ARCHIVE_BUNDLE. */
export function archivePartFolder(part: number): string {
  return part === 0 ? ARCHIVE_BUNDLE : `${ARCHIVE_BUNDLE.replace(/\/$/, '')}-${part + 1}/`;
}

/**
 * The order in which to write news, newest first as given: the recent ones as they are, then the
 * archived ones oldest first. The build indexes each search bundle once all its pages are written,
 * while Astro writes the others (src/search/build/page-preparer.ts).
 */
export function indexingOrder<T>(newestFirst: T[], archived: (item: T) => boolean): T[] {
  const recent = newestFirst.filter((item) => !archived(item));
  const older = newestFirst.filter(archived).reverse();
  return [...recent, ...older];
}

/**
 * The small bundles of the pages fast publishes changed since the last full build
 * (docs/fast-publish.md), merged in the browser into the primary bundle and, for older news, into
 * the archive one. What they hold is said in the vocabulary file every search reads anyway
 * (`delta` in COMMON_WORDS_FILE: no request of its own); a full build writes none.
 */
export const DELTA_BUNDLE = 'pagefind-moi/';
export const DELTA_ARCHIVE_BUNDLE = 'pagefind-moi-luu-tru/';
/** Metadata key carried by the pages of the delta bundles: their results are the fresh ones. */
export const DELTA_META = 'ban-moi';

export interface DeltaStatus {
  /** Pages in DELTA_BUNDLE. */
  pages: number;
  /** Pages in DELTA_ARCHIVE_BUNDLE. */
  archivePages: number;
  /** Addresses (with the base path) whose results in the main bundles are out of date. */
  stale: string[];
}

/** Beside the primary bundle: its near-universal words (CommonWords in src/search/search-text.ts). */
export const COMMON_WORDS_FILE = `${PRIMARY_BUNDLE}tu-pho-bien.json`;

/**
 * `SEARCH_RECENT_MONTHS` overrides the window (a commune with little news may keep everything in
 * the primary bundle with a large value; tests use it to put sample news in the archive).
 */
export function recentMonths(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.SEARCH_RECENT_MONTHS?.trim());
  return Number.isInteger(value) && value >= 0 ? value : RECENT_MONTHS;
}

/** First ISO day that is still "recent": news dated before it go to the archive. */
export function archiveCutoff(buildDay: string, months: number): string {
  const [year, month, day] = buildDay.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) - months;
  const cutYear = Math.floor(total / 12);
  const cutMonth = (total % 12) + 1;
  // 31 March minus one month is the last day of February, not 3 March.
  const lastDay = new Date(Date.UTC(cutYear, cutMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${cutYear}-${pad(cutMonth)}-${pad(Math.min(day, lastDay))}`;
}

export function isArchived(isoDay: string, cutoff: string): boolean {
  return isoDay < cutoff;
}

export interface ArchiveChoice {
  /** The person ticked "also search older news". */
  wanted: boolean;
  /** Type filter value ('' for any) and the label of news. */
  type: string;
  newsType: string;
  /** Year filter value ('' for any). */
  year: string;
  /** Year of the cutoff day: years up to it may have news in the archive. */
  cutoffYear: number;
}

/**
 * Whether the archive must be searched before anything is shown: asked for, or a year that only
 * the archive can hold news of. Never when the type filter excludes news (the archive has only news).
 */
export function archiveFirst(choice: ArchiveChoice): boolean {
  if (choice.type && choice.type !== choice.newsType) return false;
  return choice.wanted || (choice.year !== '' && Number(choice.year) <= choice.cutoffYear);
}

/**
 * Whether to fall back on the archive once the primary bundle has answered: only when it found
 * nothing. A code or a hotline number finds one or two results, and must not pay for the
 * archive; with some results, the page offers the archive with a button instead.
 */
export function archiveFallback(choice: ArchiveChoice, primaryCount: number): boolean {
  if (choice.type && choice.type !== choice.newsType) return false;
  return primaryCount === 0;
}

/**
 * One list from the two bundles. Sorted by date, the archive's news are all older than the
 * primary's, so they follow them; by relevance, both lists are merged on Pagefind's score (the
 * same BM25 scale Pagefind itself uses to merge indexes), keeping each list's order.
 */
export function mergeBundles<T extends { score: number }>(primary: T[], archive: T[], byDate: boolean): T[] {
  if (byDate || archive.length === 0) return [...primary, ...archive];
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < primary.length || j < archive.length) {
    const a = primary[i];
    const b = archive[j];
    if (b === undefined || (a !== undefined && a.score >= b.score)) {
      merged.push(a as T);
      i += 1;
    } else {
      merged.push(b);
      j += 1;
    }
  }
  return merged;
}
