/**
 * Link check of the whole built site, at the root and under /cchc/: every internal href, src,
 * srcset, form action, CSS url() and sitemap entry must name a file that exists in the output,
 * and every #fragment must name an id on the target page. A broken link is a citizen stuck.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { walkFiles } from '../../scripts/lib/run.ts';
import { ROOT_SITE, SUBPATH, SUBPATH_SITE, TEST_SITE_URL } from '../helpers/sites.ts';

interface Reference {
  from: string;
  url: string;
  /** Absolute URLs the site writes itself (sharing tags, canonical, sitemap) must point into it. */
  generated?: boolean;
}

const SITES = [
  { name: 'root', dir: ROOT_SITE, base: '/' },
  { name: SUBPATH, dir: SUBPATH_SITE, base: SUBPATH },
] as const;

/** The path a built file is served at, e.g. `tin-tuc/index.html` → `/cchc/tin-tuc/`. */
function servedPath(base: string, file: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

function referencesIn(page: HTMLElement, from: string): Reference[] {
  const found: Reference[] = [];
  const add = (url: string | undefined, generated = false) => {
    if (url !== undefined) found.push({ from, url: url.trim(), generated });
  };
  for (const el of page.querySelectorAll('a[href], link[href], area[href]')) add(el.getAttribute('href'), el.getAttribute('rel') === 'canonical');
  for (const el of page.querySelectorAll('img[src], script[src], iframe[src], source[src], video[src], audio[src], track[src]')) add(el.getAttribute('src'));
  for (const el of page.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) add(candidate.trim().split(/\s+/)[0]);
  }
  for (const el of page.querySelectorAll('form[action]')) add(el.getAttribute('action'));
  for (const el of page.querySelectorAll('meta[property="og:image"], meta[property="og:url"]')) add(el.getAttribute('content'), true);
  return found;
}

/** Resolve a reference to a file of the site and explain what is wrong, or undefined when fine. */
function check(dir: string, base: string, ref: Reference, ids: (file: string) => Set<string>): string | undefined {
  if (/^(mailto|tel|sms|data|javascript):/i.test(ref.url) || ref.url === '') return undefined;
  // An absolute link in content (a form on the unit's main web server, which may share the host)
  // is an outside link: the site's own links are always root-relative or relative.
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref.url) && !ref.generated) return undefined;
  const url = new URL(ref.url, new URL(ref.from, TEST_SITE_URL));
  if (url.origin !== TEST_SITE_URL) return ref.generated ? `${ref.url} on ${ref.from}: not on the site's origin` : undefined;
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) return `${ref.url} on ${ref.from}: outside the base path ${base}`;
  const relative = path.slice(base.length);
  const file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
  if (!existsSync(join(dir, file))) return `${ref.url} on ${ref.from}: no file ${file}`;
  if (statSync(join(dir, file)).isDirectory()) return `${ref.url} on ${ref.from}: folder without the trailing slash`;
  if (url.hash.length > 1 && file.endsWith('.html')) {
    const id = decodeURIComponent(url.hash.slice(1));
    if (!ids(file).has(id)) return `${ref.url} on ${ref.from}: no element with id "${id}" in ${file}`;
  }
  return undefined;
}

describe.each(SITES)('links of the site built at $name', ({ dir, base }) => {
  const files = walkFiles(dir);
  const htmlFiles = files.filter((file) => file.endsWith('.html'));
  const parsed = new Map<string, HTMLElement>();
  const pageOf = (file: string) => {
    let page = parsed.get(file);
    if (!page) {
      page = parse(readFileSync(join(dir, file), 'utf8'));
      parsed.set(file, page);
    }
    return page;
  };
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idCache.get(file);
    if (!set) {
      set = new Set(pageOf(file).querySelectorAll('[id]').map((el) => el.getAttribute('id')!));
      idCache.set(file, set);
    }
    return set;
  };

  it('has pages of every type to check', () => {
    expect(htmlFiles.length).toBeGreaterThan(40);
    for (const file of ['index.html', 'tin-tuc/index.html', 'thu-tuc/index.html', 'duong-day-nong/index.html', 'tim-kiem/index.html', 'nhung/tin-moi/index.html']) {
      expect(htmlFiles).toContain(file);
    }
  });

  it('every internal href, src, srcset, action and fragment in every page resolves', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles) {
      for (const ref of referencesIn(pageOf(file), servedPath(base, file))) {
        checked += 1;
        const problem = check(dir, base, ref, ids);
        if (problem) broken.push(problem);
      }
    }
    expect(checked).toBeGreaterThan(htmlFiles.length * 20);
    expect(broken).toEqual([]);
  });

  it('every url() in the built CSS resolves', () => {
    const broken: string[] = [];
    for (const file of files.filter((name) => name.endsWith('.css') && !name.startsWith('pagefind/'))) {
      const css = readFileSync(join(dir, file), 'utf8');
      for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        const problem = check(dir, base, { from: servedPath(base, file), url: match[2]! }, ids);
        if (problem) broken.push(problem);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every sitemap entry is a page of the site', () => {
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(30);
    const broken = locs.map((loc) => check(dir, base, { from: base, url: loc, generated: true }, ids)).filter(Boolean);
    expect(broken).toEqual([]);
  });
});
