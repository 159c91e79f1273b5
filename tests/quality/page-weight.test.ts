/**
 * Page weight budget, measured on the built sample site: what a phone on 3G downloads for a page
 * before the citizen does anything — the HTML, its stylesheets and its scripts, gzip-compressed as
 * a web server sends them. Images and the search index are left out (the index loads only when a
 * search is typed). Prints the table of figures per page type.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { quality } from '../../src/i18n/quality.ts';
import { ROOT_SITE } from '../helpers/sites.ts';
import { listPages, pageTypes, SCRIPT_PAGES, type BuiltPage } from './page-types.ts';

const BUDGET = 60 * 1024;
/** Pagefind's index files load only once a search is typed: not part of the page's weight. */
const SEARCH_INDEX = /^\/pagefind\/(fragment|index|filter)\/|\.pf_|^\/pagefind\/wasm\./;

const gzipped = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipped.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file)).byteLength;
    gzipped.set(file, size);
  }
  return size;
}

/** Site path of a URL as written in a page (the sample site is built at the root). */
function sitePath(url: string, pagePath: string): string | undefined {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return undefined;
  const path = url.split(/[?#]/)[0] ?? '';
  return path.startsWith('/') ? path : posix.join(pagePath.endsWith('/') ? pagePath : posix.dirname(pagePath), path);
}

/** A script and, recursively, the modules it imports statically (Astro splits bundles into chunks). */
function withImports(path: string, seen: Set<string>): void {
  if (seen.has(path) || SEARCH_INDEX.test(path)) return;
  const file = join(ROOT_SITE, path);
  if (!existsSync(file)) return;
  seen.add(path);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"]*?from\s*)?["']([^"']+)["']/g)) {
    const target = sitePath(match[1] ?? '', path);
    if (target) withImports(target, seen);
  }
}

interface Weight {
  page: BuiltPage;
  html: number;
  css: number;
  js: number;
  total: number;
  scripts: string[];
}

function weigh(page: BuiltPage): Weight {
  const html = readFileSync(page.file, 'utf8');
  const root = parse(html);
  const css = new Set<string>();
  for (const link of root.querySelectorAll('link[rel~="stylesheet"]')) {
    const path = sitePath(link.getAttribute('href') ?? '', page.path);
    if (path && existsSync(join(ROOT_SITE, path))) css.add(path);
  }
  const js = new Set<string>();
  const scripts: string[] = [];
  for (const script of root.querySelectorAll('script')) {
    const type = script.getAttribute('type') ?? '';
    if (type === 'application/ld+json') continue;
    const src = script.getAttribute('src');
    scripts.push(src ?? `inline ${type || 'script'}`);
    const path = src ? sitePath(src, page.path) : undefined;
    if (path) withImports(path, js);
  }
  for (const link of root.querySelectorAll('link[rel="modulepreload"]')) {
    const path = sitePath(link.getAttribute('href') ?? '', page.path);
    scripts.push(`modulepreload ${link.getAttribute('href')}`);
    if (path) withImports(path, js);
  }
  for (const element of root.querySelectorAll('*')) {
    for (const name of Object.keys(element.attributes)) if (/^on[a-z]+$/i.test(name)) scripts.push(`${name}=`);
  }
  const sum = (paths: Set<string>) => [...paths].reduce((total, path) => total + gzipSize(join(ROOT_SITE, path)), 0);
  const weight = { page, html: gzipSizeOfString(html), css: sum(css), js: sum(js), total: 0, scripts };
  weight.total = weight.html + weight.css + weight.js;
  return weight;
}

const gzipSizeOfString = (text: string) => gzipSync(text).byteLength;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('page weight budget (gzip HTML + CSS + JS)', () => {
  const types = pageTypes(ROOT_SITE);
  const weights = new Map(listPages(ROOT_SITE).map((page) => [page.path, weigh(page)]));

  it('prints the figures of the heaviest page of each type', () => {
    const T = quality.weight;
    const rows = types.map((type) => {
      const heaviest = type.pages.map((page) => weights.get(page.path) as Weight).reduce((a, b) => (b.total > a.total ? b : a));
      return [type.pattern, heaviest.page.path, kb(heaviest.html), kb(heaviest.css), kb(heaviest.js), kb(heaviest.total)];
    });
    console.log(`\n${T.title}\n| ${T.columns.join(' | ')} |\n|${T.columns.map(() => '---').join('|')}|\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`);
    // The stylesheet is counted: a page that weighs only its HTML would hide a CSS bloat.
    expect(weights.get('/')?.css).toBeGreaterThan(0);
  });

  it(`keeps every page within ${BUDGET / 1024} KB`, () => {
    const over = [...weights.values()].filter((weight) => weight.total > BUDGET).map((weight) => `${weight.page.path}: ${kb(weight.total)}`);
    expect(over).toEqual([]);
  });

  it('loads no JavaScript on content pages (only the search page may, to search)', () => {
    const withScripts = [...weights.values()]
      .filter((weight) => !SCRIPT_PAGES.includes(weight.page.path) && (weight.scripts.length > 0 || weight.js > 0))
      .map((weight) => `${weight.page.path}: ${weight.scripts.join(', ')}`);
    expect(withScripts).toEqual([]);
  });

});
