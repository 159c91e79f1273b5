/**
 * The fast publish (issue 17, docs/fast-publish.md): after a full build, publishing a new article,
 * editing one and deleting one each take the fast path, and every file the site then holds is
 * byte for byte what a full build of the same content gives (apart from the build's time stamp and
 * the search bundles, which differ by design); search finds the new article at once and never
 * shows an out-of-date or deleted one.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishing } from '../../src/i18n/publishing.ts';
import { KIT_JOB_VARIABLE } from '../../src/publish/render-kit/child-protocol.ts';
import { kitBase } from '../../src/publish/render-kit/kit.ts';
import { walkFiles } from '../../scripts/lib/run.ts';
import type { RunningServer } from '../../scripts/lib/static-server.ts';
import { buildSite } from '../helpers/build-site.ts';
import { launchBrowser, newGuardedContext, serveSite, type GuardedContext } from '../helpers/browser.ts';
import { PROJECT_ROOT } from '../helpers/sites.ts';

const T = publishing.build;
const KIT_RENDERED = T.fast.kit.rendered(0, '0').split(' 0 ')[0]!;
const BASE = '/cchc/';
const NEW_ID = 'ap-binh-luc-xuyen-co-diem-ho-tro-dich-vu-cong';
const EDITED_ID = 'trien-khai-thanh-toan-phi-le-phi-khong-dung-tien-mat-tai-bo-phan-mot-cua';
const EDITED_TITLE = 'Bộ phận Một cửa nhận phí, lệ phí bằng mã QR của ngân hàng';
const DELETED_ID = 'ubnd-xa-hoa-an-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2025';

/** Differ by design: when the site was built, and the search bundles (the fast path adds a small one). */
const NOT_COMPARED = /^(build-info\.json$|pagefind\/|pagefind-luu-tru\/|pagefind-moi\/)/;

let work: string;
let content: string;

function buildEnv(outDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    CONTENT_DIR: content,
    OUT_DIR: outDir,
    BASE_PATH: BASE,
    SITE_URL: 'https://thunghiem.example.gov.vn',
    BUILD_DATE: '2026-11-22',
    ASTRO_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}

function build(outDir: string, extra: Record<string, string> = {}) {
  return buildSite(buildEnv(outDir, extra));
}

/** Every file of a folder with its bytes' hash. */
function snapshot(dir: string): Map<string, string> {
  return new Map(walkFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

/** Files of the two sites that are missing on one side or hold other bytes. */
function differences(a: string, b: string): string[] {
  const filesA = walkFiles(a).filter((file) => !NOT_COMPARED.test(file));
  const filesB = new Set(walkFiles(b).filter((file) => !NOT_COMPARED.test(file)));
  const found: string[] = [];
  for (const file of filesA) {
    if (!filesB.has(file)) found.push(`only in the fast publish: ${file}`);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) found.push(`differs: ${file}`);
    filesB.delete(file);
  }
  for (const file of filesB) found.push(`only in the full build: ${file}`);
  // Folders too: a removed page must not leave an empty folder that answers its old address.
  const foldersA = new Set(foldersOf(a));
  for (const folder of foldersOf(b)) if (!foldersA.delete(folder)) found.push(`folder only in the full build: ${folder}`);
  for (const folder of foldersA) found.push(`folder only in the fast publish: ${folder}`);
  return found;
}

function foldersOf(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const relative = `${prefix}${entry.name}/`;
      return NOT_COMPARED.test(relative) ? [] : [relative, ...foldersOf(root, relative)];
    });
}

/** Publish through the fast path, then build the same content in full elsewhere and compare. */
function publishAndCompare(step: string, by: 'kit' | 'astro' = 'kit'): { output: string; differences: string[] } {
  const fast = build(join(work, 'site'));
  expect(fast.status, fast.output).toBe(0);
  expect(fast.output, `${step}: the fast path was not taken`).toContain(T.fast.chosen(1));
  // The render kit (src/publish/render-kit/) renders the pages unless the change needs Astro.
  expect(fast.output.includes(KIT_RENDERED), `${step}: rendered by ${by}?\n${fast.output}`).toBe(by === 'kit');
  const full = build(join(work, `full-${step}`), { FULL_BUILD: '1' });
  expect(full.status, full.output).toBe(0);
  return { output: fast.output, differences: differences(join(work, 'site'), join(work, `full-${step}`)) };
}

describe('fast publish of news', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'cchc-fast-'));
    content = join(work, 'content');
    cpSync(join(PROJECT_ROOT, 'content'), content, { recursive: true });
    const first = build(join(work, 'site'));
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain(T.fast.full(T.fast.reasons.first));
  }, 300_000);

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('publishes a new article: its page, the lists, home page, feeds, bulletin and sitemap as a full build writes them', () => {
    writeFileSync(
      join(content, 'news', `${NEW_ID}.md`),
      [
        '---',
        'title: Ấp Bình Lục Xuyên có điểm hỗ trợ dịch vụ công trực tuyến',
        'date: 2026-11-21',
        'summary: Điểm hỗ trợ tại nhà văn hóa ấp Bình Lục Xuyên giúp người dân nộp hồ sơ trực tuyến và kích hoạt tài khoản định danh điện tử.',
        'unit: van-phong',
        'category: chinh-phu-so',
        '---',
        '',
        'Từ ngày 21/11/2026, tổ công nghệ số cộng đồng trực tại nhà văn hóa ấp Bình Lục Xuyên vào sáng thứ Bảy hằng tuần.',
        '',
        // A code block: the kit renders it with the syntax highlighter, as Astro does.
        '```text',
        'Giờ trực: 7 giờ 30 – 11 giờ 30, thứ Bảy',
        '```',
        '',
      ].join('\n'),
    );
    const { differences: found } = publishAndCompare('new');
    expect(found).toEqual([]);
    expect(readFileSync(join(work, 'site', 'tin-tuc', NEW_ID, 'index.html'), 'utf8')).toContain('<pre class="astro-code');
    expect(readFileSync(join(work, 'site', 'sitemap-0.xml'), 'utf8')).toContain(`/cchc/tin-tuc/${NEW_ID}/`);
  }, 300_000);

  it('publishes an edited title everywhere the article is listed', () => {
    const file = join(content, 'news', `${EDITED_ID}.md`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${EDITED_TITLE}`));
    const { differences: found } = publishAndCompare('edit');
    expect(found).toEqual([]);
    expect(readFileSync(join(work, 'site', 'tin-tuc', EDITED_ID, 'index.html'), 'utf8')).toContain(EDITED_TITLE);
    // And on the archive page that lists it (the equality above says the others are right too).
    const lists = walkFiles(join(work, 'site', 'tin-tuc', 'trang')).map((file) => readFileSync(join(work, 'site', 'tin-tuc', 'trang', file), 'utf8'));
    expect(lists.filter((html) => html.includes(EDITED_TITLE))).toHaveLength(1);
  }, 300_000);

  it('takes a deleted article out of its page, the lists and the sitemap', () => {
    unlinkSync(join(content, 'news', `${DELETED_ID}.md`));
    const { differences: found } = publishAndCompare('delete');
    expect(found).toEqual([]);
    expect(existsSync(join(work, 'site', 'tin-tuc', DELETED_ID))).toBe(false);
    expect(readFileSync(join(work, 'site', 'sitemap-0.xml'), 'utf8')).not.toContain(DELETED_ID);
  }, 300_000);

  it('hands an article with a picture in its text to Astro, which publishes it the same way', () => {
    const id = 'anh-ho-so-nop-truc-tuyen-tai-nha-van-hoa';
    writeFileSync(
      join(content, 'news', `${id}.md`),
      ['---', 'title: Ảnh người dân nộp hồ sơ tại nhà văn hóa', 'date: 2026-11-20', 'summary: Người dân ấp Bình Lục Xuyên nộp hồ sơ trực tuyến tại nhà văn hóa.', 'unit: van-phong', 'category: chinh-phu-so', '---', '', '![Người dân nộp hồ sơ bằng mã QR](./images/ma-qr-thanh-toan-le-phi.jpg)', ''].join('\n'),
    );
    const { output, differences: found } = publishAndCompare('picture', 'astro');
    expect(output).toContain(T.fast.kit.handOver(T.fast.kit.bodyImage(`${id}.md`)));
    expect(found).toEqual([]);
    expect(readFileSync(join(work, 'site', 'tin-tuc', id, 'index.html'), 'utf8')).toMatch(/<img[^>]+_astro\/ma-qr-thanh-toan-le-phi/);
  }, 300_000);

  it('leaves the live site untouched when a fast publish is killed, and publishes on the next run', async () => {
    const site = join(work, 'site');
    const before = snapshot(site);
    writeFileSync(
      join(content, 'news', 'tin-bi-ngat.md'),
      ['---', 'title: Tin đăng khi mất điện', 'date: 2026-11-21', 'summary: Lần đăng bị ngắt giữa chừng.', 'unit: van-phong', 'category: chinh-phu-so', '---', '', 'Nội dung.', ''].join('\n'),
    );
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build.ts')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...buildEnv(site) },
      stdio: ['ignore', 'pipe', 'pipe'],
      // A group of its own, so that the kill takes Astro too, as a power cut would.
      detached: true,
    });
    let output = '';
    let stopped = false;
    const killed = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        // Killed outright (a power cut) while Astro renders the pages.
        if (!stopped && output.includes(T.stepAstro) && child.pid) {
          stopped = true;
          process.kill(-child.pid, 'SIGKILL');
        }
      });
      child.on('close', () => resolve());
    });
    await killed;
    expect(output).toContain(T.fast.chosen(1));
    expect(snapshot(site)).toEqual(before);
    const next = build(site);
    expect(next.status, next.output).toBe(0);
    expect(next.output).toContain(T.fast.chosen(1));
    expect(existsSync(join(site, 'tin-tuc', 'tin-bi-ngat', 'index.html'))).toBe(true);
    // Nothing left beside the site once the old copy's deletion (in the background) has finished,
    // but the spare linked copy for the next fast publish (src/publish/spare-copy.ts).
    const leftovers = () => readdirSync(work).filter((name) => name.startsWith('.build-') && !/^\.build-spare-(?!wip-)/.test(name));
    for (let waited = 0; leftovers().length > 0 && waited < 60_000; waited += 200) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(leftovers()).toEqual([]);
  }, 300_000);

  it('does not leave the render kit process waiting when the build that started it dies', async () => {
    // As scripts/build.ts starts it: a kit of the last Astro run, waiting for the go-ahead. Its
    // parent here exits without a word, as a build killed outright (SIGKILL, a power cut) would.
    const job = kitBase({ projectRoot: PROJECT_ROOT, cacheDir: join(work, 'cache'), contentDir: content, outDir: join(work, 'site'), workDir: join(work, 'orphan') });
    mkdirSync(join(work, 'orphan'), { recursive: true });
    const parentScript = [
      "const { spawn } = require('node:child_process');",
      `const kit = spawn(process.execPath, [${JSON.stringify(join(PROJECT_ROOT, 'src', 'publish', 'render-kit', 'child.ts'))}], { stdio: 'ignore' });`,
      // Still there after 3 s: loaded, and waiting for a go-ahead that will never come.
      "setTimeout(() => { console.log(kit.pid, kit.exitCode === null ? 'waiting' : 'ended'); process.exit(0); }, 3000);",
    ].join('\n');
    const parent = spawn(process.execPath, ['-e', parentScript], {
      env: { ...process.env, ...buildEnv(join(work, 'site')), NODE_ENV: 'production', [KIT_JOB_VARIABLE]: JSON.stringify(job) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let said = '';
    parent.stdout.on('data', (chunk: Buffer) => (said += chunk.toString()));
    await new Promise((resolve) => parent.on('close', resolve));
    const [pid, state] = said.trim().split(' ');
    const kitPid = Number(pid);
    expect(state).toBe('waiting');
    const alive = () => {
      try {
        process.kill(kitPid, 0);
        return true;
      } catch {
        return false;
      }
    };
    try {
      for (let waited = 0; alive() && waited < 15_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(alive(), 'the kit process outlived its build').toBe(false);
      expect(existsSync(job.outDir)).toBe(false);
    } finally {
      if (alive()) process.kill(kitPid, 'SIGKILL');
    }
  }, 60_000);

  it('goes back to the full build when anything but news changed', () => {
    const sitePath = join(content, 'site.yaml');
    writeFileSync(sitePath, `${readFileSync(sitePath, 'utf8')}\n`);
    const result = build(join(work, 'site'));
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(T.fast.full(T.fast.reasons.otherContent('site.yaml')));
    expect(existsSync(join(work, 'site', 'pagefind-moi', 'pagefind-entry.json'))).toBe(false);
  }, 300_000);
});

describe('search after fast publishes', () => {
  let browser: Browser;
  let server: RunningServer;
  let guarded: GuardedContext;
  let page: Page;
  let site: string;

  /** Links of the results for a query, relative to the base path. */
  async function resultsFor(query: string): Promise<{ href: string; title: string }[]> {
    await page.goto(`${server.url}tim-kiem/?q=${encodeURIComponent(query)}`);
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/Tìm thấy|Không tìm thấy|Có \d+|Không có/);
    return page.locator('.search-result').evaluateAll((items) =>
      items.map((item) => ({ href: item.querySelector('h2 a')?.getAttribute('href') ?? '', title: item.querySelector('h2')?.textContent?.trim() ?? '' })),
    );
  }

  beforeAll(async () => {
    // A site of its own: a full build, then one article added, one edited and one deleted, each
    // published through the fast path.
    work = mkdtempSync(join(tmpdir(), 'cchc-fast-search-'));
    content = join(work, 'content');
    site = join(work, 'site');
    cpSync(join(PROJECT_ROOT, 'content'), content, { recursive: true });
    expect(build(site).status).toBe(0);
    writeFileSync(
      join(content, 'news', `${NEW_ID}.md`),
      ['---', 'title: Ấp Bình Lục Xuyên có điểm hỗ trợ dịch vụ công trực tuyến', 'date: 2026-11-21', 'summary: Điểm hỗ trợ tại nhà văn hóa ấp.', 'unit: van-phong', 'category: chinh-phu-so', '---', '', 'Nội dung.', ''].join('\n'),
    );
    const edited = join(content, 'news', `${EDITED_ID}.md`);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, `title: ${EDITED_TITLE}`));
    expect(build(site).output).toContain('Đã đăng nhanh');
    unlinkSync(join(content, 'news', `${DELETED_ID}.md`));
    expect(build(site).output).toContain('Đã đăng nhanh');
    server = await serveSite(site, BASE);
    browser = await launchBrowser();
    guarded = await newGuardedContext(browser);
    page = await guarded.newPage();
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('finds the new article typed without accents', async () => {
    const hits = await resultsFor('binh luc xuyen');
    expect(hits[0]?.href).toBe(`${BASE}tin-tuc/${NEW_ID}/`);
  }, 60_000);

  it('shows the edited article once, with its new title', async () => {
    const hits = await resultsFor('thanh toan khong dung tien mat');
    const edited = hits.filter((hit) => hit.href === `${BASE}tin-tuc/${EDITED_ID}/`);
    expect(edited).toHaveLength(1);
    expect(edited[0]?.title).toBe(EDITED_TITLE);
  }, 60_000);

  it('never shows the deleted article', async () => {
    const hits = await resultsFor('UBND xã Hòa An ban hành kế hoạch cải cách hành chính năm 2025');
    expect(hits.map((hit) => hit.href)).not.toContain(`${BASE}tin-tuc/${DELETED_ID}/`);
    expect(guarded.consoleErrors).toEqual([]);
    expect(guarded.outsideRequests).toEqual([]);
  }, 60_000);
});
