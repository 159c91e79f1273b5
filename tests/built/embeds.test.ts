/**
 * The fragments the e-portal puts in an <iframe>: complete small documents with no script, no
 * site header or footer, no stylesheet to fetch, links that open in the portal window, and
 * nothing a search engine should list on its own.
 */
import { describe, expect, it } from 'vitest';
import { loadPage, textOf } from '../helpers/html.ts';
import { publishedNews } from '../helpers/sample-content.ts';
import { ROOT_SITE, SUBPATH_SITE } from '../helpers/sites.ts';

const EMBEDS = ['nhung/tin-moi/', 'nhung/duong-day-nong/'];
const SITES = [
  { name: 'root', dir: ROOT_SITE, base: '/' },
  { name: '/cchc/', dir: SUBPATH_SITE, base: '/cchc/' },
] as const;

describe.each(SITES)('embeds of the site at $name', ({ dir, base }) => {
  it.each(EMBEDS)('%s is a script-free fragment whose links all open in the parent window', (path) => {
    const page = loadPage(dir, path);
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('vi');
    expect(page.querySelectorAll('script')).toHaveLength(0);
    expect(page.querySelectorAll('[onclick], [onload], [onerror]')).toHaveLength(0);
    expect(page.querySelector('header, footer, nav, .site-header, .site-footer, .help-block')).toBeNull();
    expect(page.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(0);
    expect(page.querySelector('style')).not.toBeNull();
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(page.querySelector('base')?.getAttribute('target')).toBe('_top');
    const links = page.querySelectorAll('a[href]');
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      expect(link.getAttribute('target'), link.toString()).toBe('_top');
      const href = link.getAttribute('href')!;
      if (!href.startsWith('tel:')) expect(href.startsWith(base), href).toBe(true);
    }
    expect(textOf(page.querySelector('h1')).length).toBeGreaterThan(5);
  });

  it('latest news shows the five newest published articles, newest first, with their dates', () => {
    const page = loadPage(dir, 'nhung/tin-moi/');
    const items = page.querySelectorAll('li');
    const expected = publishedNews().slice(0, 5);
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(expected.map((n) => `${base}tin-tuc/${n.id}/`));
    expect(items.map((li) => textOf(li.querySelector('a')))).toEqual(expected.map((n) => n.title));
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(expected.map((n) => n.day));
    expect(textOf(page)).toContain('Xem tất cả tin');
  });

  it('hotlines show tap-to-call numbers, and 1022 with the form to dial from a mobile', () => {
    const page = loadPage(dir, 'nhung/duong-day-nong/');
    const calls = page.querySelectorAll('a[href^="tel:"]').map((a) => a.getAttribute('href'));
    expect(calls.length).toBeGreaterThan(3);
    expect(calls).toContain('tel:1022');
    expect(calls).toContain('tel:+842921022');
    expect(textOf(page)).toContain('0292.1022');
  });
});
