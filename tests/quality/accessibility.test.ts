/**
 * WCAG 2.2 A/AA with axe in real Chromium, on one page of every type (the largest, so the most
 * content to get wrong), at a cheap phone's width (360 px) and a desktop's (1280 px). Then what
 * axe cannot see: a keyboard user reaches the skip link and the search box, and sees them.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/lib/static-server.ts';
import { launchBrowser, newGuardedContext, serveSite, type GuardedContext } from '../helpers/browser.ts';
import { ROOT_SITE } from '../helpers/sites.ts';
import { pageTypes, representative } from './page-types.ts';

const WIDTHS = [360, 1280] as const;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let browser: Browser;
let server: RunningServer;
const contexts = new Map<number, GuardedContext>();

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveSite(ROOT_SITE, '/');
  for (const width of WIDTHS) contexts.set(width, await newGuardedContext(browser, { viewport: { width, height: 800 } }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(width: number, path: string): Promise<Page> {
  const page = await (contexts.get(width) as GuardedContext).newPage();
  await page.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'load' });
  return page;
}

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ')}`),
  );
}

/** On screen, with a size, and not covered by another element at its centre. */
async function isVisibleOnScreen(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) return false;
    if (box.bottom <= 0 || box.right <= 0 || box.top >= innerHeight || box.left >= innerWidth) return false;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (hit === element || element.contains(hit));
  }, selector);
}

/** A focus indicator that a sighted keyboard user can see: an outline or a ring (box-shadow). */
async function hasFocusIndicator(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return false;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return outline || (style.boxShadow !== 'none' && style.boxShadow !== '');
  });
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return { tag: element?.tagName.toLowerCase(), id: element?.id, type: element?.getAttribute('type'), href: element?.getAttribute('href') };
  });

describe('axe: WCAG 2.2 A/AA on one page of every type', () => {
  const types = pageTypes(ROOT_SITE);

  it('covers the main page types of the sample site', () => {
    expect(types.map((type) => type.pattern)).toEqual(expect.arrayContaining(['/', '/tin-tuc/*/', '/thu-tuc/*/', '/duong-day-nong/', '/tim-kiem/']));
  });

  it.each(types.map((type) => [type.pattern, representative(type).path] as const))('%s (%s) has no violations at 360 and 1280 px', async (_pattern, path) => {
    for (const width of WIDTHS) {
      const page = await open(width, path);
      expect({ width, violations: await violations(page) }).toEqual({ width, violations: [] });
      await page.close();
    }
  });

  it('the search page has no violations once it shows results', async () => {
    for (const width of WIDTHS) {
      const page = await open(width, '/tim-kiem/?q=khai%20sinh');
      // Results come from Pagefind in the page: wait until it has drawn them (the list the search
      // page marks with data-search-results), so axe sees the results state, not the empty form.
      await page.waitForFunction(() => (document.querySelector('[data-search-results]')?.children.length ?? 0) > 0, undefined, { timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      expect({ width, violations: await violations(page) }).toEqual({ width, violations: [] });
      await page.close();
    }
  });

  it('made no request outside the site', () => {
    for (const context of contexts.values()) expect(context.outsideRequests).toEqual([]);
  });
});

describe('keyboard', () => {
  const articles = pageTypes(ROOT_SITE).find((type) => type.pattern === '/tin-tuc/*/');
  const article = articles ? representative(articles).path : '/';

  it.each(WIDTHS.flatMap((width) => [['/', width] as const, [article, width] as const]))(
    'on %s at %i px the first Tab shows the skip link, and Enter moves focus to the main content',
    async (path, width) => {
      const page = await open(width, path);
      expect(await isVisibleOnScreen(page, '.skip-link')).toBe(false);
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'a', href: '#noi-dung' });
      expect(await isVisibleOnScreen(page, '.skip-link')).toBe(true);
      await page.keyboard.press('Enter');
      expect(await focused(page)).toMatchObject({ tag: 'main', id: 'noi-dung' });
      await page.close();
    },
  );

  it.each(WIDTHS)('at %i px the search box is reached with Tab, visible and marked by a focus indicator', async (width) => {
    const page = await open(width, '/');
    let reached = false;
    for (let presses = 0; presses < 15 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      const element = await focused(page);
      reached = element.tag === 'input' && element.type === 'search';
    }
    expect(reached).toBe(true);
    const id = (await focused(page)).id;
    expect(await isVisibleOnScreen(page, `#${id}`)).toBe(true);
    expect(await hasFocusIndicator(page)).toBe(true);
    // Typing and Enter lead to the search page with the words in the address.
    await page.keyboard.type('khai sinh');
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=khai(\+|%20)sinh/), page.keyboard.press('Enter')]);
    await page.close();
  });
});
