/**
 * Reading the collections for pages. Publication rules live here once: drafts and news dated
 * after the build day are left out of production builds; `astro dev` shows them with a marker.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildDay, isPublishedBy, toIsoDay } from '../lib/dates.ts';
import { compareVietnamese } from '../lib/vietnamese.ts';
import { slugify } from '../lib/slug.ts';
import { contestStatusOn, type ContestStatus } from '../lib/contest-status.ts';

export type Site = CollectionEntry<'site'>['data'];
export type Unit = CollectionEntry<'units'>['data'];
export type NewsEntry = CollectionEntry<'news'>;
export type ProcedureEntry = CollectionEntry<'procedures'>;
export type HotlineEntry = CollectionEntry<'hotlines'>;
export type ModelEntry = CollectionEntry<'models'>;
export type ContestEntry = CollectionEntry<'contests'>;
export type IndexResult = CollectionEntry<'indices'>['data'];

/**
 * A production build reads the same content for every one of its thousands of pages: read, filter
 * and sort each collection once per build. `astro dev` must see edits, so it never caches. Lists
 * are handed out as copies so that a page sorting its list cannot reorder another page's.
 */
export function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  const copy = (value: T) => (Array.isArray(value) ? ([...value] as T) : value);
  return async () => {
    if (import.meta.env.DEV) return load();
    cached ??= load();
    return copy(await cached);
  };
}

export const getSite: () => Promise<Site> = oncePerBuild(async () => {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('site.yaml: thiếu tệp bắt buộc (thông tin đơn vị đăng tin)');
  return entry.data;
});

export const getUnits: () => Promise<Map<string, Unit>> = oncePerBuild(async () => {
  const units = await getCollection('units');
  return new Map(units.map((unit) => [unit.data.id, unit.data]));
});

export type PublicationState = 'published' | 'draft' | 'scheduled';

export function publicationState(entry: NewsEntry, day = buildDay()): PublicationState {
  if (entry.data.draft) return 'draft';
  if (!isPublishedBy(entry.data.date, day)) return 'scheduled';
  return 'published';
}

/** News to show, newest first. In dev, drafts and scheduled news are included (and marked). */
export const getNews: () => Promise<NewsEntry[]> = oncePerBuild(async () => {
  const day = buildDay();
  const all = await getCollection('news', (entry) => import.meta.env.DEV || publicationState(entry, day) === 'published');
  return all.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
});

export const getProcedures: () => Promise<ProcedureEntry[]> = oncePerBuild(async () => {
  const all = await getCollection('procedures');
  return all.sort((a, b) => compareVietnamese(a.data.title, b.data.title));
});

export interface ProcedureField {
  name: string;
  slug: string;
  procedures: ProcedureEntry[];
}

/** Procedures grouped by lĩnh vực, fields in Vietnamese alphabetical order. */
export const getProcedureFields: () => Promise<ProcedureField[]> = oncePerBuild(async () => {
  const byField = new Map<string, ProcedureField>();
  for (const procedure of await getProcedures()) {
    const name = procedure.data.field;
    const slug = slugify(name);
    const field = byField.get(slug) ?? { name, slug, procedures: [] };
    field.procedures.push(procedure);
    byField.set(slug, field);
  }
  return [...byField.values()].sort((a, b) => compareVietnamese(a.name, b.name));
});

export const HOTLINE_SCOPE_ORDER = ['xa', 'tinh', 'quoc-gia'] as const;

export const getHotlines: () => Promise<HotlineEntry[]> = oncePerBuild(async () => {
  const all = await getCollection('hotlines');
  const scopeRank = (entry: HotlineEntry) => HOTLINE_SCOPE_ORDER.indexOf(entry.data.scope);
  return all.sort(
    (a, b) =>
      scopeRank(a) - scopeRank(b) ||
      (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) ||
      compareVietnamese(a.data.name, b.data.name),
  );
});

export const getModels: () => Promise<ModelEntry[]> = oncePerBuild(async () => {
  const all = await getCollection('models');
  return all.sort((a, b) => b.data.year - a.data.year || compareVietnamese(a.data.title, b.data.title));
});

export type { ContestStatus };

export function contestStatus(entry: ContestEntry, day = buildDay()): ContestStatus {
  return contestStatusOn(toIsoDay(entry.data.startDate), toIsoDay(entry.data.endDate), day);
}

export const getContests: () => Promise<ContestEntry[]> = oncePerBuild(async () => {
  const all = await getCollection('contests');
  return all.sort((a, b) => b.data.startDate.getTime() - a.data.startDate.getTime());
});

export const getIndices: () => Promise<IndexResult[]> = oncePerBuild(async () => {
  const all = await getCollection('indices');
  return all.map((entry) => entry.data).sort((a, b) => a.index.localeCompare(b.index) || a.year - b.year);
});
