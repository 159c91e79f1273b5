/**
 * Models, contests and indices as a visitor meets them in the built sample site: charts whose
 * figures match the data table and indices.yaml, filters and sort orders that work as plain links,
 * a printable winners list, no script, nothing for axe to report; and a bad results CSV that stops
 * the build with the file, line and column.
 */
import AxeBuilder from '@axe-core/playwright';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { RunningServer } from '../../scripts/lib/static-server.ts';
import { launchBrowser, newGuardedContext, serveSite } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { PROJECT_ROOT, readBuilt, ROOT_SITE, SUBPATH_SITE } from '../helpers/sites.ts';

const CONTENT = join(PROJECT_ROOT, 'content');
const vn = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
const all = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);

interface IndexRow {
  index: string;
  year: number;
  score: number;
  rank?: number;
  of?: number;
}
const indexRows = (parseYaml(readFileSync(join(CONTENT, 'indices.yaml'), 'utf8')) ?? []) as IndexRow[];

/** The first contest with published results, and its results page's path. */
const contestPage = (() => {
  const html = readBuilt(ROOT_SITE, 'cuoc-thi/');
  const ids = all(html, /href="\/cuoc-thi\/([a-z0-9-]+)\/"/g);
  const id = ids.find((candidate) => existsSync(join(ROOT_SITE, 'cuoc-thi', candidate, 'danh-sach-doat-giai', 'index.html')));
  if (!id) throw new Error('the sample content has no contest with results');
  return id;
})();

describe('/chi-so/: each index as charts and a table with the same figures', () => {
  const html = readBuilt(ROOT_SITE, 'chi-so/');
  const kinds = [...new Set(indexRows.map((r) => r.index))];

  it.each(kinds)('%s: a score bar chart and a rank line chart, both named and described', (kind) => {
    const section = html.split(`<section class="index-section" aria-labelledby="chi-so-${kind}">`)[1]!.split('</section>')[0]!;
    const svgs = all(section, /(<svg[\s\S]*?<\/svg>)/g);
    const rows = indexRows.filter((r) => r.index === kind).sort((a, b) => a.year - b.year);
    const ranked = rows.filter((r) => r.rank !== undefined);
    expect(svgs).toHaveLength(ranked.length > 0 ? 2 : 1);
    for (const svg of svgs) {
      const [titleId, descId] = svg.match(/aria-labelledby="([^" ]+) ([^"]+)"/)!.slice(1);
      expect(svg).toMatch(/role="img"/);
      expect(svg).toContain(`<title id="${titleId}">`);
      expect(svg).toContain(`<desc id="${descId}">`);
      expect(svg).toContain('chart__axis--x');
      expect(svg).toContain('chart__axis--y');
      expect(all(svg, /<text class="chart__tick"[^>]*>(\d{4})<\/text>/g)).toEqual(rows.map((r) => String(r.year)));
    }
    // Scores: written on the bars, said in the description and shown in the table.
    const scoreSvg = svgs[0]!;
    const scores = rows.map((r) => vn(r.score));
    expect(all(scoreSvg, /<text class="chart__value"[^>]*>([^<]+)<\/text>/g)).toEqual(scores);
    const description = scoreSvg.match(/<desc[^>]*>([^<]+)<\/desc>/)![1]!;
    for (const score of scores) expect(description).toContain(score);
    const table = section.split('<table')[1]!;
    expect(all(table, /<td class="num">([^<]*)<\/td>/g).filter((_, i) => i % (ranked.length > 0 ? 2 : 1) === 0)).toEqual(scores);
    if (ranked.length > 0) {
      const ranks = ranked.map((r) => (r.of ? `${r.rank}/${r.of}` : `${r.rank}`));
      expect(all(svgs[1]!, /<text class="chart__value"[^>]*>([^<]+)<\/text>/g)).toEqual(ranks);
      for (const rank of ranks) expect(textOf(table)).toContain(rank);
    }
  });

  it('sums up the latest year of each index, on this page and on the home page', () => {
    const home = readBuilt(ROOT_SITE, '');
    for (const kind of kinds) {
      const latest = indexRows.filter((r) => r.index === kind).sort((a, b) => b.year - a.year)[0]!;
      for (const page of [html, home]) {
        const card = page.split(`#chi-so-${kind}"`)[1]!.split('</li>')[0]!;
        expect(textOf(card)).toContain(`Kết quả năm ${latest.year}`);
        expect(textOf(card)).toContain(`${vn(latest.score)} điểm`);
      }
    }
  });
});

describe('/mo-hinh/: filters by area and year as links to pre-rendered pages', () => {
  const index = readBuilt(ROOT_SITE, 'mo-hinh/');
  const total = all(index, /<article class="card model-card">/g).length;

  it('lists every model and links to one page per area and per year that has models', () => {
    expect(total).toBeGreaterThan(0);
    expect(textOf(index)).toContain(`Đang hiển thị ${total} trên ${total} mô hình.`);
    const filterLinks = all(index, /href="\/mo-hinh\/((?:linh-vuc|nam)\/[a-z0-9-]+)\/"/g);
    expect(filterLinks.some((l) => l.startsWith('linh-vuc/'))).toBe(true);
    expect(filterLinks.some((l) => l.startsWith('nam/'))).toBe(true);
    for (const link of new Set(filterLinks)) expect(existsSync(join(ROOT_SITE, 'mo-hinh', link, 'index.html'))).toBe(true);
  });

  it('shows on a year page only the models of that year, and marks the chosen filter', () => {
    const year = all(index, /href="\/mo-hinh\/nam\/(\d{4})\/"/g)[0]!;
    const page = readBuilt(ROOT_SITE, `mo-hinh/nam/${year}/`);
    const years = all(page, /<span class="model-card__year">Năm (\d{4})<\/span>/g);
    expect(years.length).toBeGreaterThan(0);
    expect(years.length).toBeLessThanOrEqual(total);
    expect(new Set(years)).toEqual(new Set([year]));
    expect(page).toMatch(new RegExp(`<a href="/mo-hinh/nam/${year}/" aria-current="page">`));
  });

  it('shows on an area page only the models of that area', () => {
    const area = all(index, /href="\/mo-hinh\/linh-vuc\/([a-z-]+)\/"/g)[0]!;
    const page = readBuilt(ROOT_SITE, `mo-hinh/linh-vuc/${area}/`);
    const label = textOf(page.split(`href="/mo-hinh/linh-vuc/${area}/" aria-current="page">`)[1]!.split('<span')[0]!);
    const tags = all(page, /<p class="model-card__meta"><span class="tag">([^<]+)<\/span>/g);
    expect(tags.length).toBeGreaterThan(0);
    expect(new Set(tags)).toEqual(new Set([label]));
  });

  it('keeps the sub-path in filter links', () => {
    const sub = readBuilt(SUBPATH_SITE, 'mo-hinh/');
    expect(sub).toMatch(/href="\/cchc\/mo-hinh\/linh-vuc\/[a-z-]+\/"/);
    expect(sub).not.toMatch(/href="\/mo-hinh\//);
  });
});

describe('contest page: results by group and prize, sortable by links, printable', () => {
  const html = readBuilt(ROOT_SITE, `cuoc-thi/${contestPage}/`);

  it('shows organizer, dates, status and participation as a chart and a table', () => {
    const text = textOf(html);
    expect(text).toContain('Đơn vị tổ chức');
    expect(text).toMatch(/Từ ngày \d+ tháng \d+ năm \d{4} đến ngày/);
    expect(text).toMatch(/Đang diễn ra|Đã kết thúc|Sắp diễn ra/);
    if (html.includes('participation__table')) {
      expect(html).toMatch(/<svg [^>]*role="img"[^>]*aria-labelledby="[a-z0-9-]+-tham-gia-title/);
      expect(text).toContain('Tổng cộng');
    }
  });

  it('gives each sample contest its own status on the build day (2026-11-22)', () => {
    const status = (id: string) => /<span class="contest-status contest-status--([a-z]+)">([^<]+)<\/span>/.exec(readBuilt(ROOT_SITE, `cuoc-thi/${id}/`))?.slice(1);
    // 15/9 to 30/11/2025: over. 1/10 to 31/12/2026: running.
    expect(status('cuoc-thi-tim-hieu-cai-cach-hanh-chinh-nam-2025')).toEqual(['past', 'Đã kết thúc']);
    expect(status('cuoc-thi-truc-tuyen-tim-hieu-cai-cach-hanh-chinh-nam-2026')).toEqual(['current', 'Đang diễn ra']);
    const list = textOf(readBuilt(ROOT_SITE, 'cuoc-thi/'));
    expect(list).not.toContain('Sắp diễn ra');
  });

  it('orders each group by prize, Nhất first, with links to the other orders', () => {
    const tables = all(html, /(<table class="results-table">[\s\S]*?<\/table>)/g);
    expect(tables.length).toBeGreaterThan(0);
    const rank = ['Giải Nhất', 'Giải Nhì', 'Giải Ba', 'Giải Khuyến khích'];
    for (const table of tables) {
      const prizes = all(table, /<td class="prize-cell">([^<]+)<\/td>/g).map((p) => (rank.includes(p) ? rank.indexOf(p) : 9));
      expect(prizes).toEqual([...prizes].sort((a, b) => a - b));
      expect(table).toMatch(/<th scope="col" aria-sort="ascending">\s*<span class="sort-current">Giải/);
    }
    for (const order of ['diem', 'ten']) {
      expect(html).toContain(`href="/cuoc-thi/${contestPage}/ket-qua/${order}/#ket-qua"`);
      expect(existsSync(join(ROOT_SITE, 'cuoc-thi', contestPage, 'ket-qua', order, 'index.html'))).toBe(true);
    }
  });

  it('sorts by score, highest first, on the score page, and announces it', () => {
    const page = readBuilt(ROOT_SITE, `cuoc-thi/${contestPage}/ket-qua/diem/`);
    const tables = all(page, /(<table class="results-table">[\s\S]*?<\/table>)/g);
    for (const table of tables) {
      const scores = all(table, /<td class="num">([\d.,]+)<\/td>/g).map((s) => Number(s.replace(/\./g, '').replace(',', '.')));
      expect(scores.length).toBeGreaterThan(1);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(table).toContain('aria-sort="descending"');
    }
    expect(page).toContain('<meta name="robots" content="noindex"');
  });

  it('prints every winner on the certificate-style list, with the national heading', () => {
    const list = readBuilt(ROOT_SITE, `cuoc-thi/${contestPage}/danh-sach-doat-giai/`);
    expect(html).toContain(`href="/cuoc-thi/${contestPage}/danh-sach-doat-giai/"`);
    expect(list).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(list).toContain('class="certificate-page"');
    const names = all(html, /(<table class="results-table">[\s\S]*?<\/table>)/g).flatMap((table) => all(table, /<th scope="row">([^<]+)<\/th>/g));
    const printed = all(list, /<li><strong>([^<]+)<\/strong>/g);
    expect(printed.sort()).toEqual(names.sort());
  });

  it('needs no script on any of these pages', () => {
    for (const path of ['chi-so/', 'mo-hinh/', 'cuoc-thi/', `cuoc-thi/${contestPage}/`, `cuoc-thi/${contestPage}/ket-qua/diem/`]) {
      const scripts = all(readBuilt(ROOT_SITE, path), /<script([^>]*)>/g).filter((attrs) => !attrs.includes('application/ld+json'));
      expect(scripts, path).toEqual([]);
    }
  });
});

describe('axe finds nothing on these pages (360 px and 1280 px)', () => {
  let browser: Browser;
  let server: RunningServer;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveSite(ROOT_SITE, '/');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has no WCAG 2.2 A/AA violations and makes no request outside the site', async () => {
    const modelId = all(readBuilt(ROOT_SITE, 'mo-hinh/'), /href="\/mo-hinh\/([a-z0-9-]+)\/"/g).find((id) => id !== 'linh-vuc' && id !== 'nam')!;
    const year = all(readBuilt(ROOT_SITE, 'mo-hinh/'), /href="\/mo-hinh\/nam\/(\d{4})\/"/g)[0]!;
    const paths = [
      '',
      'chi-so/',
      'mo-hinh/',
      `mo-hinh/nam/${year}/`,
      `mo-hinh/${modelId}/`,
      'cuoc-thi/',
      `cuoc-thi/${contestPage}/`,
      `cuoc-thi/${contestPage}/ket-qua/diem/`,
      `cuoc-thi/${contestPage}/danh-sach-doat-giai/`,
    ];
    const found: string[] = [];
    for (const width of [360, 1280]) {
      const guarded = await newGuardedContext(browser, { viewport: { width, height: 800 } });
      for (const path of paths) {
        const page = await guarded.newPage();
        await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
          .analyze();
        for (const v of result.violations) found.push(`${width}px /${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        await page.close();
      }
      expect(guarded.outsideRequests).toEqual([]);
      await guarded.context.close();
    }
    expect(found).toEqual([]);
  }, 180_000);
});

describe('a bad results CSV stops the build and says where', () => {
  it('names the CSV, the line, the column and the unknown prize, and keeps the last good site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-csv-'));
    try {
      const content = join(dir, 'content');
      cpSync(CONTENT, content, { recursive: true });
      writeFileSync(
        join(content, 'contests', 'thu-loi-csv.md'),
        '---\ntitle: Cuộc thi thử\norganizer: UBND xã\nstartDate: 2026-01-01\nendDate: 2026-02-01\nsummary: Thử tệp kết quả sai.\nresultsFile: thu-loi-csv.csv\n---\n',
      );
      writeFileSync(join(content, 'contests', 'thu-loi-csv.csv'), 'prize,name,unit,group,score\nnhat,Lê Văn A,,,100\nnhatt,Lê Văn B,,,9x\n');
      const out = join(dir, 'site');
      const result = buildSite({ CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: join(dir, 'cache') });
      expect(result.status).not.toBe(0);
      expect(result.output).toContain('thu-loi-csv.csv');
      expect(result.output).toMatch(/dòng 3/);
      expect(result.output).toContain('giải "nhatt" không có trong danh sách');
      expect(result.output).toContain('cần một số, nhận được "9x"');
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
