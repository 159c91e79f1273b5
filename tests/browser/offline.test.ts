/**
 * The commune copy works with no internet: Chromium loads one page of every type from the local
 * server while every request beyond 127.0.0.1 is cut off, and the test fails on any such request,
 * any failed local request and any console error. Search runs with a real query, as typed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/lib/static-server.ts';
import { launchBrowser, newGuardedContext, serveSite, type GuardedContext } from '../helpers/browser.ts';
import { publishedNews } from '../helpers/sample-content.ts';
import { ROOT_SITE, SUBPATH, SUBPATH_SITE } from '../helpers/sites.ts';

const PAGES = [
  '',
  'tin-tuc/',
  'tin-tuc/trang/2/',
  'tin-tuc/chuyen-muc/cai-cach-tthc/',
  `tin-tuc/${publishedNews().find((news) => news.id.includes('khai-sinh'))?.id ?? publishedNews()[0]!.id}/`,
  'thu-tuc/',
  'thu-tuc/linh-vuc/ho-tich/',
  'thu-tuc/truc-tuyen/',
  'thu-tuc/dang-ky-khai-sinh/',
  'duong-day-nong/',
  'mo-hinh/',
  'cuoc-thi/',
  'chi-so/',
  'nhung/tin-moi/',
  'nhung/duong-day-nong/',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each([
  { name: 'root', dir: ROOT_SITE, base: '/' },
  { name: SUBPATH, dir: SUBPATH_SITE, base: SUBPATH },
])('the site at $name with the network cut off', ({ dir, base }) => {
  let server: RunningServer;
  let guard: GuardedContext;
  let failedLocal: string[];

  beforeAll(async () => {
    server = await serveSite(dir, base);
    guard = await newGuardedContext(browser, { viewport: { width: 360, height: 740 } });
    failedLocal = [];
    guard.context.on('response', (response) => {
      // The 404 page is expected to answer 404 for itself; anything else local must succeed.
      if (response.status() >= 400 && !response.url().includes('/khong-co-trang-nay/')) failedLocal.push(`${response.status()} ${response.url()}`);
    });
    guard.context.on('requestfailed', (request) => {
      if (new URL(request.url()).hostname === '127.0.0.1') failedLocal.push(`${request.failure()?.errorText} ${request.url()}`);
    });
  });
  afterAll(async () => {
    await guard?.context.close();
    await server?.close();
  });

  async function visit(path: string): Promise<Page> {
    const page = await guard.newPage();
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    return page;
  }

  it.each(PAGES)('"%s" loads with no outside request and no console error', async (path) => {
    const page = await visit(path);
    expect(await page.locator('h1').count()).toBeGreaterThan(0);
    await page.close();
    expect(guard.outsideRequests).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
    expect(failedLocal).toEqual([]);
  });

  it.each(['mo-hinh', 'cuoc-thi'])('a detail page under "%s/" loads with no outside request and no console error', async (section) => {
    const detail = readdirSync(join(dir, section), { withFileTypes: true }).find((entry) => entry.isDirectory());
    expect(detail, `no detail page under ${section}/`).toBeDefined();
    const page = await visit(`${section}/${detail!.name}/`);
    expect(await page.locator('h1').count()).toBeGreaterThan(0);
    await page.close();
    expect(guard.outsideRequests).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
    expect(failedLocal).toEqual([]);
  });

  it('the 404 page is the site\'s own, in Vietnamese, and loads nothing from outside', async () => {
    const page = await guard.newPage();
    const response = await page.goto(`${server.url}khong-co-trang-nay/`, { waitUntil: 'load' });
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('Không tìm thấy trang');
    await page.close();
    expect(guard.outsideRequests).toEqual([]);
    // Chromium reports the 404 status of the page itself as a console error: that one is the point.
    const own404 = guard.consoleErrors.filter((error) => error.includes('/khong-co-trang-nay/') && error.includes('404'));
    expect(own404).toHaveLength(1);
    guard.consoleErrors.splice(guard.consoleErrors.indexOf(own404[0]!), 1);
    expect(guard.consoleErrors).toEqual([]);
  });

  it('search for "khai sinh" typed without diacritics finds the birth registration procedure offline', async () => {
    const page = await visit('tim-kiem/?q=khai%20sinh');
    const hit = page.locator(`[data-search-results] a[href="${base}thu-tuc/dang-ky-khai-sinh/"]`);
    await hit.first().waitFor({ timeout: 20_000 });
    expect(await hit.count()).toBeGreaterThan(0);
    await page.close();
    expect(guard.outsideRequests).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
    expect(failedLocal).toEqual([]);
  });
});
