import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishing } from '../../src/i18n/publishing.ts';
import { codeFingerprint, compareContent, contentFingerprint } from '../../src/publish/fingerprint.ts';
import { ALWAYS_RENDERED, planNewsChange, type NewsFact } from '../../src/publish/news-plan.ts';
import { routeMatcher, sitePath } from '../../src/publish/only-routes.ts';
import { pagePaths, sitemapFiles } from '../../src/publish/sitemap.ts';
import { decide, publishedNewsFacts, type PublishState } from '../../src/publish/state.ts';

const R = publishing.build.fast.reasons;
const DAY = 86_400_000;
const DAY_STRING = '2026-11-22';

/** `count` articles, one a day, in categories a and b by turns; 'n1' is the oldest. */
function news(count: number): NewsFact[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `n${index + 1}`,
    date: Date.UTC(2026, 0, 1) + index * DAY,
    category: index % 2 === 0 ? 'a' : 'b',
    unit: 'van-phong',
  }));
}

describe('the pages a news change touches', () => {
  it('for a new article: its page, the front pages and the last archive pages, never the older ones', () => {
    const before = news(100);
    const added = { id: 'n101', date: Date.UTC(2026, 0, 1) + 100 * DAY, category: 'a', unit: 'van-phong' };
    const plan = planNewsChange(before, [...before, added], new Set(['n101']), { day: DAY_STRING });
    expect(plan.fullBuild).toBeUndefined();
    expect(plan.render).toContain('tin-tuc/n101/');
    expect(plan.render).toEqual(expect.arrayContaining(['tin-tuc/', 'tin-tuc/chuyen-muc/a/', ...ALWAYS_RENDERED]));
    // 100 articles fill archive pages 1-5; the 101st opens page 6, and pages 4 and 5 link to it.
    expect(plan.render).toEqual(expect.arrayContaining(['tin-tuc/trang/4/', 'tin-tuc/trang/5/', 'tin-tuc/trang/6/']));
    expect(plan.render).not.toContain('tin-tuc/trang/3/');
    expect(plan.render).not.toContain('tin-tuc/trang/1/');
    expect(plan.render.filter((path) => /^tin-tuc\/n\d+\/$/.test(path))).toEqual(['tin-tuc/n101/']);
    expect(plan.remove).toEqual([]);
  });

  it('for an edited article: every article page that lists it under the same category', () => {
    const all = news(40);
    const plan = planNewsChange(all, all, new Set(['n20']), { day: DAY_STRING });
    // n20 is in category b with n22, n24, n26 after it: their "same category" lists show n20.
    expect(plan.render).toEqual(expect.arrayContaining(['tin-tuc/n20/', 'tin-tuc/n22/', 'tin-tuc/n24/', 'tin-tuc/n26/']));
    expect(plan.render).not.toContain('tin-tuc/n28/');
  });

  it('for a deleted article: its page and the archive pages after it go or change', () => {
    const before = news(45);
    const after = before.filter((fact) => fact.id !== 'n3');
    const plan = planNewsChange(before, after, new Set(['n3']), { day: DAY_STRING });
    expect(plan.remove).toContain('tin-tuc/n3/');
    // Every archive page from the first shifts by one article; 44 articles need 3 pages, as before.
    expect(plan.render).toEqual(expect.arrayContaining(['tin-tuc/trang/1/', 'tin-tuc/trang/2/', 'tin-tuc/trang/3/']));
    expect(plan.remove).not.toContain('tin-tuc/trang/3/');
  });

  it('renders the bulletin issue of the week of the article, and renumbered issues when a week gets its first article', () => {
    // Articles on Wednesdays 7 Jan, 21 Jan and 4 Feb 2026: issues 1, 2 and 3 of 2026.
    const on = (id: string, day: string): NewsFact => ({ id, date: Date.parse(`${day}T00:00:00Z`), category: 'a', unit: 'u' });
    const before = [on('w1', '2026-01-07'), on('w3', '2026-01-21'), on('w5', '2026-02-04')];
    const bulletins = (plan: { render: string[] }) => plan.render.filter((path) => path.startsWith('ban-tin/') && path.endsWith('*')).sort();
    // Same week as issue 2: only issue 2.
    const sameWeek = planNewsChange(before, [...before, on('x', '2026-01-22')], new Set(['x']), { day: DAY_STRING });
    expect(bulletins(sameWeek)).toEqual(['ban-tin/2026/2/*']);
    // 14 Jan had no article: it becomes issue 2, the two after it become 3 and 4 (issue 1 still
    // links to "số 2", now another week: its page does not change).
    const newWeek = planNewsChange(before, [...before, on('y', '2026-01-14')], new Set(['y']), { day: DAY_STRING });
    expect(bulletins(newWeek)).toEqual(['ban-tin/2026/2/*', 'ban-tin/2026/3/*', 'ban-tin/2026/4/*']);
    // The only article of issue 3 deleted: the issue goes, issue 2 loses its newer neighbour.
    const gone = planNewsChange(before, before.slice(0, 2), new Set(['w5']), { day: DAY_STRING });
    expect(bulletins(gone)).toEqual(['ban-tin/2026/2/*', 'ban-tin/2026/3/*']);
  });

  it('renders the pages of the documents (they list the articles citing them), not their files', () => {
    const all = news(5);
    const plan = planNewsChange(all, all, new Set(['n2']), { documentIds: ['quyet-dinh-1'], day: DAY_STRING });
    expect(plan.render).toContain('van-ban/quyet-dinh-1/');
    expect(plan.render.filter((path) => path.startsWith('van-ban/'))).toEqual(['van-ban/quyet-dinh-1/']);
  });

  it('asks for the full build when a category gets its first article or a cover changes', () => {
    const before = news(10);
    const newCategory = { id: 'n11', date: Date.UTC(2026, 5, 1), category: 'c', unit: 'van-phong' };
    expect(planNewsChange(before, [...before, newCategory], new Set(['n11']), { day: DAY_STRING }).fullBuild).toBe('category-set');
    const withCover = before.map((fact) => (fact.id === 'n5' ? { ...fact, cover: './images/anh.jpg' } : fact));
    expect(planNewsChange(before, withCover, new Set(['n5']), { day: DAY_STRING }).fullBuild).toBe('cover');
  });
});

describe('choosing the fast path', () => {
  const state: PublishState = {
    version: 1,
    code: 'c1',
    day: '2026-11-22',
    siteUrl: 'https://x.gov.vn',
    basePath: '/',
    builtAt: 't1',
    content: { 'news/a.md': 'h1', 'site.yaml': 'h2' },
    news: [],
    searchDelta: { pages: [], stale: [] },
  };
  const present = { code: 'c1', day: '2026-11-22', siteUrl: 'https://x.gov.vn', basePath: '/', content: { 'news/a.md': 'h1', 'news/b.mdx': 'h3', 'site.yaml': 'h2' } };

  it('is fast when only news files changed since the build that made the output folder', () => {
    const decision = decide(state, present, 't1');
    expect(decision.fast).toBe(true);
    expect(decision.fast && [...decision.touched]).toEqual(['b']);
  });

  it('builds everything after a change of code, day, address, other content, or another output', () => {
    expect(decide(undefined, present, 't1')).toEqual({ fast: false, reason: R.first });
    expect(decide(state, present, 't0')).toEqual({ fast: false, reason: R.output });
    expect(decide(state, { ...present, code: 'c2' }, 't1')).toEqual({ fast: false, reason: R.code });
    expect(decide(state, { ...present, day: '2026-11-23' }, 't1')).toEqual({ fast: false, reason: R.day });
    expect(decide(state, { ...present, basePath: '/cchc/' }, 't1')).toEqual({ fast: false, reason: R.settings });
    expect(decide(state, { ...present, content: { ...present.content, 'site.yaml': 'h9' } }, 't1')).toEqual({ fast: false, reason: R.otherContent('site.yaml') });
    expect(decide(state, { ...present, content: { ...present.content, 'news/images/a.jpg': 'h4' } }, 't1')).toEqual({
      fast: false,
      reason: R.otherContent('news/images/a.jpg'),
    });
  });

  it('counts only published news: drafts and articles dated after the build day are left out', () => {
    const entry = (id: string, data: Record<string, unknown>) => ({ collection: 'news', id, data: { category: 'a', unit: 'u', ...data } });
    const facts = publishedNewsFacts(
      [entry('ok', { date: new Date('2026-11-22') }), entry('later', { date: new Date('2026-11-23') }), entry('draft', { date: new Date('2026-01-01'), draft: true })],
      '2026-11-22',
    );
    expect(facts.map((fact) => fact.id)).toEqual(['ok']);
  });
});

describe('fingerprints', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-fingerprint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('notice a changed, added or removed content file by its bytes', () => {
    mkdirSync(join(dir, 'news'), { recursive: true });
    writeFileSync(join(dir, 'news', 'a.md'), 'một');
    writeFileSync(join(dir, 'site.yaml'), 'name: X');
    const before = contentFingerprint(dir);
    writeFileSync(join(dir, 'news', 'a.md'), 'hai');
    writeFileSync(join(dir, 'news', 'b.md'), 'ba');
    rmSync(join(dir, 'site.yaml'));
    expect(compareContent(before, contentFingerprint(dir))).toEqual({ added: ['news/b.md'], changed: ['news/a.md'], removed: ['site.yaml'] });
  });

  it('change with the code and with the variables that change the output', () => {
    const project = join(dir, 'project');
    mkdirSync(join(project, 'src'), { recursive: true });
    writeFileSync(join(project, 'src', 'a.ts'), 'export const a = 1;');
    const first = codeFingerprint(project, {});
    expect(codeFingerprint(project, {})).toBe(first);
    expect(codeFingerprint(project, { BASE_PATH: '/cchc/' })).not.toBe(first);
    writeFileSync(join(project, 'src', 'a.ts'), 'export const a = 2;');
    expect(codeFingerprint(project, {})).not.toBe(first);
  });
});

describe('route list for Astro', () => {
  it('matches exact pages with or without the trailing slash, and whole subtrees', () => {
    const wanted = routeMatcher(['', 'tin-tuc/x/', 'rss.xml', 'ban-tin/*']);
    expect(['', 'tin-tuc/x', 'tin-tuc/x/', 'rss.xml', 'ban-tin', 'ban-tin/', 'ban-tin/2026/1/email.html'].every(wanted)).toBe(true);
    expect(['tin-tuc/', 'tin-tuc/xy/', 'ban-tin-cu/', 'atom.xml'].some(wanted)).toBe(false);
    expect(sitePath('/cchc/tin-tuc/x/', '/cchc/')).toBe('tin-tuc/x/');
    expect(sitePath('/', '/')).toBe('');
  });
});

describe('sitemap', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-sitemap-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every page folder in number order, without embeds, 404 or engine files', () => {
    for (const folder of ['', 'tin-tuc/trang/10', 'tin-tuc/trang/2', 'nhung/tin-moi', 'pagefind', '_astro']) {
      mkdirSync(join(dir, folder), { recursive: true });
      writeFileSync(join(dir, folder, 'index.html'), '<!doctype html>');
    }
    writeFileSync(join(dir, '404.html'), '');
    expect(pagePaths(dir)).toEqual(['', 'tin-tuc/trang/2/', 'tin-tuc/trang/10/']);
  });

  it('splits into files of at most the limit, named in an index, with escaped addresses', () => {
    const files = sitemapFiles(['', 'a/', 'b&c/'], 'https://x.gov.vn', '/cchc/', 2);
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(files.get('sitemap-1.xml')).toContain('<loc>https://x.gov.vn/cchc/b&amp;c/</loc>');
    expect(files.get('sitemap-index.xml')).toContain('<loc>https://x.gov.vn/cchc/sitemap-1.xml</loc>');
  });
});
