/**
 * The core of the search-quality benchmark (npm run bench:search-quality), kept green on a small
 * real subset: the national-portal procedures of civil status (Hộ tịch), residence, identity
 * cards and customs (the customs "khai báo" procedures once beat "đăng ký khai tử"), the sample
 * news and news about those procedures. Also what a person on a 360×640 phone sees: the first
 * result on the first screen, filters folded behind one control, no layout jump when results come.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newGuardedContext, serveSite, type GuardedContext } from '../helpers/browser.ts';
import { TEST_BUILD_DATE, TEST_BUILDS } from '../helpers/sites.ts';
import { buildSite } from '../helpers/build-site.ts';
import { writeQualityCorpus } from '../../scripts/bench/quality-corpus.ts';
import type { RunningServer } from '../../scripts/lib/static-server.ts';

const FIELDS = ['Hộ tịch', 'Đăng ký, quản lý cư trú', 'Cấp, quản lý căn cước', 'Hải quan'];
const WORK = join(TEST_BUILDS, 'search-quality');
const SITE = join(WORK, 'site');

/** [typed as people type it, the procedure page that must be first] */
const FIRST: [string, string][] = [
  ['dang ky khai sinh', 'thu-tuc/thu-tuc-dang-ky-khai-sinh/'],
  ['dang ky khai tu', 'thu-tuc/thu-tuc-dang-ky-khai-tu/'],
  ['đăng ký kết hôn', 'thu-tuc/thu-tuc-dang-ky-ket-hon/'],
  ['Đăng ký lại khai sinh', 'thu-tuc/thu-tuc-dang-ky-lai-khai-sinh/'],
  ['1.001193', 'thu-tuc/thu-tuc-dang-ky-khai-sinh/'],
  ['dangky khaisinh', 'thu-tuc/thu-tuc-dang-ky-khai-sinh/'],
  ['dang ky thuong tru', 'thu-tuc/dang-ky-thuong-tru/'],
];
/** [everyday words, a page that must be in the top 3] */
const TOP3: [string, string][] = [
  ['cap lai cccd', 'thu-tuc/cap-lai-the-can-cuoc'],
  ['lam giay khai sinh cho con', 'thu-tuc/thu-tuc-dang-ky-khai-sinh/'],
  ['lam can cuoc cho con duoi 14 tuoi', 'thu-tuc/cap-the-can-cuoc-cho-nguoi-duoi-14-tuoi'],
];

let browser: Browser;
let server: RunningServer;
let guarded: GuardedContext;
let page: Page;

async function results(query: string): Promise<string[]> {
  await page.goto(`${server.url}tim-kiem/?q=${encodeURIComponent(query)}`);
  await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/Tìm thấy|Không tìm thấy/);
  return page.locator('.search-result h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

describe('search on real procedures', () => {
  beforeAll(async () => {
    rmSync(WORK, { recursive: true, force: true });
    const content = join(WORK, 'content');
    writeQualityCorpus(content, { topicalNews: 60, genericNews: 0, procedureFilter: (field) => FIELDS.includes(field) });
    const built = buildSite({ CONTENT_DIR: content, OUT_DIR: SITE, BASE_PATH: '/', BUILD_DATE: TEST_BUILD_DATE, ASTRO_CACHE_DIR: join(WORK, 'cache') });
    if (built.status !== 0) throw new Error(built.output.slice(-3000));
    server = await serveSite(SITE, '/');
    browser = await launchBrowser();
    guarded = await newGuardedContext(browser, { viewport: { width: 360, height: 640 } });
    page = await guarded.newPage();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(FIRST)('“%s” puts %s first', async (query, route) => {
    const found = await results(query);
    expect(found[0], found.slice(0, 3).join(', ')).toBe(`/${route}`);
  });

  it.each(TOP3)('“%s” brings %s into the top 3', async (query, route) => {
    const found = await results(query);
    expect(found.slice(0, 3).some((href) => href.startsWith(`/${route}`)), found.slice(0, 3).join(', ')).toBe(true);
  });

  it('shows the plain procedure before its variants', async () => {
    const found = await results('dang ky ket hon');
    expect(found.indexOf('/thu-tuc/thu-tuc-dang-ky-ket-hon/')).toBeLessThan(found.indexOf('/thu-tuc/thu-tuc-dang-ky-ket-hon-co-yeu-to-nuoc-ngoai/'));
    const foreign = await results('dang ky ket hon co yeu to nuoc ngoai');
    expect(foreign[0]).toBe('/thu-tuc/thu-tuc-dang-ky-ket-hon-co-yeu-to-nuoc-ngoai/');
  });

  it('on a 360×640 phone the first result is on the first screen, with the filters folded', async () => {
    await results('dang ky khai sinh');
    const first = await page.locator('.search-result').first().boundingBox();
    const form = await page.locator('#o-tim-kiem-trang').boundingBox();
    expect(first).not.toBeNull();
    // The result's heading is on screen without scrolling, right below the search box.
    const title = await page.locator('.search-result h2').first().boundingBox();
    expect((title?.y ?? 9999) + (title?.height ?? 0)).toBeLessThanOrEqual(640);
    expect((first?.y ?? 0) - ((form?.y ?? 0) + (form?.height ?? 0))).toBeLessThan(200);
    // One control for the filters, closed; opening it (keyboard) shows the menus.
    const summary = page.locator('.search-filters summary');
    expect(await summary.count()).toBe(1);
    expect(await page.locator('#loc-loai').isVisible()).toBe(false);
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#loc-loai').isVisible()).toBe(true);
    await page.locator('#loc-loai').selectOption('Thủ tục');
    await expect.poll(() => summary.textContent()).toContain('đang dùng 1');
    expect(await page.locator('[data-search-status]').getAttribute('role')).toBe('status');
    expect(guarded.outsideRequests).toEqual([]);
    expect(guarded.consoleErrors).toEqual([]);
  });

  it('does not jump when the results arrive (layout shift under 0.1)', async () => {
    const fresh = await guarded.newPage();
    await fresh.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await fresh.goto(`${server.url}tim-kiem/?q=${encodeURIComponent('dang ky')}`);
    await expect.poll(() => fresh.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/Tìm thấy/);
    await fresh.waitForTimeout(500);
    const total = await fresh.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts.reduce((a, b) => a + b, 0));
    expect(total).toBeLessThan(0.1);
    await fresh.close();
  });
});
