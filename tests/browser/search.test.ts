/**
 * The search page in real Chromium against the sample content, at the root and under /cchc/:
 * a table of queries a citizen would type and the page each must bring into the top 3.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newGuardedContext, serveSite, type GuardedContext } from '../helpers/browser.ts';
import { ROOT_SITE, SUBPATH, SUBPATH_SITE, TEST_BUILD_DATE, TEST_BUILDS, TEST_SITE_URL } from '../helpers/sites.ts';
import { buildSite } from '../helpers/build-site.ts';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { RunningServer } from '../../scripts/lib/static-server.ts';

const HOTLINES = 'duong-day-nong/';

/** [what is typed, the route (relative to the base path) that must be in the top 3] */
const QUERIES: [string, string][] = [
  ['Đăng ký khai sinh', 'thu-tuc/dang-ky-khai-sinh/'],
  ['dang ky khai sinh', 'thu-tuc/dang-ky-khai-sinh/'],
  ['DANG KY KHAI SINH', 'thu-tuc/dang-ky-khai-sinh/'],
  ['Đăng ký khai sinh'.normalize('NFD'), 'thu-tuc/dang-ky-khai-sinh/'],
  ['1.001193', 'thu-tuc/dang-ky-khai-sinh/'],
  ['1001193', 'thu-tuc/dang-ky-khai-sinh/'],
  ['duong day nong', HOTLINES],
  ['Đường dây nóng', HOTLINES],
  ['đường dây nóng'.normalize('NFD'), HOTLINES],
  // A hotline's own record found by its đ-words typed with d (the record's folded copy).
  ['duong day nong chu tich', `${HOTLINES}#chu-tich-ubnd-xa`],
  ['chung thuc', 'thu-tuc/chung-thuc-'],
  ['chứng thực chữ ký', 'thu-tuc/chung-thuc-chu-ky/'],
  ['diem chi', 'thu-tuc/chung-thuc-chu-ky/'],
  ['1022', `${HOTLINES}#tong-dai-1022-thanh-pho-can-tho`],
  ['111', `${HOTLINES}#tong-dai-bao-ve-tre-em-111`],
  ['113', `${HOTLINES}#cong-an-113`],
  ['115', `${HOTLINES}#cap-cuu-y-te-115`],
  ['02923861246', `${HOTLINES}#trung-tam-phuc-vu-hanh-chinh-cong-xa`],
  ['0292 3861 246', `${HOTLINES}#trung-tam-phuc-vu-hanh-chinh-cong-xa`],
  ['dang ky ket hon', 'thu-tuc/dang-ky-ket-hon/'],
  ['dang ky thuong tru', 'thu-tuc/dang-ky-thuong-tru/'],
  ['trich luc ho tich', 'thu-tuc/cap-ban-sao-trich-luc-ho-tich/'],
  ['UBND xã Hoà An ban hành kế hoạch 2025', 'tin-tuc/ubnd-xa-hoa-an-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2025/'],
  ['UBND xã Hòa An ban hành kế hoạch 2025', 'tin-tuc/ubnd-xa-hoa-an-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2025/'],
  ['vneid', 'tin-tuc/ho-tro-nguoi-dan-kich-hoat-tai-khoan-dinh-danh-dien-tu-vneid-tai-ap/'],
  ['dinh danh dien tu', 'tin-tuc/ho-tro-nguoi-dan-kich-hoat-tai-khoan-dinh-danh-dien-tu-vneid-tai-ap/'],
  ['tu phap ho tich', 'mo-hinh/cong-chuc-tu-phap-ho-tich-nguyen-thi-thu-trang/'],
  ['cuoc thi truc tuyen tim hieu cai cach hanh chinh 2026', 'cuoc-thi/cuoc-thi-truc-tuyen-tim-hieu-cai-cach-hanh-chinh-nam-2026/'],
  ['thanh toan khong dung tien mat', 'tin-tuc/trien-khai-thanh-toan-phi-le-phi-khong-dung-tien-mat-tai-bo-phan-mot-cua/'],
];

interface Hit {
  href: string;
  type: string;
  title: string;
  marks: string[];
}

async function searchFor(page: Page, siteUrl: string, query: string, extra = ''): Promise<{ status: string; hits: Hit[] }> {
  await page.goto(`${siteUrl}tim-kiem/?q=${encodeURIComponent(query)}${extra}`);
  return readResults(page);
}

async function readResults(page: Page): Promise<{ status: string; hits: Hit[] }> {
  const status = page.locator('[data-search-status]');
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/Tìm thấy|Không tìm thấy|Có \d+|Không có/);
  const hits = await page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('h2 a')?.getAttribute('href') ?? '',
      type: item.querySelector('.search-result__type')?.textContent ?? '',
      title: item.querySelector('h2')?.textContent ?? '',
      marks: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
    })),
  );
  return { status: (await status.textContent()) ?? '', hits };
}

for (const [label, siteDir, basePath] of [
  ['at the root', ROOT_SITE, '/'],
  ['under /cchc/', SUBPATH_SITE, SUBPATH],
] as const) {
  describe(`search ${label}`, () => {
    let browser: Browser;
    let server: RunningServer;
    let guarded: GuardedContext;
    let page: Page;
    const requested: string[] = [];

    beforeAll(async () => {
      server = await serveSite(siteDir, basePath);
      browser = await launchBrowser();
      guarded = await newGuardedContext(browser);
      page = await guarded.newPage();
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it.each(QUERIES)('“%s” brings %s into the top 3', async (query, route) => {
      const { hits } = await searchFor(page, server.url, query);
      const top = hits.slice(0, 3).map((hit) => hit.href);
      expect(top.some((href) => href.startsWith(`${basePath}${route}`)), `top 3: ${top.join(', ')}`).toBe(true);
    });

    it('links every result and loads the index under the base path, and nothing outside the site', async () => {
      const { hits } = await searchFor(page, server.url, 'thu tuc');
      expect(hits.length).toBeGreaterThan(3);
      for (const hit of hits) expect(hit.href.startsWith(basePath)).toBe(true);
      const pagefindFiles = requested.filter((path) => path.includes('/pagefind/'));
      expect(pagefindFiles.length).toBeGreaterThan(0);
      for (const path of pagefindFiles) expect(path.startsWith(`${basePath}pagefind/`)).toBe(true);
      // The sample news are all recent: no archive bundle, no box offering it, nothing fetched for it.
      expect(requested.filter((path) => path.includes('pagefind-luu-tru'))).toEqual([]);
      expect(await page.locator('input[name="luutru"]').count()).toBe(0);
      expect(guarded.outsideRequests).toEqual([]);
      expect(guarded.consoleErrors).toEqual([]);
    });

    it('cuts the index into small chunks, so each word of a query costs a few KB', () => {
      // Pagefind's default (20,000 positions a chunk) puts the whole sample in two chunks of ≈ 25 KB.
      const chunks = readdirSync(join(siteDir, 'pagefind', 'index')).map((file) => statSync(join(siteDir, 'pagefind', 'index', file)).size);
      expect(chunks.length).toBeGreaterThanOrEqual(5);
      expect(Math.max(...chunks)).toBeLessThan(12 * 1024);
    });

    it('leaves near-universal words out of what the index is asked, says so, and still finds the page', async () => {
      // The sample is too small for such words (every chunk is small): the build writes an empty list.
      const written = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'tu-pho-bien.json'), 'utf8')) as { pages: number; words: object };
      expect(written.pages).toBeGreaterThan(20);
      expect(written.words).toEqual({});
      const note = page.locator('.search-skipped');
      await page.route('**/pagefind/tu-pho-bien.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify({ pages: 5000, words: { dang: 0.9, ky: 0.97 } }) }),
      );
      try {
        const { hits } = await searchFor(page, server.url, 'dang ky khai sinh');
        expect(hits.slice(0, 3).map((hit) => hit.href)).toContain(`${basePath}thu-tuc/dang-ky-khai-sinh/`);
        await expect.poll(() => note.isVisible()).toBe(true);
        expect(await note.textContent()).toMatch(/“dang”, “ky” để lọc kết quả vì các từ này có ở gần như mọi trang/);
      } finally {
        await page.unroute('**/pagefind/tu-pho-bien.json');
      }
      await searchFor(page, server.url, 'dang ky khai sinh');
      expect(await note.isVisible()).toBe(false);
    });

    it('shows the type, the accented words highlighted for an unaccented query, and the count in a live region', async () => {
      const { status, hits } = await searchFor(page, server.url, 'dang ky khai sinh');
      expect(status).toMatch(/^Tìm thấy \d+ kết quả cho “dang ky khai sinh”/);
      expect(await page.locator('[data-search-status]').getAttribute('role')).toBe('status');
      const procedure = hits.find((hit) => hit.href.endsWith('thu-tuc/dang-ky-khai-sinh/'));
      expect(procedure?.type).toBe('Thủ tục');
      expect(hits[0]?.title).toBe('Đăng ký khai sinh');
      expect(procedure?.marks.join(' ')).toMatch(/Đăng ký khai sinh/i);
      const news = hits.find((hit) => hit.type === 'Tin tức');
      expect(news).toBeDefined();
      await expect.poll(() => page.locator('.search-result__meta', { hasText: 'Ngày đăng' }).count()).toBeGreaterThan(0);
    });

    it('a hotline result offers the number to call', async () => {
      await searchFor(page, server.url, '1022');
      const call = page.locator('.search-result').first().locator('a[href^="tel:"]');
      expect(await call.textContent()).toContain('1022');
      expect(await call.getAttribute('href')).toBe('tel:1022');
      // A landline: dialled in international form, shown as written locally.
      await searchFor(page, server.url, '02923861246');
      const landline = page.locator('.search-result').first().locator('a[href^="tel:"]');
      expect(await landline.textContent()).toBe('0292.3861.246');
      expect(await landline.getAttribute('href')).toBe('tel:+842923861246');
    });

    it('a query typed with marks ranks the exact spelling first', async () => {
      // "hồ sơ" (file) and "hộ" (household) fold to the same letters; the first must be exact.
      const { hits } = await searchFor(page, server.url, 'hộ kinh doanh');
      expect(hits[0]?.title.toLowerCase()).toContain('hộ kinh doanh');
      const { hits: files } = await searchFor(page, server.url, 'hồ sơ');
      expect(files.slice(0, 3).every((hit) => hit.title.toLowerCase().includes('hồ sơ'))).toBe(true);
    });

    it('filters by type and by procedure field, from the URL and from the menus', async () => {
      const { hits } = await searchFor(page, server.url, 'dang ky', '&loai=Th%E1%BB%A7%20t%E1%BB%A5c');
      expect(hits.length).toBeGreaterThan(0);
      expect(new Set(hits.map((hit) => hit.type))).toEqual(new Set(['Thủ tục']));
      expect(await page.locator('#loc-loai').inputValue()).toBe('Thủ tục');

      await page.goto(`${server.url}tim-kiem/`);
      // The filters are folded behind one control (a phone's first screen is for results).
      await page.locator('.search-filters summary').click();
      await page.locator('#loc-linhvuc').selectOption('Chứng thực');
      const field = await readResults(page);
      expect(field.hits.map((hit) => hit.href).sort()).toEqual(
        [`${basePath}thu-tuc/chung-thuc-ban-sao-tu-ban-chinh/`, `${basePath}thu-tuc/chung-thuc-chu-ky/`].sort(),
      );
      expect(page.url()).toContain('linhvuc=');
    });

    it('sorts news newest first', async () => {
      const { hits } = await searchFor(page, server.url, 'cai cach hanh chinh', '&loai=Tin%20t%E1%BB%A9c&sapxep=moi-nhat');
      const dates = await page
        .locator('.search-result__meta')
        .evaluateAll((nodes) => nodes.map((node) => /(\d{2})\/(\d{2})\/(\d{4})/.exec(node.textContent ?? '')).map((m) => (m ? `${m[3]}-${m[2]}-${m[1]}` : '')));
      expect(hits.length).toBeGreaterThan(3);
      expect(dates.every(Boolean)).toBe(true);
      expect([...dates].sort().reverse()).toEqual(dates);
    });

    it('the header search box of a content page (no JavaScript there) leads to results', async () => {
      const scripts: string[] = [];
      const listener = (request: { url: () => string }) => {
        if (request.url().endsWith('.js')) scripts.push(request.url());
      };
      page.on('request', listener);
      await page.goto(`${server.url}thu-tuc/dang-ky-khai-sinh/`);
      expect(scripts).toEqual([]);
      page.off('request', listener);
      await page.locator('header input[name="q"]').fill('chung thuc');
      await page.locator('header input[name="q"]').press('Enter');
      await page.waitForURL(/tim-kiem\/\?q=chung\+thuc/);
      const { hits } = await readResults(page);
      expect(hits[0]?.href).toContain(`${basePath}thu-tuc/chung-thuc-`);
    });

    it('keyboard: typing and Enter in the page box searches without leaving the page', async () => {
      await page.goto(`${server.url}tim-kiem/`);
      await page.locator('#o-tim-kiem-trang').fill('115');
      await page.keyboard.press('Enter');
      const { hits } = await readResults(page);
      expect(hits[0]?.href).toBe(`${basePath}duong-day-nong/#cap-cuu-y-te-115`);
      expect(page.url()).toContain('q=115');
    });

    it('says plainly when nothing matches', async () => {
      const { status, hits } = await searchFor(page, server.url, 'xyzqwv');
      expect(hits).toEqual([]);
      expect(status).toContain('Không tìm thấy kết quả nào cho “xyzqwv”');
    });
  });
}

describe('older news in the archive bundle (sample built with a 12-month window, the archive in parts)', () => {
  const site = join(TEST_BUILDS, 'archive');
  let browser: Browser;
  let server: RunningServer;
  let guarded: GuardedContext;
  let page: Page;
  const requested: string[] = [];
  const ARCHIVED = 'tin-tuc/can-bo-cong-chuc-xa-ky-so-van-ban-tren-he-thong-quan-ly-van-ban/';

  beforeAll(async () => {
    if (process.env.SKIP_TEST_BUILD !== '1' || !existsSync(join(site, 'index.html'))) {
      rmSync(site, { recursive: true, force: true });
      const result = buildSite({
        OUT_DIR: site,
        BASE_PATH: '/',
        SITE_URL: TEST_SITE_URL,
        BUILD_DATE: TEST_BUILD_DATE,
        CONTENT_DIR: '',
        SEARCH_RECENT_MONTHS: '12',
        // In parts of 7 pages (three parts), as a large archive is in parts of 2,000, to search them as one.
        SEARCH_ARCHIVE_PART: '7',
        ASTRO_CACHE_DIR: join(TEST_BUILDS, 'astro-cache-archive'),
      });
      if (result.status !== 0) throw new Error(result.output);
    }
    server = await serveSite(site, '/');
    browser = await launchBrowser();
    guarded = await newGuardedContext(browser);
    page = await guarded.newPage();
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a first search stays in the recent bundle and offers the older news with a button', async () => {
    requested.length = 0;
    const { hits } = await searchFor(page, server.url, 'ky so van ban');
    expect(hits.map((hit) => hit.href)).not.toContain(`/${ARCHIVED}`);
    expect(requested.some((path) => path.startsWith('/pagefind-luu-tru/'))).toBe(false);
    const hint = page.locator('[data-search-archive-hint]');
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toContain('22/11/2025');

    // By keyboard, as a person without a mouse would.
    await hint.getByRole('button', { name: 'Tìm cả tin cũ' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readResults(page)).hits.slice(0, 3).map((hit) => hit.href)).toContain(`/${ARCHIVED}`);
    const archived = (await readResults(page)).hits.find((hit) => hit.href === `/${ARCHIVED}`);
    expect(archived?.type).toBe('Tin tức');
    expect(page.url()).toContain('luutru=1');
    expect(await page.locator('#loc-luu-tru').isChecked()).toBe(true);
    expect(requested.some((path) => path.startsWith('/pagefind-luu-tru/'))).toBe(true);
    expect(requested.some((path) => path.startsWith('/pagefind-luu-tru-2/'))).toBe(true);
    expect(requested.some((path) => path.startsWith('/pagefind-luu-tru-3/'))).toBe(true);
    expect(guarded.outsideRequests).toEqual([]);
    expect(guarded.consoleErrors).toEqual([]);
  });

  it('a year that only the archive holds searches it at once', async () => {
    // With words: a filter alone lists its matches in the index's own order, and which ten come
    // first is not what this test is about.
    requested.length = 0;
    const { hits } = await searchFor(page, server.url, 'ky so van ban', '&nam=2025&loai=Tin%20t%E1%BB%A9c');
    expect(hits.map((hit) => hit.href)).toContain(`/${ARCHIVED}`);
    expect(requested.some((path) => path.startsWith('/pagefind-luu-tru/'))).toBe(true);
  });

  it('the parts of the archive answer as one list: by newest, every news of a year in date order', async () => {
    const bundleUrls = (bundle: string) =>
      readdirSync(join(site, bundle, 'fragment')).flatMap((file) => {
        const data = JSON.parse(gunzipSync(readFileSync(join(site, bundle, 'fragment', file))).subarray('pagefind_dcd'.length).toString('utf8')) as unknown;
        return (Array.isArray(data) ? data : 'url' in (data as object) ? [data] : Object.values(data as object)).map((item) => (item as { url: string }).url);
      });
    const { archiveParts } = JSON.parse(readFileSync(join(site, 'pagefind', 'tu-pho-bien.json'), 'utf8')) as { archiveParts: string[] };
    expect(archiveParts).toEqual(['pagefind-luu-tru/', 'pagefind-luu-tru-2/', 'pagefind-luu-tru-3/']);
    const newsOfParts = archiveParts.map((part) => bundleUrls(part).filter((url) => url.startsWith('/tin-tuc/')));
    expect(newsOfParts.filter((urls) => urls.length > 0).length).toBeGreaterThanOrEqual(2);

    await searchFor(page, server.url, '', '&nam=2025&loai=Tin%20t%E1%BB%A9c&sapxep=moi-nhat');
    const moreButton = page.locator('[data-search-more]');
    while (await moreButton.isVisible()) {
      const before = await page.locator('.search-result').count();
      await moreButton.click();
      await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(before);
    }
    const hrefs = (await readResults(page)).hits.map((hit) => hit.href);
    for (const url of newsOfParts.flat()) expect(hrefs).toContain(url);
    const dayOf = (href: string) => /<time datetime="(\d{4}-\d{2}-\d{2})/.exec(readFileSync(join(site, href, 'index.html'), 'utf8'))?.[1] ?? '';
    const days = hrefs.map(dayOf);
    expect(days.every((day) => day.startsWith('2025-'))).toBe(true);
    expect(days).toEqual([...days].sort().reverse());
  });

  it('a bulletin issue goes where its newest article goes: older issues leave the recent bundle', () => {
    // The page table of the recent bundle is part of every first query: ten years of weekly issues
    // were 523 of its 3,388 pages at 10,000 entries.
    const issuesIn = (siteDir: string) =>
      readdirSync(join(siteDir, 'pagefind', 'fragment'))
        .map((file) => (JSON.parse(gunzipSync(readFileSync(join(siteDir, 'pagefind', 'fragment', file))).subarray('pagefind_dcd'.length).toString('utf8')) as { url: string }).url)
        .filter((url) => url.startsWith('/ban-tin/') && url !== '/ban-tin/');
    const recent = issuesIn(site);
    // First issue of 2025 (news of 10 January 2025, before the cutoff of 22 November 2025).
    expect(recent).not.toContain('/ban-tin/2025/1/');
    expect(recent).toContain('/ban-tin/2026/1/');
    // With the default 24-month window the same issue is a recent one.
    expect(issuesIn(ROOT_SITE)).toContain('/ban-tin/2025/1/');
  });

  it('a type the archive does not hold never loads it nor offers it', async () => {
    requested.length = 0;
    await searchFor(page, server.url, 'dang ky', '&loai=Th%E1%BB%A7%20t%E1%BB%A5c');
    expect(await page.locator('[data-search-archive-hint]').isVisible()).toBe(false);
    expect(requested.some((path) => path.startsWith('/pagefind-luu-tru/'))).toBe(false);
  });
});

describe('search page without JavaScript', () => {
  it('explains it and points to the lists', async () => {
    const server = await serveSite(ROOT_SITE, '/');
    const browser = await launchBrowser();
    try {
      const guarded = await newGuardedContext(browser, { javaScriptEnabled: false });
      const page = await guarded.newPage();
      await page.goto(`${server.url}tim-kiem/?q=1022`);
      await expect.poll(() => page.locator('main').innerText()).toContain('Trang tìm kiếm cần JavaScript');
      expect(await page.locator('main a[href="/thu-tuc/"]').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-search-filters]').isVisible()).toBe(false);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
