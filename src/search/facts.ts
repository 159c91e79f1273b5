/**
 * What the search index needs to know about each page beyond its HTML: its type, filter values,
 * display metadata and sort key; plus one record per hotline so that a number finds its own
 * desk, not only the directory page. Computed from the same collections and labels as the pages,
 * so the filters and the filter menus of the search page can never disagree.
 */
import { vi } from '../i18n/index.ts';
import { routes } from '../lib/routes.ts';
import { buildDay, formatShortDate, toIsoDay, yearOf } from '../lib/dates.ts';
import { archiveBoundaries, archiveCutoff, archivePartOf, archivePartPages, isArchived, recentMonths } from './search-bundles.ts';
import { parsePhone } from '../lib/phone.ts';
import { compareVietnamese } from '../lib/vietnamese.ts';
import { getContests, getHotlines, getModels, getNews, getProcedures, getSite, getUnits } from '../data/content.ts';
import { getDocuments } from '../documents/data.ts';
import { getBulletinIssues } from '../plan/data.ts';
import { FILTER_KEYS, META, SORT_DATE, type FilterName } from './keys.ts';

export type SearchType = keyof typeof vi.search.types;

export interface PageFacts {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  sort: Record<string, string>;
  /** Older news and bulletin issues: indexed in the archive bundle, not the primary one (src/search/search-bundles.ts). */
  archive?: true;
  /** Part of a large archive (search-bundles.ts): 1 for the second newest, and so on; absent for the newest. */
  archivePart?: number;
}

/** A search entry that is not a page of its own (a hotline inside the directory). */
export interface SearchRecord extends PageFacts {
  /** Route relative to the base path, with its `#anchor`. */
  route: string;
  content: string;
}

export interface SearchManifest {
  /** Facts per page route (relative to the base path, e.g. `thu-tuc/dang-ky-khai-sinh/`). */
  pages: Record<string, PageFacts>;
  records: SearchRecord[];
  /** Element ids of a page whose content is indexed as separate records instead. */
  ownRecords: Record<string, string[]>;
  /** First day of the primary bundle's news (ISO); older news are in the archive bundle. */
  archiveCutoff: string;
}

function facts(type: SearchType, values: Partial<Record<FilterName, string | number | undefined>>, meta: Record<string, string> = {}, sort: Record<string, string> = {}): PageFacts {
  const filters: Record<string, string[]> = { [FILTER_KEYS.type]: [vi.search.types[type]] };
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') filters[FILTER_KEYS[name as FilterName]] = [String(value)];
  }
  return { filters, meta: { [META.type]: vi.search.types[type], ...meta }, sort };
}

export async function searchManifest(): Promise<SearchManifest> {
  const site = await getSite();
  const units = await getUnits();
  const unitName = (id: string | undefined) => (id ? (units.get(id)?.shortName ?? units.get(id)?.name ?? id) : undefined);
  const pages: Record<string, PageFacts> = {};
  const records: SearchRecord[] = [];
  const cutoff = archiveCutoff(buildDay(), recentMonths());
  // Day of each archive page, for the parts of a large archive.
  const archived = new Map<PageFacts, string>();

  for (const entry of await getNews()) {
    const { date, category, unit } = entry.data;
    const day = toIsoDay(date);
    const page = (pages[routes.newsArticle(entry.id)] = facts(
      'news',
      { category: vi.news.categoryNames[category], unit: unitName(unit), year: yearOf(date) },
      { [META.date]: formatShortDate(date) },
      { [SORT_DATE]: day },
    ));
    if (isArchived(day, cutoff)) {
      page.archive = true;
      archived.set(page, day);
    }
  }
  for (const entry of await getProcedures()) {
    pages[routes.procedure(entry.id)] = facts('procedure', { field: entry.data.field }, { [META.code]: entry.data.code });
  }
  for (const entry of await getModels()) {
    pages[routes.model(entry.id)] = facts('model', { category: vi.news.categoryNames[entry.data.area], year: entry.data.year });
  }
  for (const entry of await getContests()) {
    const { startDate } = entry.data;
    pages[routes.contest(entry.id)] = facts(
      'contest',
      { year: yearOf(startDate) },
      { [META.date]: formatShortDate(startDate) },
      { [SORT_DATE]: toIsoDay(startDate) },
    );
  }
  // Documents: typed as such so "Văn bản" filters them, with their number findable as the code.
  for (const entry of await getDocuments()) {
    const { issued, number, category } = entry.data;
    pages[routes.document(entry.id)] = facts(
      'document',
      { category: category ? vi.news.categoryNames[category] : undefined, year: yearOf(issued) },
      { [META.code]: number, [META.date]: formatShortDate(issued) },
      { [SORT_DATE]: toIsoDay(issued) },
    );
  }

  // Bulletin issues (found by their name and the editor's note) follow their news: an issue whose
  // newest article is in the archive goes there too. At 10,000 entries ten years of weekly issues
  // were 523 of the primary bundle's 3,388 pages: 3 KB of the page table every first query
  // downloads, and pages without "Đông Thuận" that took the commune's name under the share of a
  // near-universal word (docs/search.md).
  for (const issue of await getBulletinIssues()) {
    const newest = issue.articles.at(-1)?.day ?? issue.week.end;
    if (isArchived(newest, cutoff)) {
      const page: PageFacts = { filters: {}, meta: {}, sort: {}, archive: true };
      pages[routes.bulletin(issue.year, issue.number)] = page;
      archived.set(page, newest);
    }
  }
  const boundaries = archiveBoundaries([...archived.values()], archivePartPages());
  for (const [page, day] of archived) {
    const part = archivePartOf(day, boundaries);
    if (part > 0) page.archivePart = part;
  }

  const hotlines = await getHotlines();
  pages[routes.hotlines()] = facts('hotline', {});
  for (const hotline of hotlines) {
    const { name, phone, topics = [], hours, unit, email, zalo } = hotline.data;
    const parsed = parsePhone(phone, site.areaCode);
    // Every written form of the number, so it is found however it is typed.
    const numbers = [phone, parsed?.display, parsed?.digits, parsed?.mobileDisplay, parsed?.mobileTel?.replace(/\D/g, ''), zalo, zalo?.replace(/\D/g, '')];
    const record = facts(
      'hotline',
      { unit: unitName(unit) },
      { title: name, [META.phone]: parsed?.display ?? phone, ...(parsed && { [META.tel]: parsed.tel }) },
    );
    records.push({
      ...record,
      route: `${routes.hotlines()}#${hotline.id}`,
      content: [name, ...new Set(numbers.filter(Boolean)), ...topics, hours, unitName(unit), email].filter(Boolean).join('. '),
    });
  }
  return { pages, records, ownRecords: { [routes.hotlines()]: hotlines.map((hotline) => hotline.id) }, archiveCutoff: cutoff };
}

/** The archive bundle's extent, or undefined when every page is in the primary bundle. */
export async function archiveExtent(): Promise<{ cutoff: string; pages: number } | undefined> {
  const manifest = await searchManifest();
  const pages = Object.values(manifest.pages).filter((page) => page.archive).length;
  return pages > 0 ? { cutoff: manifest.archiveCutoff, pages } : undefined;
}

/** The values each filter menu of the search page offers, in Vietnamese order (years newest first). */
export async function filterOptions(): Promise<Record<FilterName, string[]>> {
  const manifest = await searchManifest();
  const all = [...Object.values(manifest.pages), ...manifest.records];
  const options = {} as Record<FilterName, string[]>;
  for (const [name, key] of Object.entries(FILTER_KEYS) as [FilterName, string][]) {
    const values = new Set(all.flatMap((item) => item.filters[key] ?? []));
    options[name] = name === 'year' ? [...values].sort().reverse() : name === 'type' ? Object.values(vi.search.types).filter((label) => values.has(label)) : [...values].sort(compareVietnamese);
  }
  return options;
}
