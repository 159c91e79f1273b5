/**
 * What an e-portal pulls: RSS, Atom and JSON Feed parse, carry absolute links with the sub-path,
 * list exactly the published news newest first with summaries, dates and categories; the sitemap,
 * robots.txt and JSON API do the same. XML is parsed by Chromium's own strict XML parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { publishedNews, unpublishedNews } from '../helpers/sample-content.ts';
import { ROOT_SITE, SUBPATH_SITE, TEST_SITE_URL } from '../helpers/sites.ts';

const SITES = [
  { name: 'root', dir: ROOT_SITE, base: `${TEST_SITE_URL}/` },
  { name: '/cchc/', dir: SUBPATH_SITE, base: `${TEST_SITE_URL}/cchc/` },
] as const;

interface FeedItem {
  title: string;
  link: string;
  date: string;
  summary: string;
  categories: string[];
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

/** Parse with the browser's XML parser; a well-formedness error fails the test with its message. */
async function parseFeed(xml: string, kind: 'rss' | 'atom'): Promise<{ error?: string; title: string; self: string[]; items: FeedItem[] }> {
  return page.evaluate(
    ({ xml, kind }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? undefined;
      const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';
      // rel="self" links, in the Atom namespace (RSS carries one as atom:link).
      const self = [...doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')]
        .filter((link) => link.getAttribute('rel') === 'self')
        .map((link) => link.getAttribute('href') ?? '');
      if (kind === 'rss') {
        return {
          error,
          self,
          title: text(doc.querySelector('channel > title')),
          items: [...doc.querySelectorAll('item')].map((item) => ({
            title: text(item.querySelector('title')),
            link: text(item.querySelector('link')),
            date: text(item.querySelector('pubDate')),
            summary: text(item.querySelector('description')),
            categories: [...item.querySelectorAll('category')].map((c) => text(c)),
          })),
        };
      }
      return {
        error,
        self,
        title: text(doc.querySelector('feed > title')),
        items: [...doc.querySelectorAll('entry')].map((entry) => ({
          title: text(entry.querySelector('title')),
          link: entry.querySelector('link[rel="alternate"], link:not([rel])')?.getAttribute('href') ?? '',
          date: text(entry.querySelector('published')) || text(entry.querySelector('updated')),
          summary: text(entry.querySelector('summary')),
          categories: [...entry.querySelectorAll('category')].map((c) => c.getAttribute('label') ?? c.getAttribute('term') ?? ''),
        })),
      };
    },
    { xml, kind },
  );
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

describe.each(SITES)('feeds of the site at $name', ({ dir, base }) => {
  const expected = publishedNews().slice(0, 30);

  it.each(['rss', 'atom'] as const)('%s parses as XML and lists the published news, newest first, with absolute links', async (kind) => {
    const feed = await parseFeed(read(dir, kind === 'rss' ? 'rss.xml' : 'atom.xml'), kind);
    expect(feed.error).toBeUndefined();
    expect(feed.title).toContain('Tin cải cách hành chính');
    expect(feed.items.map((item) => item.link)).toEqual(expected.map((news) => `${base}tin-tuc/${news.id}/`));
    expect(feed.items.map((item) => item.title)).toEqual(expected.map((news) => news.title));
    for (const item of feed.items) {
      expect(item.summary.length, item.link).toBeGreaterThan(20);
      expect(Number.isNaN(Date.parse(item.date)), item.date).toBe(false);
      expect(item.categories.length, item.link).toBe(1);
      expect(item.categories[0]).toMatch(/^[A-ZĐ]/u);
    }
    // The feed's own address, with the sub-path: readers poll it and validators check it.
    expect(feed.self).toEqual([`${base}${kind === 'rss' ? 'rss.xml' : 'atom.xml'}`]);
    const drafts = unpublishedNews().map((news) => `${base}tin-tuc/${news.id}/`);
    expect(drafts.length).toBeGreaterThan(0);
    for (const link of drafts) expect(feed.items.map((item) => item.link)).not.toContain(link);
  });

  it('Atom declares its titles and summaries as plain text', () => {
    const atom = read(dir, 'atom.xml');
    expect(atom).not.toMatch(/type="(?:x?html)"/);
    expect(atom.match(/<summary type="text">/g)?.length).toBe(expected.length);
  });

  it('RSS dates are the publication days of the articles', async () => {
    const feed = await parseFeed(read(dir, 'rss.xml'), 'rss');
    expect(feed.items.map((item) => new Date(item.date).toISOString().slice(0, 10))).toEqual(expected.map((news) => news.day));
  });

  it('JSON Feed parses and carries the same items with absolute URLs, summaries, dates and tags', () => {
    const feed = JSON.parse(read(dir, 'feed.json'));
    expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\//);
    expect(feed.feed_url).toBe(`${base}feed.json`);
    expect(feed.home_page_url).toBe(base);
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual(expected.map((news) => `${base}tin-tuc/${news.id}/`));
    for (const item of feed.items) {
      // Summaries are plain text and declared so (issue 14: a portal must not render them as HTML).
      expect(item.content_html).toBeUndefined();
      expect(item.content_text.length).toBeGreaterThan(20);
      expect(item.date_published.slice(0, 10) <= '2026-11-22').toBe(true);
      expect(item.tags.length).toBe(1);
      if (item.image) expect(item.image.startsWith(`${base}_astro/`), item.image).toBe(true);
    }
  });

  it('every page names the three feeds for feed readers, under the base path', () => {
    const html = read(dir, 'index.html');
    const path = new URL(base).pathname;
    for (const file of ['rss.xml', 'atom.xml', 'feed.json']) expect(html).toContain(`href="${path}${file}"`);
  });

  it('the sitemap lists absolute page URLs with the base path, and no embed fragments', async () => {
    const index = await parseFeed(read(dir, 'sitemap-index.xml'), 'rss');
    expect(index.error).toBeUndefined();
    const sitemap = read(dir, 'sitemap-0.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain(base);
    expect(locs).toContain(`${base}thu-tuc/dang-ky-khai-sinh/`);
    for (const loc of locs) expect(loc.startsWith(base), loc).toBe(true);
    expect(locs.filter((loc) => loc.includes('/nhung/'))).toEqual([]);
  });

  it('robots.txt names the sitemap with its full address', () => {
    expect(read(dir, 'robots.txt')).toMatch(new RegExp(`^Sitemap: ${base.replace(/[/.]/g, '\\$&')}sitemap-index\\.xml$`, 'm'));
  });

  it('the JSON API gives hotlines with tap-to-call numbers and procedures with absolute links', () => {
    const hotlines = JSON.parse(read(dir, 'api/hotlines.json'));
    expect(hotlines.count).toBe(hotlines.hotlines.length);
    expect(hotlines.hotlines.length).toBeGreaterThan(3);
    const switchboard = hotlines.hotlines.find((h: { phone: string }) => h.phone === '1022');
    expect(switchboard?.mobilePhone).toBe('0292.1022');
    for (const hotline of hotlines.hotlines) expect(hotline.url.startsWith(`${base}duong-day-nong/#`)).toBe(true);

    const procedures = JSON.parse(read(dir, 'api/procedures.json'));
    const birth = procedures.procedures.find((p: { id: string }) => p.id === 'dang-ky-khai-sinh');
    expect(birth.url).toBe(`${base}thu-tuc/dang-ky-khai-sinh/`);
    expect(birth.code).toMatch(/^\d\.\d{6}/);
    expect(birth.steps.length).toBeGreaterThan(0);
  });
});
