/**
 * The plan tracker and the e-bulletin in real Chromium: what a unit prints to attach to its
 * quarterly report (A4, the whole table, no menus or evidence folds), a printed issue, the card
 * layout of the table on a 360 px phone, and axe on the plan, a unit page, the list of issues and
 * an issue at phone and desktop widths. Nothing is fetched from outside (guarded context).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/lib/static-server.ts';
import { launchBrowser, newGuardedContext, serveSite, type GuardedContext, openPage } from '../helpers/browser.ts';
import { pdfPages, printToPdf } from '../helpers/print.ts';
import { ROOT_SITE } from '../helpers/sites.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let browser: Browser;
let server: RunningServer;
let guarded: GuardedContext;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveSite(ROOT_SITE, '/');
  guarded = await newGuardedContext(browser, { viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width = 1280): Promise<Page> {
  return openPage(guarded, server.url, path, width, 800);
}

describe('printing the plan and a bulletin', () => {
  it('prints the plan on a few A4 pages as one table: every activity, no menu, no search box', async () => {
    const page = await open('ke-hoach/');
    const pdf = pdfPages(await printToPdf(page));
    // 14 activities in 8 groups: more than one sheet, but not one sheet per group.
    expect(pdf.count).toBeGreaterThanOrEqual(1);
    expect(pdf.count).toBeLessThanOrEqual(4);
    expect(new Set(pdf.sizes)).toEqual(new Set(['595x842']));
    const printed = await page.evaluate(() => {
      const shown = (el: Element) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
      return {
        rows: [...document.querySelectorAll('.plan-table tbody tr')].filter(shown).length,
        headers: [...document.querySelectorAll('.plan-table thead')].every((el) => getComputedStyle(el).display === 'table-header-group'),
        menu: [...document.querySelectorAll('.site-nav, .search-form, .plan-actions')].some(shown),
        bars: [...document.querySelectorAll('.plan-progress__bar')].filter(shown).length,
      };
    });
    expect(printed).toEqual({ rows: 14, headers: true, menu: false, bars: 14 });
  });

  it('prints a unit page on one A4 sheet, the table it attaches to its report', async () => {
    const page = await open('ke-hoach/don-vi/doan-thanh-nien/');
    const pdf = pdfPages(await printToPdf(page));
    expect(pdf.count).toBe(1);
    expect(pdf.sizes[0]).toBe('595x842');
  });

  it('prints an issue on one A4 sheet with its article and image', async () => {
    const page = await open('ban-tin/2026/12/');
    const pdf = pdfPages(await printToPdf(page));
    expect(pdf.count).toBe(1);
    expect(pdf.sizes[0]).toBe('595x842');
    const image = await page.evaluate(() => document.querySelector('.bulletin-article img')?.getBoundingClientRect().width ?? 0);
    expect(image).toBeGreaterThan(50);
  });
});

describe('on a 360 px phone', () => {
  it('folds each activity into a card with labelled lines and no sideways scrolling', async () => {
    const page = await open('ke-hoach/', 360);
    const layout = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      label: getComputedStyle(document.querySelector('.plan-table td[data-label="Tình trạng"]')!, '::before').content,
      head: document.querySelector('.plan-table thead')!.getBoundingClientRect().height,
    }));
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.label).toBe('"Tình trạng: "');
    expect(layout.head).toBeLessThanOrEqual(1);
  });
});

describe('accessibility (axe)', () => {
  it.each([
    ['ke-hoach/', 360],
    ['ke-hoach/', 1280],
    ['ke-hoach/don-vi/van-phong/', 1280],
    ['ban-tin/', 360],
    ['ban-tin/2026/12/', 360],
    ['ban-tin/2026/13/', 1280],
  ] as const)('%s at %i px has no WCAG 2.2 AA violation', async (path, width) => {
    const page = await open(path, width);
    const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const found = result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
    expect(found).toEqual([]);
    await page.close();
  });
});
