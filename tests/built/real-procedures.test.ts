/**
 * Issue 12 on the real national-portal records (1,601 procedures, built once in beforeAll from
 * ../shared/real-data): pages stay light, notes are not listed as documents, placeholders never
 * show, long sections fold; in Chromium the first screen of a 360×640 phone holds the title, fee,
 * time and place, and the three longest records and birth registration print on at most two A4 pages.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/lib/static-server.ts';
import { launchBrowser, newGuardedContext, serveSite, type GuardedContext } from '../helpers/browser.ts';
import { buildRealSite, LONG_REAL_PROCEDURES, PORTAL_ONLY } from '../helpers/real-procedures.ts';
import { vi } from '../../src/i18n/index.ts';

const BUDGET = 60 * 1024;
let site = '';
let content: string | undefined;

beforeAll(() => {
  ({ site, content } = buildRealSite());
}, 1_200_000);

afterAll(() => {
  if (content) rmSync(content, { recursive: true, force: true });
});

const html = (path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');
const main = (path: string): HTMLElement => parse(html(path)).querySelector('main')!;
const text = (element: HTMLElement | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What a phone downloads for the page: HTML, stylesheets and scripts, gzip-compressed. */
function pageWeight(path: string): number {
  const page = html(path);
  const root = parse(page);
  const assets = [
    ...root.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href')),
    ...root.querySelectorAll('script[src]').map((script) => script.getAttribute('src')),
  ].filter((url): url is string => !!url && url.startsWith('/'));
  return [page, ...[...new Set(assets)].map((url) => readFileSync(join(site, url.split(/[?#]/)[0]!)))].reduce(
    (sum, body) => sum + gzipSync(body).byteLength,
    0,
  );
}

const procedurePages = () =>
  readdirSync(join(site, 'thu-tuc'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['linh-vuc', 'truc-tuyen', 'cap'].includes(entry.name))
    .map((entry) => `thu-tuc/${entry.name}/`);

describe('real records: built pages', () => {
  it('built every real procedure and the list-export entry', () => {
    expect(procedurePages().length).toBe(1602);
  });

  it.each(['thu-tuc/', 'thu-tuc/cap/xa/', 'thu-tuc/truc-tuyen/mot-phan/', ...LONG_REAL_PROCEDURES.map((id) => `thu-tuc/${id}/`)])(
    '%s weighs at most 60 KB gzip (HTML, CSS, scripts)',
    (path) => {
      expect(pageWeight(path)).toBeLessThanOrEqual(BUDGET);
    },
  );

  it('the index groups and counts every field, links each to its paged list, and lists no procedure itself', () => {
    const index = main('thu-tuc/');
    const fieldLinks = index.querySelectorAll('.field-index__list a');
    const counts = index.querySelectorAll('.field-index__list .meta').map((meta) => Number(/\d+/.exec(meta.textContent)![0]));
    expect(fieldLinks.length).toBeGreaterThan(100);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1602);
    expect(index.querySelectorAll('.field-index__group h3').length).toBeGreaterThan(10);
    expect(index.querySelectorAll('a[href^="/thu-tuc/"]').filter((a) => /\/thu-tuc\/[^/]+\/$/.test(a.getAttribute('href')!) && !/\/(cap|truc-tuyen|linh-vuc)\//.test(a.getAttribute('href')!)).length).toBe(0);
    // Filters are pre-rendered pages with counts.
    for (const path of ['/thu-tuc/cap/tinh/', '/thu-tuc/cap/xa/', '/thu-tuc/truc-tuyen/', '/thu-tuc/truc-tuyen/mot-phan/', '/thu-tuc/truc-tuyen/khong/']) {
      expect(index.querySelector(`a[href="${path}"]`), path).not.toBeNull();
    }
  });

  it('paged lists hold at most 50 procedures and reach every one', () => {
    const seen = new Set<string>();
    let page = 1;
    for (;;) {
      const path = page === 1 ? 'thu-tuc/cap/xa/' : `thu-tuc/cap/xa/trang/${page}/`;
      const links = main(path).querySelectorAll('table a').map((a) => a.getAttribute('href')!);
      expect(links.length).toBeLessThanOrEqual(50);
      links.forEach((link) => seen.add(link));
      if (!main(path).querySelector('a[rel="next"]')) break;
      page += 1;
    }
    const lead = text(main('thu-tuc/cap/xa/').querySelector('.lead'));
    expect(seen.size).toBe(Number(/\d+/.exec(lead)![0]));
    expect(page).toBeGreaterThan(1);
  });

  it('birth registration: notes are notes, not documents; headings are headings; no list bullets', () => {
    const page = main('thu-tuc/thu-tuc-dang-ky-khai-sinh/');
    const documents = page.querySelectorAll('.checklist li').map(text);
    expect(documents.length).toBeGreaterThan(3);
    for (const name of documents) {
      expect(name, name).not.toMatch(/^(Trường hợp|Lưu ý|\* |- |\+ )/);
    }
    const cases = page.querySelectorAll('.procedure-case h3, .procedure-case > summary .procedure-case__name').map(text);
    expect(cases).toContain('Giấy tờ phải nộp');
    expect(cases).not.toContain('* Lưu ý:');
    const notes = page.querySelectorAll('.notes li').map(text);
    expect(notes.some((note) => note.startsWith('Trường hợp trẻ em bị bỏ rơi'))).toBe(true);
    expect(notes.some((note) => note.startsWith('Cá nhân có quyền lựa chọn'))).toBe(true);
  });

  it('merges identical methods and shows no bare "1" as a processing time', () => {
    const page = main('thu-tuc/thu-tuc-dang-ky-khai-sinh/');
    expect(page.querySelector('.methods-table')).toBeNull();
    expect(text(page.querySelector('.glance__fee dd'))).toBe('Miễn phí');
    const time = text(page.querySelector('.glance__time dd'));
    expect(time).not.toBe('1');
    expect(time).toContain('Chưa ghi rõ');
    expect(text(page.querySelector('.glance__channels dd'))).toMatch(/Trực tuyến, dịch vụ bưu chính công ích, trực tiếp/i);
  });

  it('never shows a placeholder such as "Không có thông tin" on any procedure page', () => {
    const offenders = procedurePages().filter((path) => /Không có thông tin|\*\*\*\*/.test(text(main(path))));
    expect(offenders).toEqual([]);
  });

  it('long sections fold behind a closed <details>', () => {
    const page = main('thu-tuc/thu-tuc-dang-ky-khai-sinh/');
    for (const selector of ['.procedure-steps', '.procedure-notes', '.procedure-legal']) {
      const details = page.querySelector(`${selector} details`);
      expect(details, selector).not.toBeNull();
      expect(details!.hasAttribute('open')).toBe(false);
      expect(text(details!.querySelector('summary')).length).toBeGreaterThan(0);
    }
  });

  it('an entry from the list export sends the reader to the national portal instead of empty sections', () => {
    const page = main(`thu-tuc/${PORTAL_ONLY.id}/`);
    expect(text(page.querySelector('.glance__portal'))).toContain('Cổng Dịch vụ công quốc gia');
    expect(page.querySelector(`.glance__portal a[href="${PORTAL_ONLY.portalUrl}"]`)).not.toBeNull();
    for (const selector of ['.procedure-documents', '.procedure-steps', '.procedure-result', '.glance__time']) {
      expect(page.querySelector(selector), selector).toBeNull();
    }
    // The official list does not say whether the procedure is online: the page must not claim either.
    for (const level of Object.values(vi.procedures.onlineLevels)) expect(text(page)).not.toContain(level);
  });
});

describe('real records in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;
  let guarded: GuardedContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveSite(site, '/');
    guarded = await newGuardedContext(browser, { viewport: { width: 360, height: 640 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, width = 360, height = 640): Promise<Page> {
    const page = await guarded.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
    return page;
  }

  it.each(LONG_REAL_PROCEDURES)('%s: title, fee, time and place are in the first 360×640 screen', async (id) => {
    const page = await open(`thu-tuc/${id}/`);
    const boxes = await page.evaluate(() =>
      Object.fromEntries(
        ['h1', '.glance__online .badge', '.glance__fee dd', '.glance__time dd', '.glance__where dd', '.methods-table', '.site-header .search-form input'].map((selector) => {
          const element = document.querySelector(selector);
          const box = element?.getBoundingClientRect();
          return [selector, box ? { top: Math.round(box.top), bottom: Math.round(box.bottom), width: Math.round(box.width) } : null];
        }),
      ),
    );
    const inFirstScreen = (selector: string) => {
      const box = boxes[selector];
      return !!box && box.width > 0 && box.top >= 0 && box.bottom <= 640;
    };
    expect(inFirstScreen('h1')).toBe(true);
    expect(inFirstScreen('.glance__online .badge')).toBe(true);
    expect(inFirstScreen('.site-header .search-form input')).toBe(true);
    expect(inFirstScreen('.glance__where dd')).toBe(true);
    // Time and fee: one merged pair, or the per-channel table starting in the first screen.
    if (boxes['.glance__fee dd']) {
      expect(inFirstScreen('.glance__fee dd')).toBe(true);
      expect(inFirstScreen('.glance__time dd')).toBe(true);
    } else {
      expect(boxes['.methods-table']!.top).toBeLessThan(640);
    }
    await page.close();
  });

  /** Pages in a PDF: `/Type /Page` objects (not the `/Type /Pages` tree). */
  const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

  it.each(LONG_REAL_PROCEDURES)('%s prints the checklist, the QR code and the hotline on at most two A4 pages', async (id) => {
    const page = await open(`thu-tuc/${id}/`, 1280, 900);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
    const shown = await page.evaluate(() => {
      const visible = (selector: string) => {
        const element = document.querySelector(selector);
        return !!element && getComputedStyle(element).display !== 'none' && element.getBoundingClientRect().height > 0;
      };
      return {
        checklist: visible('.checklist'),
        qr: visible('.procedure-print svg'),
        hotline: visible('.procedure-print__hotline'),
        nav: visible('.site-nav'),
        menu: visible('.site-menu'),
      };
    });
    expect(shown).toEqual({ checklist: true, qr: true, hotline: true, nav: false, menu: false });
    await page.close();
  });

  /** The text Chromium puts on paper (poppler's pdftotext), white space collapsed. */
  async function printedText(page: Page): Promise<string> {
    await page.emulateMedia({ media: 'print' });
    const file = join(mkdtempSync(join(tmpdir(), 'cchc-pdf-')), 'in.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  }

  /**
   * Is the first note of the dossier's folded notes seen on screen, and on paper? (A box size would
   * not tell: a closed <details> body keeps its layout box under content-visibility: hidden.)
   */
  async function noteShown(page: Page): Promise<{ screen: boolean; print: boolean }> {
    await page.emulateMedia({ media: 'screen' });
    const note = page.locator('.procedure-notes details .notes li').first();
    const screen = await note.evaluate((element) => element.checkVisibility());
    const words = (await note.textContent())!.replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' ');
    const print = (await printedText(page)).includes(words);
    return { screen, print };
  }

  it('a short dossier prints its folded notes: Chromium lays out the closed <details> body on paper', async () => {
    // The first real record (by name) whose whole dossier fits the sheet and whose notes fold.
    const path = procedurePages()
      .sort()
      .find((candidate) => {
        const page = html(candidate);
        return page.includes('dossier--print-all') && /class="fold fold--print-always fold--folded procedure-notes"/.test(page);
      });
    expect(path).toBeDefined();
    const page = await open(path!, 1280, 900);
    expect(await noteShown(page)).toEqual({ screen: false, print: true });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('a long dossier (birth registration) prints its notes only once the reader opens them', async () => {
    const page = await open('thu-tuc/thu-tuc-dang-ky-khai-sinh/', 1280, 900);
    expect(await noteShown(page)).toEqual({ screen: false, print: false });
    await page.emulateMedia({ media: 'screen' });
    await page.locator('.procedure-notes summary').click();
    expect(await noteShown(page)).toEqual({ screen: true, print: true });
    await page.close();
  });

  it('a long dossier with many cases prints the case the reader opened, on at most two pages', async () => {
    const page = await open('thu-tuc/cap-giay-phep-xay-dung-sua-chua-cai-tao-doi-voi-cong-trinh-cap/', 1280, 900);
    const cases = page.locator('.procedure-case--folded > summary');
    expect(await cases.count()).toBeGreaterThan(3);
    await cases.first().click();
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('.procedure-case--folded')].map((group) => getComputedStyle(group).display !== 'none'),
    );
    expect(shown[0]).toBe(true);
    expect(shown.slice(1).every((visible) => !visible)).toBe(true);
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true }))).toBeLessThanOrEqual(2);
    await page.close();
  });

  it.each(['thu-tuc/', 'thu-tuc/cap/xa/', 'thu-tuc/thu-tuc-dang-ky-khai-sinh/', `thu-tuc/${PORTAL_ONLY.id}/`])(
    'axe finds no WCAG 2.2 AA problem on %s at 360 px',
    async (path) => {
      const page = await open(path);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.close();
    },
  );

  it('made no request outside the local server', () => {
    expect(guarded.outsideRequests).toEqual([]);
    expect(guarded.consoleErrors).toEqual([]);
  });
});
