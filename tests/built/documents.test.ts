/**
 * The documents library of the built sample site (content/documents), at the root and under
 * /cchc/: lists and filters, the document page (facts, downloads, first page, words of the files,
 * JSON-LD), the feed, the home page block and the cross-links with news and other documents.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage, pageExists, textOf } from '../helpers/html.ts';
import { PROJECT_ROOT, readBuilt, ROOT_SITE, SUBPATH_SITE, TEST_SITE_URL } from '../helpers/sites.ts';

const CONTENT = join(PROJECT_ROOT, 'content', 'documents');
const links = (site: string, path: string, selector: string) => loadPage(site, path).querySelectorAll(selector).map((a) => a.getAttribute('href'));
const jsonLd = (site: string, path: string) =>
  loadPage(site, path)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as Record<string, unknown>);

describe('document lists', () => {
  it('list every published document, newest first', () => {
    expect(links(ROOT_SITE, 'van-ban/', '.document-item__title a')).toEqual([
      '/van-ban/bao-cao-cai-cach-hanh-chinh-quy-iii-nam-2026/',
      '/van-ban/thong-bao-lich-tiep-cong-dan-2026/',
      '/van-ban/ke-hoach-cai-cach-hanh-chinh-nam-2026/',
      '/van-ban/quyet-dinh-quy-che-bo-phan-mot-cua/',
      '/van-ban/quy-che-bo-phan-tiep-nhan-2025/',
    ]);
  });

  it('offer filters by type, issuer, year and status as links to pre-rendered lists', () => {
    const filters = links(ROOT_SITE, 'van-ban/', '.document-filters a');
    for (const path of ['/van-ban/loai/quyet-dinh/', '/van-ban/nam/2025/', '/van-ban/tinh-trang/het-hieu-luc/']) {
      expect(filters).toContain(path);
      expect(pageExists(ROOT_SITE, path.slice(1))).toBe(true);
    }
    expect(links(ROOT_SITE, 'van-ban/loai/quyet-dinh/', '.document-item__title a')).toEqual([
      '/van-ban/quyet-dinh-quy-che-bo-phan-mot-cua/',
      '/van-ban/quy-che-bo-phan-tiep-nhan-2025/',
    ]);
    expect(links(ROOT_SITE, 'van-ban/tinh-trang/het-hieu-luc/', '.document-item__title a')).toEqual(['/van-ban/quy-che-bo-phan-tiep-nhan-2025/']);
    expect(links(ROOT_SITE, 'van-ban/nam/2025/', '.document-item__title a')).toEqual(['/van-ban/quy-che-bo-phan-tiep-nhan-2025/']);
    expect(textOf(loadPage(ROOT_SITE, 'van-ban/loai/quyet-dinh/').querySelector('h1'))).toBe('Văn bản: Quyết định');
  });

  it('under /cchc/ carry the sub-path', () => {
    expect(links(SUBPATH_SITE, 'van-ban/', '.document-item__title a')[0]).toBe('/cchc/van-ban/bao-cao-cai-cach-hanh-chinh-quy-iii-nam-2026/');
  });
});

describe('a document page', () => {
  const path = 'van-ban/bao-cao-cai-cach-hanh-chinh-quy-iii-nam-2026/';

  it('shows the facts as a table', () => {
    const rows = Object.fromEntries(
      loadPage(ROOT_SITE, path).querySelectorAll('.document-meta tr').map((tr) => [textOf(tr.querySelector('th')), textOf(tr.querySelector('td'))]),
    );
    expect(rows).toMatchObject({
      'Số ký hiệu': '87/BC-UBND',
      'Loại văn bản': 'Báo cáo',
      'Cơ quan ban hành': 'UBND xã Hòa An',
      'Người ký': 'Lê Thị Ngọc Hân',
      'Ngày ban hành': '25/09/2026',
      'Tình trạng hiệu lực': 'Còn hiệu lực',
    });
  });

  it('links each attached file with its type and size, and the file is published byte for byte', () => {
    const items = loadPage(ROOT_SITE, path).querySelectorAll('.document-files li');
    expect(items.map((li) => textOf(li))).toEqual([
      expect.stringMatching(/^Tải về bao-cao-cai-cach-hanh-chinh-quy-iii-nam-2026\.pdf \(PDF, \d+ KB\)$/),
      expect.stringMatching(/^Tải về Phụ lục số liệu theo lĩnh vực \(Excel \(XLSX\), [\d,]+ KB\)$/),
    ]);
    const pdf = items[0]!.querySelector('a')!;
    expect(pdf.getAttribute('type')).toBe('application/pdf');
    const published = join(ROOT_SITE, pdf.getAttribute('href')!);
    expect(readFileSync(published)).toEqual(readFileSync(join(CONTENT, 'bao-cao-cai-cach-hanh-chinh-quy-iii-nam-2026.pdf')));
  });

  it('shows the first page as a small picture', () => {
    const img = loadPage(ROOT_SITE, path).querySelector('.document-preview img')!;
    expect(img.getAttribute('alt')).toBe('Ảnh trang đầu văn bản số 87/BC-UBND');
    const file = join(ROOT_SITE, img.getAttribute('src')!);
    expect(readFileSync(file).subarray(8, 12).toString('latin1')).toBe('WEBP');
    expect(statSync(file).size).toBeLessThan(40_000);
    expect(img.getAttribute('width')).toBe('360');
  });

  it('holds the words of its PDF (per page) and of its XLSX (per sheet), inside the indexed region', () => {
    const text = loadPage(ROOT_SITE, path).querySelector('[data-pagefind-body] .document-text')!;
    expect(textOf(text.querySelector('#tep-1-trang-1'))).toBe('bao-cao-cai-cach-hanh-chinh-quy-iii-nam-2026.pdf – Trang 1');
    expect(textOf(text.querySelector('#tep-2-trang-tinh-quy-iii'))).toBe('Phụ lục số liệu theo lĩnh vực – Trang tính Quý III');
    expect(textOf(text)).toContain('Tổ thanh niên tình nguyện hướng dẫn 436 lượt người dân');
    expect(textOf(text)).toContain('Đăng ký hộ kinh doanh · 215 · 201 · 214');
  });

  it('of a scanned notice holds the words read by OCR, said to be read automatically', () => {
    const page = loadPage(ROOT_SITE, 'van-ban/thong-bao-lich-tiep-cong-dan-2026/');
    const text = textOf(page.querySelector('.document-text'));
    expect(text).toContain('nhận dạng tự động (OCR)');
    expect(text).toContain('Chủ tịch Ủy ban nhân dân xã tiếp công dân vào sáng thứ Năm');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('carries Legislation JSON-LD with its legal force', () => {
    const [plan] = jsonLd(ROOT_SITE, 'van-ban/quyet-dinh-quy-che-bo-phan-mot-cua/').filter((d) => d['@type'] === 'Legislation');
    expect(plan).toMatchObject({
      legislationIdentifier: '05/2026/QĐ-UBND',
      legislationType: 'Quyết định',
      legislationDate: '2026-01-08',
      legislationDateOfApplicability: '2026-01-20',
      legislationLegalForce: 'https://schema.org/InForce',
      legislationChanges: [{ '@id': `${TEST_SITE_URL}/van-ban/quy-che-bo-phan-tiep-nhan-2025/` }],
    });
    const [old] = jsonLd(SUBPATH_SITE, 'van-ban/quy-che-bo-phan-tiep-nhan-2025/').filter((d) => d['@type'] === 'Legislation');
    expect(old).toMatchObject({ legislationLegalForce: 'https://schema.org/NotInForce', url: `${TEST_SITE_URL}/cchc/van-ban/quy-che-bo-phan-tiep-nhan-2025/` });
  });

  it('of a replaced document says so and links the replacing one', () => {
    const page = loadPage(ROOT_SITE, 'van-ban/quy-che-bo-phan-tiep-nhan-2025/');
    expect(textOf(page.querySelector('.notice'))).toBe('Văn bản này đã hết hiệu lực, được thay thế bởi văn bản số 05/2026/QĐ-UBND.');
    expect(page.querySelector('.notice a')?.getAttribute('href')).toBe('/van-ban/quyet-dinh-quy-che-bo-phan-mot-cua/');
  });
});

describe('cross-links', () => {
  it('a news article citing a plan number links to the plan', () => {
    const aside = loadPage(ROOT_SITE, 'tin-tuc/kiem-tra-cong-tac-cai-cach-hanh-chinh-quy-i-nam-2026/').querySelector('.cited-documents');
    expect(aside?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/van-ban/ke-hoach-cai-cach-hanh-chinh-nam-2026/']);
  });

  it('a document lists the news and documents that cite it, including words inside their PDFs', () => {
    expect(links(ROOT_SITE, 'van-ban/ke-hoach-cai-cach-hanh-chinh-nam-2026/', '.document-cited-by a')).toEqual([
      '/tin-tuc/kiem-tra-cong-tac-cai-cach-hanh-chinh-quy-i-nam-2026/',
      '/van-ban/bao-cao-cai-cach-hanh-chinh-quy-iii-nam-2026/',
    ]);
    // "…thay thế Quyết định số 21/2025/QĐ-⏎UBND" is inside the 2026 decision's PDF only.
    expect(links(ROOT_SITE, 'van-ban/quy-che-bo-phan-tiep-nhan-2025/', '.document-cited-by a')).toEqual(['/van-ban/quyet-dinh-quy-che-bo-phan-mot-cua/']);
    expect(links(SUBPATH_SITE, 'van-ban/quy-che-bo-phan-tiep-nhan-2025/', '.document-cited-by a')).toEqual(['/cchc/van-ban/quyet-dinh-quy-che-bo-phan-mot-cua/']);
  });

  it('a news article citing nothing of the library shows no related documents block', () => {
    expect(loadPage(ROOT_SITE, 'tin-tuc/dang-ky-khai-sinh-truc-tuyen-tai-xa/').querySelector('.cited-documents')).toBeNull();
  });
});

describe('feed of new documents and the home page', () => {
  it('Atom and RSS list the documents newest first as plain text, with absolute links under the sub-path', () => {
    const atom = readBuilt(SUBPATH_SITE, 'van-ban/atom.xml');
    const titles = [...atom.matchAll(/<entry>\s*<title type="text">([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual([
      'Báo cáo 87/BC-UBND: Báo cáo kết quả cải cách hành chính quý III năm 2026',
      'Thông báo 31/TB-UBND: Thông báo lịch tiếp công dân định kỳ năm 2026 của Chủ tịch UBND xã',
      'Kế hoạch 12/KH-UBND: Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân xã Hòa An',
      'Quyết định 05/2026/QĐ-UBND: Ban hành Quy chế tổ chức và hoạt động của Bộ phận Một cửa xã Hòa An',
      'Quyết định 21/2025/QĐ-UBND: Ban hành Quy chế làm việc của Bộ phận tiếp nhận và trả kết quả xã Hòa An',
    ]);
    expect(atom).toContain(`<link rel="self" type="application/atom+xml" href="${TEST_SITE_URL}/cchc/van-ban/atom.xml"/>`);
    expect(atom).toContain(`<id>${TEST_SITE_URL}/cchc/van-ban/bao-cao-cai-cach-hanh-chinh-quy-iii-nam-2026/</id>`);
    const rss = readBuilt(ROOT_SITE, 'van-ban/rss.xml');
    expect([...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1])[0]).toBe(`${TEST_SITE_URL}/van-ban/bao-cao-cai-cach-hanh-chinh-quy-iii-nam-2026/`);
    const alternates = loadPage(ROOT_SITE, 'van-ban/').querySelectorAll('link[rel="alternate"][type="application/rss+xml"]');
    expect(alternates.map((link) => link.getAttribute('href'))).toContain('/van-ban/rss.xml');
  });

  it('the home page shows the newest documents', () => {
    const block = loadPage(ROOT_SITE, '').querySelector('.latest-documents');
    expect(block?.querySelectorAll('li a').map((a) => a.getAttribute('href')).slice(0, 2)).toEqual([
      '/van-ban/bao-cao-cai-cach-hanh-chinh-quy-iii-nam-2026/',
      '/van-ban/thong-bao-lich-tiep-cong-dan-2026/',
    ]);
  });
});
