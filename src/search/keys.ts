/**
 * Names shared by the indexer, the search page and its URL. Filter keys double as URL
 * parameters (`/tim-kiem/?q=...&loai=Thủ tục`), so an e-portal link can open a filtered search.
 */
export const FILTER_KEYS = {
  type: 'loai',
  field: 'linhvuc',
  category: 'chuyenmuc',
  unit: 'donvi',
  year: 'nam',
} as const;
export type FilterName = keyof typeof FILTER_KEYS;
export const FILTER_ORDER: FilterName[] = ['type', 'field', 'category', 'unit', 'year'];

/** Sort key (ISO day) carried by news and contests. */
export const SORT_DATE = 'ngay';
/** URL parameter of the sort choice; its only value besides relevance. */
export const SORT_PARAM = 'sapxep';
export const SORT_NEWEST = 'moi-nhat';
/** URL parameter (value `1`) and checkbox: also search the archive bundle of older news. */
export const ARCHIVE_PARAM = 'luutru';

/** Metadata keys the search page reads from a result. */
export const META = {
  title: 'title',
  type: 'loai',
  date: 'ngay',
  code: 'ma',
  phone: 'so',
  tel: 'tel',
} as const;

/** Built by Astro for the indexer, read and removed again before the site is published. */
export const MANIFEST_ROUTE = 'tim-kiem/chi-muc.json';
