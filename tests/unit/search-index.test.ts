import { describe, expect, it } from 'vitest';
import { indexedCopy, indexedRegion, routeOfFile, withoutIgnored } from '../../src/search/build/search-index.ts';
import { stripFoldRegion } from '../../src/search/search-text.ts';

const page = (body: string) =>
  `<!doctype html><html lang="vi"><body><header>Đầu trang</header><main>${body}</main><footer>Địa chỉ</footer></body></html>`;

const facts = {
  filters: { loai: ['Thủ tục'], linhvuc: ['Hộ tịch'] },
  meta: { loai: 'Thủ tục', ma: '1.001193' },
  sort: {},
};

describe('the copy of a page given to Pagefind', () => {
  const html = page('<article data-pagefind-body><h1 data-pagefind-meta="title">Đăng ký khai sinh</h1><p>Nộp tại Bộ phận Một cửa, đăng ký trực tuyến.</p></article>');
  const copy = indexedCopy(html, facts) ?? '';

  it('carries the đ-words of the body written with d, inside the indexed region', () => {
    const bodyStart = copy.indexOf('data-pagefind-body');
    const fold = copy.indexOf('⟪ dang dang ⟫');
    expect(fold).toBeGreaterThan(bodyStart);
    expect(copy.indexOf('</article>')).toBeGreaterThan(fold);
  });

  it('gives the folded title a heading weight', () => {
    expect(copy).toMatch(/<p data-pagefind-weight="7">⟪ dang ⟫<\/p>/);
  });

  it('leaves header and footer words out of the fold region', () => {
    expect(copy).not.toContain('⟪dau');
    expect(copy).not.toMatch(/⟪[^⟫]*dia chi/);
  });

  it('adds filters and metadata as ignored elements, escaped', () => {
    expect(copy).toContain('<div data-pagefind-ignore><span data-pagefind-filter="loai">Thủ tục</span>');
    expect(copy).toContain('<span data-pagefind-meta="ma">1.001193</span>');
    const tricky = indexedCopy(html, { filters: { donvi: ['A & <B>'] }, meta: {}, sort: {} }) ?? '';
    expect(tricky).toContain('A &amp; &lt;B&gt;');
  });

  it('normalizes decomposed (NFD) pages before indexing', () => {
    const nfd = indexedCopy(html.normalize('NFD'), facts) ?? '';
    expect(nfd).toContain('Đăng ký khai sinh');
    expect(nfd).toContain('⟪ dang dang ⟫');
  });

  it('marks the parts indexed as their own records so the page does not repeat them', () => {
    const directory = page('<div data-pagefind-body><h1>Đường dây nóng</h1><article class="card" id="tong-dai-1022"><h3>Tổng đài 1022</h3></article></div>');
    expect(indexedCopy(directory, undefined, ['tong-dai-1022'])).toContain('id="tong-dai-1022" data-pagefind-ignore="all"');
  });

  it('separates table cells and description terms, which Pagefind would read as one word', () => {
    const procedure = page(
      '<article data-pagefind-body><dl><dt>Lĩnh vực</dt><dd>Hộ tịch</dd></dl><table><tr><th>Số ký hiệu</th><th>Trích yếu</th></tr></table></article>',
    );
    const separated = indexedCopy(procedure, undefined) ?? '';
    expect(separated).toContain('<dt>Lĩnh vực</dt> <dd>Hộ tịch</dd> ');
    expect(separated).toContain('<th>Số ký hiệu</th> <th>Trích yếu</th> ');
  });

  it('keeps only the searchable element: related headlines after it lend it no words', () => {
    const news = page('<article data-pagefind-body><h1 data-pagefind-meta="title">Kế hoạch năm 2026</h1><p>Nội dung.</p></article><section><h2>Tin cùng chuyên mục</h2><a>Đoàn Thanh niên ra quân</a></section>');
    const region = indexedRegion(news);
    expect(region).toContain('Kế hoạch năm 2026');
    expect(region).not.toContain('Tin cùng chuyên mục');
    expect(indexedCopy(news, undefined)).not.toContain('doan');
  });

  it('folds only what Pagefind indexes: an ignored print footer lends the page no d-words', () => {
    const procedure = page(
      '<article data-pagefind-body><h1 data-pagefind-meta="title">Chứng thực bản sao</h1><div data-pagefind-ignore><p>Đường dây nóng 1022</p></div></article>',
    );
    expect(indexedCopy(procedure, undefined)).not.toContain('duong');
  });

  it('leaves out ignored elements, nested ones whole, when counting the indexed words', () => {
    const html = '<p>Hồ sơ</p><div data-pagefind-ignore><div><p>In</p></div><p>Gọi 1022</p></div><p>Lệ phí</p><nav data-pagefind-ignore>Nhảy</nav>';
    expect(withoutIgnored(html)).toBe('<p>Hồ sơ</p><p>Lệ phí</p>');
  });

  it('skips pages without a searchable region (home, lists)', () => {
    expect(indexedCopy(page('<h1>Trang chủ</h1>'), undefined)).toBeUndefined();
  });

  it('the fold region is removed from what the search page shows', () => {
    expect(stripFoldRegion('⟪dang⟫ ⟪dang dang⟫ Đăng ký khai sinh')).toBe('Đăng ký khai sinh');
  });
});

describe('routes of built files', () => {
  it('maps folder pages to the content model routes', () => {
    expect(routeOfFile('thu-tuc/dang-ky-khai-sinh/index.html')).toBe('thu-tuc/dang-ky-khai-sinh/');
    expect(routeOfFile('index.html')).toBe('');
    expect(routeOfFile('404.html')).toBe('404.html');
  });
});
