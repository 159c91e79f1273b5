/**
 * What the one-stop desk prints and what a cheap phone shows, in real Chromium: every procedure
 * page prints on one A4 sheet, so does the hotline poster; the time-and-fee table fits a 320 px
 * screen; axe finds nothing on these pages; and nothing is fetched from outside.
 */
import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/lib/static-server.ts';
import { launchBrowser, newGuardedContext, serveSite, type GuardedContext, openPage } from '../helpers/browser.ts';
import { pdfPages, printToPdf } from '../helpers/print.ts';
import { ROOT_SITE } from '../helpers/sites.ts';

const procedurePaths = readdirSync(join(ROOT_SITE, 'thu-tuc'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !['linh-vuc', 'truc-tuyen', 'cap'].includes(entry.name))
  .map((entry) => `thu-tuc/${entry.name}/`);

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

describe('printing', () => {
  it('found the sample procedures', () => {
    expect(procedurePaths.length).toBeGreaterThanOrEqual(5);
  });

  it.each(procedurePaths)('%s prints on exactly one A4 page, with the checklist, the QR code and the hotline', async (path) => {
    const page = await open(path);
    const pdf = pdfPages(await printToPdf(page));
    expect(pdf.count).toBe(1);
    expect(pdf.sizes[0]).toBe('595x842');
    // The parts a person needs at the desk are visible on paper; the long ones are not.
    const shown = await page.evaluate(() => {
      const visible = (selector: string) => {
        const element = document.querySelector(selector);
        return !!element && getComputedStyle(element).display !== 'none' && element.getBoundingClientRect().height > 0;
      };
      return {
        checklist: visible('.procedure-documents .checklist'),
        timeAndFee: visible('.glance__time') || visible('.methods-table'),
        qr: visible('.procedure-print svg'),
        hotline: visible('.procedure-print__hotline'),
        steps: visible('.procedure-steps'),
        nav: visible('.site-nav'),
        help: visible('.help-block'),
      };
    });
    expect(shown).toEqual({ checklist: true, timeAndFee: true, qr: true, hotline: true, steps: false, nav: false, help: false });
    const qrWidth = await page.evaluate(() => document.querySelector('.procedure-print svg')!.getBoundingClientRect().width);
    // At least ~25 mm on paper (96 px per inch), big enough for a phone camera at arm's length.
    expect(qrWidth).toBeGreaterThanOrEqual(95);
    await page.close();
  });

  it('the hotline poster prints on one A4 page with a QR code per service line', async () => {
    const page = await open('duong-day-nong/in/');
    const pdf = pdfPages(await printToPdf(page));
    expect(pdf).toEqual({ count: 1, sizes: ['595x842'] });
    const hidden = await page.evaluate(() => getComputedStyle(document.querySelector('.poster-hint')!).display);
    expect(hidden).toBe('none');
    await page.close();
  });

  it('on screen the print footer is hidden', async () => {
    const page = await open(procedurePaths[0]!);
    expect(await page.locator('.procedure-print').isVisible()).toBe(false);
    await page.close();
  });
});

describe('small phones', () => {
  it.each(procedurePaths.slice(0, 3))('%s: time and fee fit a 320 px screen without sideways scrolling', async (path) => {
    const page = await open(path, 320);
    const overflow = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      return [...document.querySelectorAll('main .glance *, main .checklist *, main .online-cta *')]
        .filter((element) => element.getBoundingClientRect().right > limit + 1)
        .map((element) => element.tagName);
    });
    expect(overflow).toEqual([]);
    // Each cell says what it is, since the column headers are hidden on this layout (ways of
    // submitting that share time and fee are one label/value pair instead of a table).
    const label = await page.evaluate(() => {
      const cell = document.querySelector('.methods-table td');
      return cell ? getComputedStyle(cell, '::before').content : document.querySelector('.glance__time dt')?.textContent;
    });
    expect(label).toContain('Thời hạn giải quyết');
    await page.close();
  });
});

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  const paths = [...procedurePaths.slice(0, 2), 'thu-tuc/', 'thu-tuc/truc-tuyen/', 'duong-day-nong/', 'duong-day-nong/in/'];
  it.each(paths.flatMap((path) => [[path, 360], [path, 1280]] as const))('%s at %i px', async (path, width) => {
    const page = await open(path, width);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });

  it('made no request outside the local server', () => {
    expect(guarded.outsideRequests).toEqual([]);
    expect(guarded.consoleErrors).toEqual([]);
  });
});
