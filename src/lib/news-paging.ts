/**
 * How a news list is cut into pages, designed so that publishing one article rewrites a handful
 * of list pages, not all of them (issue 17: a site with 8,000 news has 400 list pages per list).
 *
 * - The front page (`/tin-tuc/`) shows the newest articles.
 * - The archive pages (`/tin-tuc/trang/<n>/`) are counted from the OLDEST article: page 1 holds the
 *   20 oldest, page 2 the next 20, and so on; only the last page is partly filled. A new article
 *   lands on the last page (or opens a new one), so every older page keeps its articles, its number
 *   and its bytes. Newest-first numbering would shift one article onto every page.
 * - Each archive page links to its neighbours within a window, never to "the last page" nor to a
 *   page count ("trang 5/400"), which would change on every page whenever a page is added.
 *
 * Every list in newest-first order, as the data layer gives it.
 */

export const NEWS_PER_PAGE = 20;

/** Pages linked on each side of the current one. */
export const NEWS_NAV_WINDOW = 2;

export interface NewsArchivePage<T> {
  /** 1 = the oldest articles. */
  number: number;
  /** The page's articles, newest first. */
  entries: T[];
}

export interface NewsPaging<T> {
  /** The newest articles, newest first. */
  front: T[];
  /** Empty when every article fits on the front page. */
  archive: NewsArchivePage<T>[];
  /** The archive page holding the newest article that is not on the front page. */
  olderThanFront?: number;
}

export function pageNews<T>(newestFirst: readonly T[], perPage = NEWS_PER_PAGE): NewsPaging<T> {
  const front = newestFirst.slice(0, perPage);
  if (newestFirst.length <= perPage) return { front, archive: [] };
  const oldestFirst = [...newestFirst].reverse();
  const archive: NewsArchivePage<T>[] = [];
  for (let start = 0; start < oldestFirst.length; start += perPage) {
    archive.push({ number: archive.length + 1, entries: oldestFirst.slice(start, start + perPage).reverse() });
  }
  // Position (from the oldest, 0-based) of the newest article missing from the front page.
  const newestNotOnFront = newestFirst.length - perPage - 1;
  return { front, archive, olderThanFront: Math.floor(newestNotOnFront / perPage) + 1 };
}

/** Page numbers to link from archive page `current` of `total` (1 always, then a window around it). */
export function archiveNavNumbers(current: number, total: number, window = NEWS_NAV_WINDOW): number[] {
  const numbers = new Set<number>([1]);
  for (let page = Math.max(1, current - window); page <= Math.min(total, current + window); page += 1) numbers.add(page);
  return [...numbers].sort((a, b) => a - b);
}

/**
 * Which article each article lists under "Tin cùng chuyên mục": the ones published just before it
 * in its category. The newest of the category shows up on nobody's page when it is published, so a
 * new article rewrites only its own page (the newest of the category would change on every page).
 * The oldest articles of a category, with fewer than `count` before them, are completed with the
 * ones published just after them: only those few pages change when an article arrives.
 */
export function olderInCategory<T>(newestFirst: readonly T[], categoryOf: (entry: T) => string, count = 3): Map<T, T[]> {
  const byCategory = new Map<string, T[]>();
  for (const entry of newestFirst) {
    const list = byCategory.get(categoryOf(entry)) ?? [];
    list.push(entry);
    byCategory.set(categoryOf(entry), list);
  }
  const related = new Map<T, T[]>();
  for (const list of byCategory.values()) {
    list.forEach((entry, index) => {
      const older = list.slice(index + 1, index + 1 + count);
      const newer = list.slice(Math.max(0, index - (count - older.length)), index).reverse();
      related.set(entry, [...older, ...newer]);
    });
  }
  return related;
}
