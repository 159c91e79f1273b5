/**
 * The news lists on a phone (non-negotiable 5: the thing the person came for in the first screen).
 * The category chips, one per line at 360 px, used to push the first headline below 640 px; they now
 * fold behind one control that names the category shown, works without JavaScript and by keyboard,
 * and disappears on a desktop, where the chips show in a row.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/lib/static-server.ts';
import { vi } from '../../src/i18n/index.ts';
import { launchBrowser, newGuardedContext, serveSite, type GuardedContext, openPage } from '../helpers/browser.ts';
import { ROOT_SITE } from '../helpers/sites.ts';

let browser: Browser;
let server: RunningServer;
let guarded: GuardedContext;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveSite(ROOT_SITE, '/');
  guarded = await newGuardedContext(browser, { javaScriptEnabled: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width: number, height: number): Promise<Page> {
  return openPage(guarded, server.url, path, width, height);
}

const LISTS = [
  { path: 'tin-tuc/', shown: vi.news.allCategories },
  { path: 'tin-tuc/chuyen-muc/chinh-phu-so/', shown: vi.news.categoryNames['chinh-phu-so'] },
];

describe('news lists at 360×640', () => {
  it.each(LISTS)('/$path: categories folded behind a control naming "$shown", first headline whole in the first screen', async ({ path, shown }) => {
    const page = await open(path, 360, 640);
    const toggle = page.locator('.category-menu__toggle');
    expect(await toggle.isVisible()).toBe(true);
    expect((await toggle.textContent())?.trim()).toBe(vi.news.categoryToggle(shown));
    expect(await page.locator('.category-menu .chip-list').isVisible()).toBe(false);
    const headline = await page.locator('.news-list .news-item').first().getByRole('link').first().boundingBox();
    const title = await page.locator('.news-list .news-item h2').first().boundingBox();
    expect(headline).not.toBeNull();
    expect(title!.y + title!.height).toBeLessThanOrEqual(640);
    await page.close();
  });

  it('the control opens the categories by keyboard, marks the one shown, and closes again', async () => {
    const page = await open('tin-tuc/chuyen-muc/chinh-phu-so/', 360, 640);
    const toggle = page.locator('.category-menu__toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    const nav = page.getByRole('navigation', { name: vi.news.categories });
    const current = nav.getByRole('link', { name: vi.news.categoryNames['chinh-phu-so'] });
    expect(await current.isVisible()).toBe(true);
    expect(await current.getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: vi.news.allCategories }).isVisible()).toBe(true);
    const snapshot = await page.locator('.category-menu').ariaSnapshot();
    expect(snapshot).toContain(vi.news.categoryToggle(vi.news.categoryNames['chinh-phu-so']));
    await page.keyboard.press('Enter');
    expect(await current.isVisible()).toBe(false);
    await page.close();
  });

  it('axe finds nothing with the categories open', async () => {
    const withScripts = await newGuardedContext(browser, { viewport: { width: 360, height: 640 } });
    const page = await withScripts.newPage();
    await page.goto(new URL('tin-tuc/', server.url).href, { waitUntil: 'load' });
    await page.locator('.category-menu__toggle').click();
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await withScripts.context.close();
  });
});

describe('news lists on a desktop', () => {
  it('show the categories as a row of links, with no control', async () => {
    const page = await open('tin-tuc/', 1280, 800);
    expect(await page.locator('.category-menu__toggle').isVisible()).toBe(false);
    const links = page.getByRole('navigation', { name: vi.news.categories }).getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    await page.close();
  });

  it('made no request outside the local server', () => {
    expect(guarded.outsideRequests).toEqual([]);
  });
});
