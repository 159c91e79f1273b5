/**
 * The pre-rendered lists of /van-ban/: all documents, and one list per type, issuer, year and
 * status (one filter at a time: every combination would multiply the pages for little use; the
 * search page combines filters). Each list is paged.
 */
import { documents as T } from '../i18n/documents.ts';
import { yearOf } from '../lib/dates.ts';
import { DOCUMENT_STATUSES, DOCUMENT_TYPES } from '../lib/documents.ts';
import { slugify } from '../lib/slug.ts';
import { compareVietnamese } from '../lib/vietnamese.ts';

export const DOCUMENTS_PER_PAGE = 20;

/** URL segment of each filter, under /van-ban/. */
export const FILTER_SEGMENTS = { type: 'loai', issuer: 'co-quan', year: 'nam', status: 'tinh-trang' } as const;
export type FilterKind = keyof typeof FILTER_SEGMENTS;

interface ListableDocument {
  data: { type: (typeof DOCUMENT_TYPES)[number]; issuer: string; issued: Date; status: (typeof DOCUMENT_STATUSES)[number] };
}

export interface FilterValue {
  kind: FilterKind;
  /** In the URL. */
  value: string;
  label: string;
  count: number;
}

const valueOf: Record<FilterKind, (entry: ListableDocument) => { value: string; label: string }> = {
  type: (entry) => ({ value: entry.data.type, label: T.typeNames[entry.data.type] }),
  issuer: (entry) => ({ value: slugify(entry.data.issuer), label: entry.data.issuer }),
  year: (entry) => ({ value: String(yearOf(entry.data.issued)), label: String(yearOf(entry.data.issued)) }),
  status: (entry) => ({ value: entry.data.status, label: T.statusNames[entry.data.status] }),
};

const ORDER: Record<FilterKind, (a: FilterValue, b: FilterValue) => number> = {
  type: (a, b) => DOCUMENT_TYPES.indexOf(a.value as never) - DOCUMENT_TYPES.indexOf(b.value as never),
  issuer: (a, b) => compareVietnamese(a.label, b.label),
  year: (a, b) => Number(b.value) - Number(a.value),
  status: (a, b) => DOCUMENT_STATUSES.indexOf(a.value as never) - DOCUMENT_STATUSES.indexOf(b.value as never),
};

/** The values each filter offers, with counts, in a reader's order (years newest first). */
export function filterValues<E extends ListableDocument>(entries: readonly E[]): Record<FilterKind, FilterValue[]> {
  const out = {} as Record<FilterKind, FilterValue[]>;
  for (const kind of Object.keys(FILTER_SEGMENTS) as FilterKind[]) {
    const byValue = new Map<string, FilterValue>();
    for (const entry of entries) {
      const { value, label } = valueOf[kind](entry);
      const item = byValue.get(value) ?? { kind, value, label, count: 0 };
      item.count += 1;
      byValue.set(value, item);
    }
    out[kind] = [...byValue.values()].sort(ORDER[kind]);
  }
  return out;
}

export interface DocumentList<E> {
  filter?: FilterValue;
  entries: E[];
}

/** Every list to pre-render: all documents first, then one per filter value. */
export function documentLists<E extends ListableDocument>(entries: readonly E[]): DocumentList<E>[] {
  const values = filterValues(entries);
  return [
    { entries: [...entries] },
    ...(Object.keys(values) as FilterKind[]).flatMap((kind) =>
      values[kind].map((filter) => ({ filter, entries: entries.filter((entry) => valueOf[kind](entry).value === filter.value) })),
    ),
  ];
}

export function listTitle(filter: FilterValue | undefined): string {
  if (!filter) return T.title;
  switch (filter.kind) {
    case 'type':
      return T.typeTitle(filter.label);
    case 'issuer':
      return T.issuerTitle(filter.label);
    case 'year':
      return T.yearTitle(Number(filter.value));
    case 'status':
      return T.statusTitle(filter.label);
  }
}
