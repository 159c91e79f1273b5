/**
 * `npm run bench:search`: build a generated site of 10,000 entries with the real build script,
 * then measure in Chromium what a person's first search costs, each query in a fresh browser
 * (cold cache): the bytes transferred after the search page has loaded until the results are on
 * screen (everything the search needs: engine, page table, chunks, fragments), and two times:
 * "cold", Enter pressed at once after the text is put in the box (nothing loaded ahead), and
 * "typed", Enter pressed once the engine the page starts loading on focus has arrived (a person
 * needs seconds to type a query on a phone).
 *
 *   BENCH_ENTRIES=10000   BENCH_KEEP=1 (keep the temp folder)   BENCH_OUT=bench-out/search.json
 *   BENCH_SITE=/path/to/built/site (measure an existing build, skip generating and building)
 *   BENCH_DETAIL=1 (print every request of the cold searches with its size)
 *   BENCH_REPEATS=3 (fresh runs per query; the median time is reported)
 *   BENCH_QUERIES="a|b" (measure these queries instead of the built-in list)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../src/config/paths.ts';
import { generateContent } from './bench/generate.ts';
import { ARCHIVE_BUNDLE, PRIMARY_BUNDLE } from '../src/search/search-bundles.ts';
import { walkFiles } from './lib/run.ts';
import { launchBrowser, newGuardedContext, serveSite } from '../tests/helpers/browser.ts';

const entries = Number(process.env.BENCH_ENTRIES ?? 10_000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const work = mkdtempSync(join(tmpdir(), 'cchc-bench-search-'));
const contentDir = join(work, 'content');
const siteDir = process.env.BENCH_SITE ?? join(work, 'site');

/**
 * What a citizen types: common words, đ without marks, a procedure code, a hotline number; then
 * searches that reach the archive of older news (ticked box, or a year only the archive holds).
 */
const DEFAULT_QUERIES: { query: string; params?: string }[] = [
  ...['dang ky', 'thủ tục hành chính', 'dong thuan', 'Đông Thuận', '1.100123', '1022', 'ho kinh doanh', 'chung thuc'].map((query) => ({ query })),
  { query: 'dang ky', params: 'luutru=1' },
  { query: 'ho kinh doanh', params: 'nam=2018' },
];

// BENCH_QUERIES="giay chung nhan|ho tich" measures other queries instead (first searches only).
const QUERIES: { query: string; params?: string }[] = process.env.BENCH_QUERIES
  ? process.env.BENCH_QUERIES.split('|').map((query) => ({ query }))
  : DEFAULT_QUERIES;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

let buildSeconds = 0;
if (!process.env.BENCH_SITE) {
  console.log(`Tạo ${entries} mục nội dung trong ${contentDir}…`);
  generateContent(contentDir, entries);
  console.log('Xây dựng trang (npm run build)…');
  const started = performance.now();
  const build = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: siteDir, ASTRO_CACHE_DIR: join(work, 'cache'), BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('Xây dựng không thành công.');
    process.exit(1);
  }
  buildSeconds = (performance.now() - started) / 1000;
}

const bundleSize = (folder: string) => {
  const files = existsSync(join(siteDir, folder)) ? walkFiles(join(siteDir, folder)) : [];
  return { files: files.length, bytes: files.reduce((sum, file) => sum + statSync(join(siteDir, folder, file)).size, 0) };
};
const primaryBundle = bundleSize(PRIMARY_BUNDLE);
// A large archive is written in parts (pagefind-luu-tru/, pagefind-luu-tru-2/…): all counted.
const archiveParts = readdirSync(siteDir).filter((name) => name.startsWith(ARCHIVE_BUNDLE.replace(/\/$/, '')));
const archiveBundle = archiveParts.map((part) => bundleSize(part)).reduce((sum, part) => ({ files: sum.files + part.files, bytes: sum.bytes + part.bytes }), { files: 0, bytes: 0 });
const indexFiles = { length: primaryBundle.files + archiveBundle.files };
const indexBytes = primaryBundle.bytes + archiveBundle.bytes;
const pages = walkFiles(siteDir).filter((file) => file.endsWith('.html')).length;

const server = await serveSite(siteDir, '/');
const browser = await launchBrowser();
const results: { query: string; params: string; results: number; searchBytes: number; requests: number; ms: number; typedMs: number }[] = [];

/** One search in a fresh context; `typed`: wait for what the page loads on focus before Enter. */
async function measureOnce(query: string, params: string, typed: boolean, detailed: boolean) {
  const guarded = await newGuardedContext(browser);
  const page = await guarded.newPage();
  await page.goto(`${server.url}tim-kiem/${params ? `?${params}` : ''}`);
  const responses: Promise<number>[] = [];
  const detail: string[] = [];
  page.on('requestfinished', (request) => {
    responses.push(
      request.sizes().then((sizes) => {
        const size = sizes.responseBodySize + sizes.responseHeadersSize;
        detail.push(`${kb(size).padStart(9)}  ${request.url().replace(server.url, '/')}`);
        return size;
      }),
    );
  });
  const box = page.locator('#o-tim-kiem-trang');
  if (typed) {
    await box.focus();
    await page.waitForLoadState('networkidle');
  }
  await box.fill(query);
  const t0 = await page.evaluate(() => performance.now());
  await box.press('Enter');
  await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 60_000 });
  const t1 = await page.evaluate(() => performance.now());
  const bytes = (await Promise.all(responses)).reduce((a, b) => a + b, 0);
  const count = Number(/(\d+) kết quả/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[1] ?? 0);
  if (guarded.outsideRequests.length > 0) throw new Error(`Yêu cầu ra ngoài: ${guarded.outsideRequests.join(', ')}`);
  await guarded.context.close();
  if (process.env.BENCH_DETAIL === '1' && detailed) console.log(detail.join('\n'));
  return { count, bytes, requests: responses.length, ms: Math.round(t1 - t0) };
}

try {
  for (const { query, params = '' } of QUERIES) {
    // Times move by tens of milliseconds from one run to the next on a shared machine: the median
    // of REPEATS fresh runs is reported (bytes are the same every time).
    const colds = [];
    const typeds = [];
    for (let run = 0; run < REPEATS; run += 1) {
      colds.push(await measureOnce(query, params, false, run === 0));
      typeds.push(await measureOnce(query, params, true, false));
    }
    const cold = { ...colds[0]!, ms: median(colds.map((c) => c.ms)) };
    const typed = { ms: median(typeds.map((t) => t.ms)) };
    console.log(`${query} ${params}: ${cold.count} kết quả, ${kb(cold.bytes)}, ${cold.ms} ms / ${typed.ms} ms`);
    results.push({ query, params, results: cold.count, searchBytes: cold.bytes, requests: cold.requests, ms: cold.ms, typedMs: typed.ms });
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`\nTrang: ${pages} (${entries} mục)${buildSeconds ? `, xây dựng ${buildSeconds.toFixed(1)} s` : ''}`);
console.log(`Chỉ mục chính (${PRIMARY_BUNDLE}): ${kb(primaryBundle.bytes)} trong ${primaryBundle.files} tệp; lưu trữ (${archiveParts.length} phần, ${ARCHIVE_BUNDLE}…): ${kb(archiveBundle.bytes)} trong ${archiveBundle.files} tệp`);
console.log('\n| truy vấn | tham số | kết quả | yêu cầu | byte truyền | thời gian (ngay) | thời gian (sau khi gõ) |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const r of results) console.log(`| ${r.query} | ${r.params} | ${r.results} | ${r.requests} | ${kb(r.searchBytes)} | ${r.ms} ms | ${r.typedMs} ms |`);
// The target is about a first query on the primary bundle; searches that ask for the archive are reported apart.
const first = results.filter((r) => !r.params);
const worstBytes = Math.max(...first.map((r) => r.searchBytes));
const times = first.map((r) => r.ms);
console.log(`\nLần tìm đầu (chỉ mục chính): tối đa ${kb(worstBytes)}, thời gian trung vị ${median(times)} ms, tối đa ${Math.max(...times)} ms.`);
console.log(`Mục tiêu: dưới 150 KB và dưới 300 ms: ${worstBytes < 150 * 1024 && Math.max(...times) < 300 ? 'ĐẠT' : 'CHƯA ĐẠT'}.`);

const out = resolve(PROJECT_ROOT, process.env.BENCH_OUT ?? 'bench-out/search.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ entries, pages, buildSeconds, indexBytes, indexFiles: indexFiles.length, primaryBundle, archiveBundle, results }, null, 2));
console.log(`Số liệu: ${out}`);
if (process.env.BENCH_SITE) rmSync(work, { recursive: true, force: true });
else if (process.env.BENCH_KEEP !== '1') rmSync(work, { recursive: true, force: true });
else console.log(`Giữ lại: ${work}`);
