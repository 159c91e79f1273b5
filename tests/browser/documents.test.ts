/**
 * The documents library on a site built for this test: a fixture content folder plus documents
 * whose files are made here. Words that appear only inside a text PDF, a DOCX and a scanned PDF
 * (read by OCR) must be found by the site's search, typed with or without accents; the pages must
 * pass axe and stay within the page weight budget, also when a text is very long.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/lib/static-server.ts';
import { launchBrowser, newGuardedContext, serveSite, type GuardedContext } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { copyContent, type ContentCopy } from '../helpers/content-fixture.ts';
import { docxFile, FixtureMaker } from '../helpers/pdf-fixtures.ts';
import { TEST_BUILD_DATE, TEST_BUILDS, TEST_SITE_URL } from '../helpers/sites.ts';

const OUT = join(TEST_BUILDS, 'documents-site');
let content: ContentCopy;
let browser: Browser;
let guarded: GuardedContext;
let page: Page;
let server: RunningServer;

/** A long report: ~200 pages of distinct sentences, far over what one page may carry. */
const longPages = Array.from({ length: 200 }, (_, p) =>
  Array.from({ length: 6 }, (_, s) => `Mục ${p + 1}.${s + 1}: ấp số ${p * 7 + s} báo cáo tiến độ số hóa hồ sơ, lượt ${p * 13 + s * 5} người dân được hướng dẫn.`),
);

const entry = (fields: Record<string, string>, files: string[]) =>
  ['---', ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), 'files:', ...files.map((f) => `  - file: ${f}`), '---', ''].join('\n');

beforeAll(async () => {
  content = copyContent();
  const dir = join(content.dir, 'documents');
  mkdirSync(dir);
  const maker = new FixtureMaker();
  try {
    // "lươn" and "đèn đường" appear nowhere but inside this PDF (second page).
    writeFileSync(
      join(dir, 'ke-hoach.pdf'),
      await maker.textPdf([['KẾ HOẠCH phát triển kinh tế tập thể'], ['Hỗ trợ hợp tác xã nuôi lươn lắp đèn đường năng lượng mặt trời.']]),
    );
    // "nhà yến" only inside the picture of a scanned page.
    writeFileSync(join(dir, 'thong-bao-quet.pdf'), await maker.scannedPdf([['THÔNG BÁO', 'Kiểm tra an toàn các nhà yến trên địa bàn xã']]));
    writeFileSync(join(dir, 'bao-cao-dai.pdf'), await maker.textPdf(longPages));
  } finally {
    await maker.close();
  }
  writeFileSync(join(dir, 'quy-che.docx'), docxFile(['QUY CHẾ', 'Điều 1. Cấm đốt rơm rạ gần khu dân cư.']));
  writeFileSync(join(dir, 'ke-hoach.md'), entry({ number: '31/KH-UBND', type: 'ke-hoach', title: 'Kế hoạch phát triển kinh tế tập thể năm 2026', issuer: 'UBND xã Hòa An', issued: '2026-02-10' }, ['ke-hoach.pdf']));
  writeFileSync(join(dir, 'thong-bao.md'), entry({ number: '8/TB-UBND', type: 'thong-bao', title: 'Thông báo kiểm tra an toàn cơ sở chăn nuôi', issuer: 'UBND xã Hòa An', issued: '2026-03-01' }, ['thong-bao-quet.pdf']));
  writeFileSync(join(dir, 'quy-che.md'), entry({ number: '3/2026/QĐ-UBND', type: 'quyet-dinh', title: 'Quy chế bảo vệ môi trường khu dân cư', issuer: 'UBND xã Hòa An', issued: '2026-01-05' }, ['quy-che.docx']));
  writeFileSync(join(dir, 'bao-cao-dai.md'), entry({ number: '90/BC-UBND', type: 'bao-cao', title: 'Báo cáo chi tiết số hóa hồ sơ theo ấp', issuer: 'UBND xã Hòa An', issued: '2026-06-30' }, ['bao-cao-dai.pdf']));
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(TEST_BUILDS, { recursive: true });
  const result = buildSite({ OUT_DIR: OUT, CONTENT_DIR: content.dir, SITE_URL: TEST_SITE_URL, BUILD_DATE: TEST_BUILD_DATE, BASE_PATH: '/', ASTRO_CACHE_DIR: join(TEST_BUILDS, 'documents-astro-cache') });
  if (result.status !== 0) throw new Error(`documents fixture build failed:\n${result.output}`);
  server = await serveSite(OUT, '/');
  browser = await launchBrowser();
  guarded = await newGuardedContext(browser);
  page = await guarded.newPage();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  content?.remove();
});

async function search(query: string): Promise<string[]> {
  await page.goto(`${server.url}tim-kiem/?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-search-status]');
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/Tìm thấy|Không tìm thấy|Có \d+|Không có/);
  return page.locator('.search-result h2 a').evaluateAll((links) => links.map((a) => new URL(a.getAttribute('href') ?? '', location.href).pathname));
}

describe('search finds the words inside attached files', () => {
  it.each([
    ['nuôi lươn', '/van-ban/ke-hoach/'],
    ['nuoi luon', '/van-ban/ke-hoach/'],
    ['đèn đường năng lượng', '/van-ban/ke-hoach/'],
    ['den duong nang luong', '/van-ban/ke-hoach/'],
    ['nhà yến', '/van-ban/thong-bao/'],
    ['nha yen', '/van-ban/thong-bao/'],
    ['đốt rơm rạ', '/van-ban/quy-che/'],
    ['dot rom ra', '/van-ban/quy-che/'],
  ])('"%s" finds %s', async (query, route) => {
    expect((await search(query)).slice(0, 3)).toContain(route);
  });

  it('a search result leads to the page section of the PDF page holding the words', () => {
    const html = readFileSync(join(OUT, 'van-ban', 'ke-hoach', 'index.html'), 'utf8');
    // The words sit under the heading of page 2, which has an id for Pagefind's sub-results.
    expect(html).toMatch(/<h3 id="trang-2">Trang 2<\/h3>\s*<p>[^<]*nuôi lươn/);
  });

  it.each(['nuôi lươn', 'nuoi luon'])('the result for "%s" says the words are on page 2 of the file and links there', async (query) => {
    await search(query);
    const result = page.locator('.search-result', { has: page.locator('a[href$="/van-ban/ke-hoach/"]') });
    const part = result.locator('.search-result__part a');
    await expect.poll(() => part.textContent()).toBe('Trang 2');
    expect(await part.getAttribute('href')).toMatch(/\/van-ban\/ke-hoach\/#trang-2$/);
  });
});

describe('document pages', () => {
  it('pass axe (list, filtered list, document with text, scanned document)', async () => {
    for (const path of ['van-ban/', 'van-ban/loai/ke-hoach/', 'van-ban/ke-hoach/', 'van-ban/thong-bao/', 'van-ban/bao-cao-dai/']) {
      await page.goto(`${server.url}${path}`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    expect(guarded.outsideRequests).toEqual([]);
    expect(guarded.consoleErrors).toEqual([]);
  });

  it('a very long text is cut, the page says so and stays under 60 KB gzip', () => {
    const html = readFileSync(join(OUT, 'van-ban', 'bao-cao-dai', 'index.html'));
    expect(gzipSync(html).byteLength).toBeLessThan(60 * 1024);
    const text = html.toString('utf8');
    expect(text).toMatch(/Văn bản dài: trang này chỉ hiển thị [\d.]+ trên [\d.]+ ký tự đầu/);
    expect(text).toContain('Mục 1.1:');
    expect(text).not.toContain('Mục 200.6:');
  });
});
