/**
 * The plan tracker and the weekly e-bulletin as built from the sample content on the test build
 * day (2026-11-22): the numbers and states a reader sees, evidence links that lead to real pages,
 * the CSV, the unit pages, the issues and their email files, the feed of issues; at the root and
 * under /cchc/. `npm run report` computes the same table from the content folder.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanProgress } from '../../src/plan/load.ts';
import { planCsv } from '../../src/plan/table.ts';
import { loadPage, textOf } from '../helpers/html.ts';
import { publishedNews } from '../helpers/sample-content.ts';
import { PROJECT_ROOT, ROOT_SITE, SUBPATH_SITE, TEST_BUILD_DATE, TEST_SITE_URL, readBuilt } from '../helpers/sites.ts';

const SITES = [
  { name: 'root', dir: ROOT_SITE, base: '/' },
  { name: '/cchc/', dir: SUBPATH_SITE, base: '/cchc/' },
] as const;

/** A site-absolute link (with the base path) → the built file it must open. */
function fileOf(dir: string, base: string, link: string): string {
  expect(link.startsWith(base), `${link} under ${base}`).toBe(true);
  const relative = decodeURIComponent(link.slice(base.length));
  return join(dir, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative);
}

/** Row of the plan table by activity id: what a reader sees in each column. */
function row(dir: string, id: string) {
  const page = loadPage(dir, 'ke-hoach/');
  const tr = page.querySelector(`#hd-${id}`);
  expect(tr, `activity ${id} on /ke-hoach/`).not.toBeNull();
  const cell = (label: string) => textOf(tr!.querySelector(`[data-label="${label}"]`));
  return {
    tr: tr!,
    numbers: textOf(tr!.querySelector('.plan-progress__numbers')),
    state: cell('Tình trạng'),
    due: cell('Thời hạn'),
    lead: cell('Đơn vị chủ trì'),
    barWidth: Number(tr!.querySelector('.plan-progress__fill')?.getAttribute('width')),
    evidence: tr!.querySelectorAll('.plan-evidence a').map((a) => ({ text: textOf(a), href: a.getAttribute('href') ?? '' })),
    section: textOf(tr!.closest('section')?.querySelector('h2')),
  };
}

describe.each(SITES)('plan page built at $name', ({ dir, base }) => {
  it('shows measured activities with the counted numbers, their state and links to what was counted', () => {
    const office = row(dir, 'tin-bai-chi-dao-dieu-hanh');
    expect(office).toMatchObject({ numbers: '5/12 (42%)', state: 'Đang làm', due: 'Cả năm 2026', section: 'Tin, bài trên trang' });
    expect(office.barWidth).toBeCloseTo(41.7, 1);
    expect(office.evidence.map((e) => e.text)).toEqual([
      'UBND xã ban hành Kế hoạch cải cách hành chính năm 2026',
      'Kiểm tra công tác cải cách hành chính quý I năm 2026',
      'Đánh giá cán bộ, công chức xã theo kết quả, sản phẩm cụ thể',
      'Sơ kết cải cách hành chính 6 tháng đầu năm 2026',
      'Lấy ý kiến Nhân dân về dự thảo Quy chế tiếp nhận, xử lý phản ánh, kiến nghị',
    ]);
    for (const link of office.evidence) expect(existsSync(fileOf(dir, base, link.href)), link.href).toBe(true);

    expect(row(dir, 'tin-bai-chuyen-doi-so')).toMatchObject({ numbers: '2/2 (100%)', state: 'Hoàn thành', due: 'Quý II/2026', barWidth: 100 });
    expect(row(dir, 'tin-bai-phong-kinh-te')).toMatchObject({ numbers: '2/4 (50%)', state: 'Quá hạn', due: 'Tháng 6/2026' });
    const bulletins = row(dir, 'ban-tin-dien-tu');
    expect(bulletins).toMatchObject({ numbers: '13/52 (25%)', state: 'Đang làm', section: 'Bản tin điện tử' });
    expect(bulletins.evidence[0]).toEqual({ text: 'Bản tin CCHC số 1/2026', href: `${base}ban-tin/2026/1/` });
    // Five shown, the other eight behind a "more" fold: every issue of 2026 is reachable.
    expect(bulletins.evidence).toHaveLength(13);
    expect(row(dir, 'cuoc-thi-tim-hieu-cchc')).toMatchObject({ numbers: '1/1 (100%)', state: 'Hoàn thành' });
    const plan = row(dir, 'ban-hanh-ke-hoach');
    expect(plan).toMatchObject({ numbers: '1/1 (100%)', state: 'Hoàn thành' });
    expect(existsSync(fileOf(dir, base, plan.evidence[0]!.href))).toBe(true);
    expect(row(dir, 'bao-cao-dinh-ky')).toMatchObject({ numbers: '1/4 (25%)', state: 'Đang làm' });
  });

  it('shows hand-entered activities as entered, saying so, with the state their deadline gives', () => {
    expect(row(dir, 'hoi-nghi-doi-thoai')).toMatchObject({ numbers: '1/1 (100%)', state: 'Hoàn thành' });
    expect(textOf(row(dir, 'hoi-nghi-doi-thoai').tr)).toContain('Đơn vị tự cập nhật');
    expect(row(dir, 'toa-dam-nguoi-dan-so')).toMatchObject({ numbers: '0/1 (0%)', state: 'Chưa đến hạn', due: 'Tháng 12/2026' });
    expect(row(dir, 'pano-tru-so-va-ap')).toMatchObject({ numbers: '4/6 (67%)', state: 'Quá hạn', due: '30/06/2026' });
    expect(row(dir, 'loa-truyen-thanh')).toMatchObject({ numbers: '20/24 (83%)', state: 'Đang làm', section: 'Phát thanh (loa truyền thanh)' });
    expect(row(dir, 'video-huong-dan').lead).toBe('Đoàn Thanh niên xã Phối hợp: Công an xã, Trung tâm PVHCC xã');
  });

  it('groups activities by form in the plans order, sums them up, and links the CSV and each unit', () => {
    const page = loadPage(dir, 'ke-hoach/');
    expect(page.querySelectorAll('main h2, [data-pagefind-body] h2').map(textOf).filter((t) => t !== 'Theo đơn vị chủ trì')).toEqual([
      'Tin, bài trên trang',
      'Bản tin điện tử',
      'Cuộc thi',
      'Hội nghị, tọa đàm',
      'Pa-nô, áp phích, tờ rơi',
      'Phát thanh (loa truyền thanh)',
      'Video, phóng sự',
      'Hoạt động khác',
    ]);
    expect(textOf(page.querySelector('.plan-summary'))).toBe('4/14 hoạt động đã hoàn thành, 2 hoạt động quá hạn');
    expect(page.querySelectorAll('tbody tr')).toHaveLength(14);
    expect(page.querySelectorAll('script')).toHaveLength(0);
    const csv = page.querySelector('a[download]')?.getAttribute('href') ?? '';
    expect(csv).toBe(`${base}ke-hoach/ke-hoach-2026.csv`);
    for (const link of page.querySelectorAll('.plan-units a')) expect(existsSync(fileOf(dir, base, link.getAttribute('href') ?? '')), link.getAttribute('href')).toBe(true);
    expect(page.querySelector('.site-nav a[aria-current="page"]')?.getAttribute('href')).toBe(`${base}ke-hoach/`);
  });

  it('has a page per unit with what it leads and what it partners in', () => {
    const page = loadPage(dir, 'ke-hoach/don-vi/doan-thanh-nien/');
    const sections = page.querySelectorAll('.plan-unit section').map((section) => ({
      heading: textOf(section.querySelector('h2')),
      ids: section.querySelectorAll('tbody tr').map((tr) => tr.getAttribute('id')),
    }));
    expect(sections).toEqual([
      { heading: 'Đơn vị chủ trì', ids: ['hd-toa-dam-nguoi-dan-so', 'hd-video-huong-dan'] },
      { heading: 'Đơn vị phối hợp', ids: ['hd-tin-bai-chuyen-doi-so', 'hd-cuoc-thi-tim-hieu-cchc'] },
    ]);
    expect(textOf(page.querySelector('h1'))).toBe('Hoạt động tuyên truyền CCHC năm 2026 của Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Hòa An');
  });
});

describe('plan CSV', () => {
  const csv = readFileSync(join(ROOT_SITE, 'ke-hoach/ke-hoach-2026.csv'), 'utf8');
  it('opens in Excel (BOM, CRLF) with a header and one line per activity', () => {
    expect(csv.startsWith('\uFEFFTT,Mã hoạt động,Hoạt động,Hình thức,Đơn vị chủ trì,')).toBe(true);
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(15);
    expect(lines[4]).toBe('4,tin-bai-phong-kinh-te,"Tin, bài của Phòng Kinh tế về thu ngân sách, phí, lệ phí không dùng tiền mặt","Tin, bài trên trang",Phòng Kinh tế,,Tháng 6/2026,4,2,50,Quá hạn,Đếm từ nội dung trang,');
  });

  it('is the same table npm run report writes from the content folder', async () => {
    const { progress, unitNames } = await loadPlanProgress(join(PROJECT_ROOT, 'content'), TEST_BUILD_DATE);
    expect(planCsv(progress!, (id) => unitNames.get(id) ?? id)).toBe(csv);
  });

  it('neutralises a cell that a spreadsheet would run as a formula', async () => {
    const { progress } = await loadPlanProgress(join(PROJECT_ROOT, 'content'), TEST_BUILD_DATE);
    const first = progress!.activities[0]!;
    const hostile = { ...progress!, activities: [{ ...first, activity: { ...first.activity, title: '=HYPERLINK("http://x","y")', note: '+1' } }] };
    const line = planCsv(hostile, () => '@unit').split('\r\n')[1]!;
    expect(line).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(line).toContain(`'@unit`);
    expect(line.endsWith(`,'+1`)).toBe(true);
  });
});

/** 2026's sample news fall in 13 ISO weeks; 2025's in 12. */
const WEEKS_2026 = 13;

describe.each(SITES)('e-bulletin built at $name', ({ dir, base }) => {
  it('lists one issue per week with news, numbered within each year', () => {
    const page = loadPage(dir, 'ban-tin/');
    const items = page.querySelectorAll('.bulletin-list li a').map(textOf);
    expect(items.filter((text) => text.endsWith('/2026'))).toEqual(Array.from({ length: WEEKS_2026 }, (_, i) => `Bản tin CCHC số ${WEEKS_2026 - i}/2026`));
    expect(items.at(-1)).toBe('Bản tin CCHC số 1/2025');
    // The test build day is a Sunday with no news that week: no issue is still running.
    expect(page.querySelectorAll('.bulletin-badge')).toHaveLength(0);
  });

  it('shows an issue with its week, the editor\u2019s note and each article\u2019s headline, lead and image', () => {
    const issue = loadPage(dir, 'ban-tin/2026/12/');
    expect(textOf(issue.querySelector('h1'))).toBe('Bản tin CCHC số 12/2026');
    expect(textOf(issue.querySelector('.meta'))).toContain('Tuần từ 28/09/2026 đến 04/10/2026');
    const article = issue.querySelector('.bulletin-article')!;
    expect(textOf(article.querySelector('h3'))).toBe('Phát động Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm 2026');
    expect(textOf(article)).toContain('Cuộc thi diễn ra từ ngày 01/10 đến ngày 31/12/2026');
    const img = article.querySelector('img')!;
    expect(img.getAttribute('alt')).toMatch(/Máy tính xách tay/);
    expect(existsSync(fileOf(dir, base, img.getAttribute('src') ?? ''))).toBe(true);
    expect(issue.querySelector('.bulletin-note')).toBeNull();

    const withNote = loadPage(dir, 'ban-tin/2026/13/');
    expect(textOf(withNote.querySelector('.bulletin-note'))).toMatch(/^Lời ban biên tập Mười tháng năm 2026, hơn 72% hồ sơ/);
    expect(withNote.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(`${base}ban-tin/2026/12/`);
    expect(withNote.querySelectorAll('script')).toHaveLength(0);
  });

  it('holds in each issue exactly the published articles dated in its week', () => {
    const published = new Set(publishedNews().map((item) => item.title));
    const titles = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].flatMap((n) => loadPage(dir, `ban-tin/2026/${n}/`).querySelectorAll('.bulletin-article h3').map(textOf));
    expect(titles).toHaveLength(WEEKS_2026); // one article in each 2026 week of the sample
    for (const title of titles) expect(published.has(title), title).toBe(true);
    expect(titles.some((title) => title.includes('2027'))).toBe(false);
  });
});

describe.each(SITES)('email file of an issue built at $name', ({ dir, base }) => {
  const file = join(dir, 'ban-tin/2026/12/email.html');
  const html = readFileSync(file, 'utf8');
  const origin = `${TEST_SITE_URL}${base}`;

  it('is self-contained: no script, no stylesheet, table layout, inline styles, under 100 KB', () => {
    expect(statSync(file).size).toBeLessThan(100 * 1024);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html).not.toMatch(/<style/i);
    expect(html).toMatch(/<table role="presentation"/);
    expect(html).toContain('Bản tin CCHC số 12/2026');
  });

  it('links and shows images by absolute URL on the site, each pointing at a built file', () => {
    const page = loadPage(dir, 'ban-tin/2026/12/email.html');
    const urls = [...page.querySelectorAll('a').map((a) => a.getAttribute('href') ?? ''), ...page.querySelectorAll('img').map((img) => img.getAttribute('src') ?? '')];
    expect(page.querySelectorAll('img')).toHaveLength(1);
    for (const url of urls) {
      expect(url.startsWith(origin), url).toBe(true);
      expect(existsSync(fileOf(dir, base, new URL(url).pathname)), url).toBe(true);
    }
    expect(page.querySelector('img')?.getAttribute('alt')).toMatch(/Máy tính xách tay/);
  });

  it('carries the editor\u2019s note when there is one', () => {
    expect(readBuilt(dir, 'ban-tin/2026/13/email.html')).toContain('Lời ban biên tập');
  });
});

describe('feed of issues', () => {
  it('has one item per issue, newest first, with absolute links', () => {
    const rss = readFileSync(join(SUBPATH_SITE, 'ban-tin/rss.xml'), 'utf8');
    const links = [...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links[0]).toBe(`${TEST_SITE_URL}/cchc/ban-tin/2026/13/`);
    expect(links).toHaveLength(20);
    const atom = readFileSync(join(ROOT_SITE, 'ban-tin/atom.xml'), 'utf8');
    expect(atom).toContain('<title type="text">Bản tin CCHC số 13/2026</title>');
  });
});
