/**
 * The built pages of a site, grouped by page type (the template that made them).
 *
 * Known routes are matched like a router, first match wins. A page that matches none (a type added
 * after these gates were written) still gets a type of its own, named after its parent folder, so
 * the gates cover new page types without anyone remembering to list them here.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuiltPage {
  /** URL path relative to the site root, e.g. `/tin-tuc/abc/` or `/404.html`. */
  path: string;
  file: string;
  bytes: number;
}

export interface PageType {
  /** Route pattern, e.g. `/tin-tuc/*\/`. */
  pattern: string;
  pages: BuiltPage[];
}

const KNOWN_ROUTES = [
  '/',
  '/404.html',
  '/tin-tuc/',
  '/tin-tuc/trang/*/',
  '/tin-tuc/chuyen-muc/*/',
  '/tin-tuc/chuyen-muc/*/trang/*/',
  '/tin-tuc/*/',
  '/thu-tuc/',
  '/thu-tuc/truc-tuyen/',
  '/thu-tuc/linh-vuc/*/',
  '/thu-tuc/*/',
  '/duong-day-nong/',
  '/duong-day-nong/in/',
  '/mo-hinh/',
  '/mo-hinh/linh-vuc/*/',
  '/mo-hinh/nam/*/',
  '/mo-hinh/*/',
  '/cuoc-thi/',
  '/cuoc-thi/*/',
  '/chi-so/',
  '/tim-kiem/',
  '/ke-hoach/',
  '/ke-hoach/don-vi/*/',
  '/ban-tin/',
  '/ban-tin/*/*/',
];

/**
 * HTML files that are not pages of the site: a bulletin issue's email body (table layout and inline
 * styles for mail programs, no header or landmarks) has its own checks in tests/built/bulletins.test.ts.
 */
const NOT_PAGES = /\/email\.html$/;

/** Pages that may load JavaScript: only the search page, and only to search. */
export const SCRIPT_PAGES = ['/tim-kiem/'];

function matches(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*$/, '.+').replace(/\*/g, '[^/]+')}$`);
  return regex.test(path);
}

/** Known routes with a variable part, longest first: the parents new sub-pages hang from. */
const PARENTS = KNOWN_ROUTES.filter((pattern) => pattern.includes('*')).sort((a, b) => b.length - a.length);

export function typeOf(path: string): string {
  const known = KNOWN_ROUTES.find((pattern) => matches(pattern, path));
  if (known) return known;
  // `/cuoc-thi/<id>/ket-qua/don-vi/` → `/cuoc-thi/*/ket-qua/*/`: one type for every contest.
  const parent = PARENTS.find((pattern) => matches(`${pattern}**`, path));
  const rest = parent ? path.slice(path.split('/').slice(0, parent.split('/').length - 1).join('/').length + 1) : path;
  return `${parent ?? ''}${rest.replace(/[^/]+\/$|[^/]+$/, '*/')}`.replace(/^\/?/, '/');
}

/** Every HTML page of a built site (Pagefind's own files are not pages). */
export function listPages(site: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (prefix === '/' && (entry.name === 'pagefind' || entry.name === '_astro')) continue;
        walk(file, `${prefix}${entry.name}/`);
      } else if (entry.name.endsWith('.html')) {
        const path = entry.name === 'index.html' ? prefix : `${prefix}${entry.name}`;
        if (NOT_PAGES.test(path)) continue;
        pages.push({ path, file, bytes: statSync(file).size });
      }
    }
  };
  walk(site, '/');
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

export function pageTypes(site: string): PageType[] {
  const byType = new Map<string, BuiltPage[]>();
  for (const page of listPages(site)) {
    const key = typeOf(page.path);
    byType.set(key, [...(byType.get(key) ?? []), page]);
  }
  return [...byType.entries()].map(([pattern, pages]) => ({ pattern, pages })).sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** The largest page of a type: the one with the most content, so the most to get wrong. */
export function representative(type: PageType): BuiltPage {
  return type.pages.reduce((largest, page) => (page.bytes > largest.bytes ? page : largest));
}
