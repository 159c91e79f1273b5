/** The part of Pagefind's browser API (pagefind.js) that the search page uses. */
export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  /** Parts of the page under headings with an id (src/search/page-sections.ts). */
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindInstance {
  init: () => Promise<void>;
  /** Search another bundle together with this one (its results come back mixed in). */
  mergeIndex: (indexPath: string, options?: { baseUrl?: string }) => Promise<void>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse | null>;
}

export interface PagefindModule {
  /** One independent search over the bundle at `basePath` (Pagefind 1.5+). */
  createInstance: (options: { basePath: string; baseUrl?: string; noWorker?: boolean }) => PagefindInstance;
}
