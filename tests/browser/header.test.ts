/**
 * The phone-first header (issue 12) in real Chromium on the sample site: at 360×640 the menu folds
 * behind one control that works without JavaScript and by keyboard, the search box stays visible
 * and the page's own heading starts in the first screen; on a desktop the menu is a horizontal bar.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/lib/static-server.ts';
import { launchBrowser, newGuardedContext, serveSite, type GuardedContext, openPage } from '../helpers/browser.ts';
import { ROOT_SITE } from '../helpers/sites.ts';

let browser: Browser;
let server: RunningServer;
let guarded: GuardedContext;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveSite(ROOT_SITE, '/');
  // No JavaScript at all: the menu must work with HTML and CSS alone.
  guarded = await newGuardedContext(browser, { javaScriptEnabled: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width: number, height: number): Promise<Page> {
  return openPage(guarded, server.url, path, width, height);
}

const PAGES = ['', 'tin-tuc/', 'thu-tuc/', 'thu-tuc/dang-ky-khai-sinh/', 'duong-day-nong/', 'chi-so/'];

describe('header at 360×640', () => {
  it.each(PAGES)('/%s: menu folded, search visible, the heading starts in the first screen', async (path) => {
    const page = await open(path, 360, 640);
    const menu = page.getByRole('link', { name: 'Tin tức', exact: true });
    expect(await menu.isVisible()).toBe(false);
    expect(await page.locator('.site-menu__toggle').isVisible()).toBe(true);
    expect(await page.locator('.site-header input[type="search"]').isVisible()).toBe(true);
    const header = await page.locator('.site-header').boundingBox();
    const heading = await page.locator('main h1').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(140);
    expect(heading!.y).toBeLessThan(320);
    await page.close();
  });

  it('the control opens the menu by keyboard and says so to screen readers', async () => {
    const page = await open('thu-tuc/', 360, 640);
    const toggle = page.locator('.site-menu__toggle');
    const before = await page.locator('.site-menu__toggle').evaluate((summary) => (summary.parentElement as HTMLDetailsElement).open);
    expect(before).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    const current = page.getByRole('link', { name: 'Thủ tục hành chính', exact: true }).first();
    expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tin tức' }).isVisible()).toBe(true);
    expect(await current.getAttribute('aria-current')).toBe('page');
    const snapshot = await page.locator('.site-menu').ariaSnapshot();
    expect(snapshot).toContain('Danh mục');
    expect(snapshot).toContain('Tin tức');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tin tức' }).isVisible()).toBe(false);
    await page.close();
  });

  it('axe finds nothing on the open menu', async () => {
    // axe is a script: this one page runs with JavaScript.
    const withScripts = await newGuardedContext(browser, { viewport: { width: 360, height: 640 } });
    const page = await withScripts.newPage();
    await page.goto(server.url, { waitUntil: 'load' });
    await page.locator('.site-menu__toggle').click();
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await withScripts.context.close();
  });
});

describe('header on a desktop', () => {
  it('shows the menu as a horizontal bar with no control', async () => {
    const page = await open('thu-tuc/', 1280, 800);
    expect(await page.locator('.site-menu__toggle').isVisible()).toBe(false);
    const links = page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(7);
    const tops: number[] = [];
    for (const link of await links.all()) {
      expect(await link.isVisible()).toBe(true);
      tops.push((await link.boundingBox())!.y);
    }
    // A bar, not a list: links side by side, in one row (two when a long menu wraps).
    const rows = new Set(tops.map((top) => Math.round(top / 10)));
    expect(rows.size).toBeLessThanOrEqual(2);
    expect(tops.filter((top) => Math.abs(top - tops[0]!) < 4).length).toBeGreaterThanOrEqual(Math.ceil(tops.length / 2));
    await page.close();
  });

  it('made no request outside the local server', () => {
    expect(guarded.outsideRequests).toEqual([]);
  });
});
