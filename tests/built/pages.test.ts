/**
 * The built sample site (tests/helpers/global-setup.ts builds it with the real build script),
 * page type by page type, as a citizen would see it: what is on the page and where links go.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkFiles } from '../../scripts/lib/run.ts';
import { loadPage, pageExists, textOf } from '../helpers/html.ts';
import { publishedNews, unpublishedNews } from '../helpers/sample-content.ts';
import { PROJECT_ROOT, ROOT_SITE, SUBPATH_SITE } from '../helpers/sites.ts';

const PAGE_TYPES = [
  '',
  'tin-tuc/',
  'tin-tuc/trang/2/',
  'tin-tuc/chuyen-muc/cai-cach-tthc/',
  `tin-tuc/${publishedNews()[0]?.id}/`,
  'thu-tuc/',
  'thu-tuc/linh-vuc/ho-tich/',
  'thu-tuc/dang-ky-khai-sinh/',
  'duong-day-nong/',
  'mo-hinh/',
  'cuoc-thi/',
  'chi-so/',
  'tim-kiem/',
];

describe('every page type', () => {
  it.each(PAGE_TYPES)('"/%s" has the frame: language, skip link, landmarks, header, help block, footer', (path) => {
    const page = loadPage(ROOT_SITE, path);
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('vi');
    const skip = page.querySelector('body a');
    expect(skip?.getAttribute('href')).toBe('#noi-dung');
    expect(textOf(skip)).toBe('Bỏ qua, đến nội dung chính');
    expect(page.querySelector('main#noi-dung')).not.toBeNull();
    expect(page.querySelectorAll('main h1')).toHaveLength(1);
    expect(textOf(page.querySelector('header'))).toContain('UBND xã Hòa An');
    expect(page.querySelector('nav[aria-label="Điều hướng chính"]')).not.toBeNull();
    expect(page.querySelector('form[role="search"]')?.getAttribute('action')).toBe('/tim-kiem/');
    const help = page.querySelector('aside.help-block');
    expect(help?.querySelector('a[href^="tel:"]')).not.toBeNull();
    const footer = textOf(page.querySelector('footer'));
    expect(footer).toContain('Ủy ban nhân dân xã Hòa An');
    expect(footer).toContain('0292.3861.245');
    if (path !== '') {
      const crumbs = page.querySelectorAll('nav.breadcrumbs li');
      expect(textOf(crumbs[0])).toBe('Trang chủ');
      expect(crumbs.at(-1)?.querySelector('[aria-current="page"]')).not.toBeNull();
    }
  });

  it.each(PAGE_TYPES.filter((p) => p !== 'tim-kiem/'))('"/%s" needs no JavaScript (no script but JSON-LD)', (path) => {
    const scripts = loadPage(ROOT_SITE, path).querySelectorAll('script');
    expect(scripts.filter((s) => s.getAttribute('type') !== 'application/ld+json').map((s) => s.outerHTML.slice(0, 80))).toEqual([]);
  });

  it('has a 404 page that offers a way on', () => {
    const page = loadPage(ROOT_SITE, '404.html');
    expect(textOf(page.querySelector('h1'))).toBe('Không tìm thấy trang');
    expect(page.querySelector('main a[href="/thu-tuc/"]')).not.toBeNull();
  });
});

describe('news', () => {
  const published = publishedNews();

  it('shows the newest twenty first and every article on one archive page counted from the oldest', () => {
    const front = loadPage(ROOT_SITE, 'tin-tuc/');
    const frontTitles = front.querySelectorAll('.news-list > li h2 a').map(textOf);
    expect(frontTitles).toEqual(published.slice(0, 20).map((news) => news.title));
    const pages = published.length > 20 ? Math.ceil(published.length / 20) : 0;
    expect(pages, 'the sample needs an archive to test it').toBeGreaterThan(1);
    const oldestFirst = [...published].reverse();
    const listed: string[] = [];
    for (let n = 1; n <= pages; n += 1) {
      const page = loadPage(ROOT_SITE, `tin-tuc/trang/${n}/`);
      const items = page.querySelectorAll('.news-list > li');
      const titles = items.map((item) => textOf(item.querySelector('h2 a')));
      expect(titles).toEqual(oldestFirst.slice((n - 1) * 20, n * 20).reverse().map((news) => news.title));
      listed.push(...titles);
      const days = items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? '');
      expect([...days].sort().reverse()).toEqual(days);
      // No page count that would change on every page when a page is added.
      expect(textOf(page.querySelector('h1'))).not.toMatch(/\//);
    }
    expect(new Set(listed).size).toBe(published.length);
    expect(pageExists(ROOT_SITE, `tin-tuc/trang/${pages + 1}/`)).toBe(false);
    // From the front page, "Tin cũ hơn" continues with the page holding the 21st newest article.
    const older = front.querySelector('.pagination a[rel="next"]')?.getAttribute('href') ?? '';
    const continued = loadPage(ROOT_SITE, older.replace(/^\//, ''));
    expect(continued.querySelectorAll('.news-list > li h2 a').map(textOf)).toContain(published[20]?.title);
  });

  it('leaves drafts and future-dated news out of every page and feed', () => {
    const unpublished = unpublishedNews();
    expect(unpublished.length).toBeGreaterThanOrEqual(2);
    const files = walkFiles(ROOT_SITE).filter((f) => /\.(html|xml|json)$/.test(f) && !f.startsWith('pagefind/'));
    for (const news of unpublished) {
      expect(pageExists(ROOT_SITE, `tin-tuc/${news.id}/`)).toBe(false);
      for (const file of files) {
        expect(readFileSync(join(ROOT_SITE, file), 'utf8'), `${news.title} in ${file}`).not.toContain(news.title);
      }
    }
  });

  it('has one list per category holding only that category', () => {
    const categories = new Set(published.map((news) => news.category));
    for (const category of categories) {
      const page = loadPage(ROOT_SITE, `tin-tuc/chuyen-muc/${category}/`);
      const titles = page.querySelectorAll('.news-list > li h2 a').map(textOf);
      expect(titles).toEqual(published.filter((n) => n.category === category).slice(0, 20).map((n) => n.title));
    }
  });

  it('shows an article with its title, Vietnamese date, category and text', () => {
    const first = published[0]!;
    const page = loadPage(ROOT_SITE, `tin-tuc/${first.id}/`);
    expect(textOf(page.querySelector('h1'))).toBe(first.title);
    const [year, month, day] = first.day.split('-').map(Number);
    expect(textOf(page.querySelector('article time'))).toBe(`ngày ${day} tháng ${month} năm ${year}`);
    expect(page.querySelector(`article a[href="/tin-tuc/chuyen-muc/${first.category}/"]`)).not.toBeNull();
    expect(textOf(page.querySelector('article')).length).toBeGreaterThan(300);
    expect(page.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('vi_VN');
  });

  it('serves cover images through sharp with alt text and sizes', () => {
    const withCover = published
      .map((news) => loadPage(ROOT_SITE, `tin-tuc/${news.id}/`))
      .find((page) => page.querySelector('article figure img'));
    const img = withCover?.querySelector('article figure img');
    expect(img?.getAttribute('alt')?.length).toBeGreaterThan(10);
    expect(img?.getAttribute('src')).toMatch(/^\/_astro\/.+\.webp$/);
    expect(img?.getAttribute('srcset')).toContain('720w');
    expect(img?.getAttribute('width')).toBeTruthy();
  });
});

describe('home page', () => {
  const home = loadPage(ROOT_SITE, '');

  it('shows the latest news first', () => {
    const titles = home.querySelectorAll('.news-list h3 a').map(textOf);
    expect(titles).toEqual(publishedNews().slice(0, titles.length).map((n) => n.title));
    expect(titles.length).toBeGreaterThanOrEqual(5);
  });

  it('shows hotlines as tap-to-call links, procedure fields, model units and the current contest', () => {
    const text = textOf(home.querySelector('main'));
    expect(home.querySelectorAll('main a[href^="tel:"]').length).toBeGreaterThanOrEqual(3);
    expect(home.querySelector('main a[href="/thu-tuc/linh-vuc/ho-tich/"]')).not.toBeNull();
    expect(home.querySelectorAll('main a[href^="/mo-hinh/"]').length).toBeGreaterThanOrEqual(2);
    expect(home.querySelector('main a[href^="/cuoc-thi/"]')).not.toBeNull();
    expect(text).toContain('Đường dây nóng');
  });
});

describe('procedures', () => {
  it('lists fields with counts, and the procedures the editors marked popular', () => {
    const page = loadPage(ROOT_SITE, 'thu-tuc/');
    const fields = page.querySelectorAll('.field-index__list li').map(textOf);
    expect(fields.some((label) => /^Hộ tịch \(\d+\)$/.test(label))).toBe(true);
    // dang-ky-khai-sinh.md says popular: true; chung-thuc-chu-ky.md does not.
    const popular = page.querySelector('section[aria-labelledby="tim-nhieu"]')!;
    expect(popular.querySelector('a[href="/thu-tuc/dang-ky-khai-sinh/"]')).not.toBeNull();
    expect(popular.querySelector('a[href="/thu-tuc/chung-thuc-chu-ky/"]')).toBeNull();
  });

  it('shows a procedure with code, documents, steps and the online link', () => {
    const page = loadPage(ROOT_SITE, 'thu-tuc/dang-ky-khai-sinh/');
    const text = textOf(page.querySelector('main'));
    expect(textOf(page.querySelector('h1'))).toBe('Đăng ký khai sinh');
    expect(text).toContain('1.001193');
    expect(text).toContain('Thành phần hồ sơ');
    expect(text).toContain('Trình tự thực hiện');
    expect(page.querySelectorAll('main ol li').length).toBeGreaterThanOrEqual(2);
    expect(page.querySelector('main a[href^="https://dichvucong"]')).not.toBeNull();
  });

  it('shows the guidance written in the Markdown body of a procedure', () => {
    const body = readFileSync(join(PROJECT_ROOT, 'content/procedures/dang-ky-khai-sinh.md'), 'utf8').split(/^---$/m)[2] ?? '';
    const firstSentence = body.trim().replace(/^#+ .*\n+/, '').split(/[.:\n]/)[0]!.replace(/[*_]/g, '').trim();
    expect(firstSentence.length).toBeGreaterThan(10);
    const text = textOf(loadPage(ROOT_SITE, 'thu-tuc/dang-ky-khai-sinh/').querySelector('main'));
    expect(text).toContain('Hướng dẫn thêm');
    expect(text).toContain(firstSentence);
  });
});

describe('hotlines, models, contests, indices, search', () => {
  it('groups hotlines by scope with tel: links, including the 1022 switchboard', () => {
    const page = loadPage(ROOT_SITE, 'duong-day-nong/');
    const headings = page.querySelectorAll('main h2').map(textOf);
    expect(headings).toEqual(expect.arrayContaining(['Cấp xã', 'Toàn quốc']));
    expect(page.querySelector('a[href="tel:1022"]')).not.toBeNull();
    expect(page.querySelector('a[href="tel:113"]')).not.toBeNull();
  });

  it('lists model units with their detail pages', () => {
    const page = loadPage(ROOT_SITE, 'mo-hinh/');
    const links = page.querySelectorAll('main a[href^="/mo-hinh/"]').map((a) => a.getAttribute('href') ?? '');
    const details = [...new Set(links)].filter((href) => href.split('/').length === 4);
    expect(details.length).toBeGreaterThanOrEqual(4);
    for (const href of details) expect(pageExists(ROOT_SITE, href.slice(1))).toBe(true);
  });

  it('shows contest results, including those read from a CSV file', () => {
    const page = loadPage(ROOT_SITE, 'cuoc-thi/');
    const contests = [...new Set(page.querySelectorAll('main a[href^="/cuoc-thi/"]').map((a) => a.getAttribute('href') ?? ''))].filter(
      (href) => href.split('/').length === 4,
    );
    expect(contests.length).toBeGreaterThanOrEqual(2);
    for (const href of contests) {
      const contest = loadPage(ROOT_SITE, href.slice(1));
      expect(contest.querySelectorAll('main table tbody tr').length, href).toBeGreaterThanOrEqual(5);
      expect(textOf(contest.querySelector('main'))).toMatch(/Giải Nhất/);
    }
  });

  it('shows the reform indices over the years', () => {
    const text = textOf(loadPage(ROOT_SITE, 'chi-so/').querySelector('main'));
    for (const name of ['PAR Index', 'SIPAS', 'PAPI', 'PCI']) expect(text).toContain(name);
    for (const year of ['2023', '2024', '2025']) expect(text).toContain(year);
  });

  it('has a search page that explains itself without JavaScript', () => {
    const page = loadPage(ROOT_SITE, 'tim-kiem/');
    expect(textOf(page.querySelector('noscript'))).toContain('JavaScript');
    expect(page.querySelector('main input[name="q"]')).not.toBeNull();
  });
});

describe('under a sub-path', () => {
  it('prefixes every internal link, form and asset with /cchc/', () => {
    for (const path of ['', 'tin-tuc/', 'thu-tuc/dang-ky-khai-sinh/', 'duong-day-nong/']) {
      const page = loadPage(SUBPATH_SITE, path);
      const urls = [
        ...page.querySelectorAll('a[href^="/"]').map((a) => a.getAttribute('href')),
        ...page.querySelectorAll('link[href^="/"]').map((l) => l.getAttribute('href')),
        ...page.querySelectorAll('img[src^="/"]').map((i) => i.getAttribute('src')),
        page.querySelector('form[role="search"]')?.getAttribute('action'),
      ];
      expect(urls.length).toBeGreaterThan(10);
      for (const url of urls) expect(url, `${url} on /cchc/${path}`).toMatch(/^\/cchc\//);
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
        `https://hoaan.cantho.gov.vn/cchc/${path}`,
      );
    }
  });
});
