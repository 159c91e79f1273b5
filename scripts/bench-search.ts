/**
 * `npm run bench:search`: build a generated site of 10,000 entries with the real build script,
 * then measure in Chromium what a person's first search costs: the bytes transferred and the time
 * from pressing Enter to the results on screen, each query in a fresh browser (cold cache).
 *
 *   BENCH_ENTRIES=10000   BENCH_KEEP=1 (keep the temp folder)   BENCH_OUT=bench-out/search.json
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../src/config/paths.ts';
import { generateContent } from './bench/generate.ts';
import { walkFiles } from './lib/run.ts';
import { launchBrowser, newGuardedContext, serveSite } from '../tests/helpers/browser.ts';

const entries = Number(process.env.BENCH_ENTRIES ?? 10_000);
const work = mkdtempSync(join(tmpdir(), 'cchc-bench-search-'));
const contentDir = join(work, 'content');
const siteDir = join(work, 'site');

/** What a citizen types: common words, đ without marks, a procedure code, a hotline number. */
const QUERIES = ['dang ky', 'thủ tục hành chính', 'dong thuan', 'Đông Thuận', '1.100123', '1022', 'ho kinh doanh', 'chung thuc'];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

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
const buildSeconds = (performance.now() - started) / 1000;

const indexFiles = walkFiles(join(siteDir, 'pagefind'));
const indexBytes = indexFiles.reduce((sum, file) => sum + statSync(join(siteDir, 'pagefind', file)).size, 0);
const pages = walkFiles(siteDir).filter((file) => file.endsWith('.html')).length;

const server = await serveSite(siteDir, '/');
const browser = await launchBrowser();
const results: { query: string; results: number; searchBytes: number; requests: number; ms: number }[] = [];
try {
  for (const query of QUERIES) {
    const guarded = await newGuardedContext(browser);
    const page = await guarded.newPage();
    await page.goto(`${server.url}tim-kiem/`);
    const responses: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      responses.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
    });
    const status = page.locator('[data-search-status]');
    await page.locator('#o-tim-kiem-trang').fill(query);
    const t0 = await page.evaluate(() => performance.now());
    await page.locator('#o-tim-kiem-trang').press('Enter');
    await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const t1 = await page.evaluate(() => performance.now());
    const bytes = (await Promise.all(responses)).reduce((a, b) => a + b, 0);
    const count = Number(/(\d+) kết quả/.exec((await status.textContent()) ?? '')?.[1] ?? 0);
    if (guarded.outsideRequests.length > 0) throw new Error(`Yêu cầu ra ngoài: ${guarded.outsideRequests.join(', ')}`);
    results.push({ query, results: count, searchBytes: bytes, requests: responses.length, ms: Math.round(t1 - t0) });
    await guarded.context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`\nTrang: ${pages} (${entries} mục), xây dựng ${buildSeconds.toFixed(1)} s`);
console.log(`Chỉ mục Pagefind: ${kb(indexBytes)} trong ${indexFiles.length} tệp`);
console.log('\n| truy vấn | kết quả | yêu cầu | byte truyền | thời gian |');
console.log('|---|---:|---:|---:|---:|');
for (const r of results) console.log(`| ${r.query} | ${r.results} | ${r.requests} | ${kb(r.searchBytes)} | ${r.ms} ms |`);
const worstBytes = Math.max(...results.map((r) => r.searchBytes));
const times = results.map((r) => r.ms);
console.log(`\nLần tìm đầu: tối đa ${kb(worstBytes)}, thời gian trung vị ${median(times)} ms, tối đa ${Math.max(...times)} ms.`);
console.log(`Mục tiêu: dưới 150 KB và dưới 300 ms: ${worstBytes < 150 * 1024 && Math.max(...times) < 300 ? 'ĐẠT' : 'CHƯA ĐẠT'}.`);

const out = resolve(PROJECT_ROOT, process.env.BENCH_OUT ?? 'bench-out/search.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ entries, pages, buildSeconds, indexBytes, indexFiles: indexFiles.length, results }, null, 2));
console.log(`Số liệu: ${out}`);
if (process.env.BENCH_KEEP !== '1') rmSync(work, { recursive: true, force: true });
else console.log(`Giữ lại: ${work}`);
