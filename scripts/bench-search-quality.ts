/**
 * `npm run bench:search-quality`: does search find the procedure a citizen means?
 *
 * Builds a realistic site (scripts/bench/quality-corpus.ts: the 1,601 real procedures, news about
 * them and generic news) with the real build, adds a plain Pagefind bundle of the very same built
 * pages (`pagefind-thuong/`, Pagefind's defaults, nothing of this site's query planning), then
 * runs every query of bench/search-quality/queries.json in headless Chromium twice: on the site's
 * search page as a person would (URL `?q=`), and through the plain bundle's own search. For each
 * query the rank of the first expected page in the first 10 results is recorded; the report gives
 * top-3 and mean reciprocal rank at 10 per kind of query, side by side.
 *
 *   BENCH_SITE=/path/to/built/site (reuse a build made by an earlier run with BENCH_KEEP=1)
 *   BENCH_QUERIES_FILE=bench/search-quality/queries.json   BENCH_OUT=bench-out/search-quality.json
 *   BENCH_KEEP=1 (keep the temp folder)   BENCH_ONLY="dang ky|cccd" (only queries containing these)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/config/paths.ts';
import { writeQualityCorpus } from './bench/quality-corpus.ts';
import { launchBrowser, serveSite } from '../tests/helpers/browser.ts';
import { readQueries, summarize, type QueryOutcome } from './bench/quality-score.ts';
import { readRealProcedures } from '../bench/search-quality/verify-queries.ts';

const PLAIN_BUNDLE = 'pagefind-thuong/';
const work = process.env.BENCH_WORK ?? mkdtempSync(join(tmpdir(), 'cchc-bench-quality-'));
const siteDir = process.env.BENCH_SITE ?? join(work, 'site');
const queriesFile = resolve(PROJECT_ROOT, process.env.BENCH_QUERIES_FILE ?? 'bench/search-quality/queries.json');
const codes = new Map([...readRealProcedures().values()].map((procedure) => [procedure.code, `/thu-tuc/${procedure.id}/`]));
let queries = readQueries(readFileSync(queriesFile, 'utf8'), queriesFile, (code) => codes.get(code));
if (process.env.BENCH_ONLY) {
  const only = process.env.BENCH_ONLY.split('|');
  queries = queries.filter((query) => only.some((part) => query.query.includes(part)));
}

if (!process.env.BENCH_SITE) {
  const contentDir = join(work, 'content');
  const corpus = writeQualityCorpus(contentDir);
  console.log(`Nội dung: ${corpus.procedures} thủ tục thật, ${corpus.news} tin (${contentDir})`);
  const build = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: siteDir, ASTRO_CACHE_DIR: join(work, 'cache'), BASE_PATH: '/', BUILD_DATE: '2026-11-22', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('Xây dựng không thành công.');
    process.exit(1);
  }
}

if (!existsSync(join(siteDir, PLAIN_BUNDLE, 'pagefind.js'))) {
  // The plain bundle: Pagefind run over the built pages with its defaults (it indexes the same
  // `data-pagefind-body` regions the visitor reads; no fold region, no copies, no extra words).
  const binaryModule = pathToFileURL(join(PROJECT_ROOT, 'node_modules', 'pagefind', 'lib', 'resolveBinary.js')).href;
  const { resolveBinaryPath } = (await import(binaryModule)) as { resolveBinaryPath: (names: string[]) => string };
  const env = { ...process.env };
  delete env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  const plain = spawnSync(resolveBinaryPath(['pagefind_extended', 'pagefind']), ['--site', siteDir, '--output-path', join(siteDir, PLAIN_BUNDLE), '--silent'], {
    stdio: 'inherit',
    env,
  });
  if (plain.status !== 0) {
    console.error('Pagefind (bản thường) không chạy được.');
    process.exit(1);
  }
}

/** The page a result URL points to, as the query set writes it: path, and a hotline's anchor. */
function idOf(url: string): string {
  const parsed = new URL(url, 'http://x/');
  return decodeURIComponent(parsed.pathname + parsed.hash);
}

const server = await serveSite(siteDir, '/');
const browser = await launchBrowser();
const outcomes: QueryOutcome[] = [];
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const sitePage = await context.newPage();
  const plainPage = await context.newPage();
  await plainPage.goto(`${server.url}`);
  for (const query of queries) {
    await sitePage.goto(`${server.url}tim-kiem/?q=${encodeURIComponent(query.query)}`);
    await sitePage.waitForFunction(() => /Tìm thấy|Không tìm thấy|Không tải được/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 60_000 });
    const siteUrls = await sitePage.locator('[data-search-results] .search-result__title a').evaluateAll((links) => links.slice(0, 10).map((link) => (link as HTMLAnchorElement).href));
    const plainUrls = await plainPage.evaluate(
      async ({ text, bundle }) => {
        type Plain = { options: (o: object) => Promise<void>; search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> };
        const pagefind = (await import(/* @vite-ignore */ bundle)) as Plain;
        await pagefind.options({ basePath: bundle.replace(/pagefind\.js$/, '') });
        const response = await pagefind.search(text);
        return Promise.all(response.results.slice(0, 10).map(async (result) => (await result.data()).url));
      },
      { text: query.query, bundle: `/${PLAIN_BUNDLE}pagefind.js` },
    );
    const rank = (urls: string[]) => {
      const found = urls.findIndex((url) => query.expected.includes(idOf(url)));
      return found < 0 ? undefined : found + 1;
    };
    const outcome: QueryOutcome = { ...query, siteRank: rank(siteUrls), plainRank: rank(plainUrls), siteTop: siteUrls.slice(0, 3).map(idOf), plainTop: plainUrls.slice(0, 3).map(idOf) };
    outcomes.push(outcome);
    if (process.env.BENCH_VERBOSE === '1' || (outcome.siteRank ?? 99) > 3) {
      console.log(`${(outcome.siteRank ?? '-').toString().padStart(2)} | ${(outcome.plainRank ?? '-').toString().padStart(2)}  [${query.kind}] ${query.query}  → ${outcome.siteTop.join(', ')}`);
    }
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

const report = summarize(outcomes);
console.log(`\n${report.markdown}`);
const out = resolve(PROJECT_ROOT, process.env.BENCH_OUT ?? 'bench-out/search-quality.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ queries: outcomes.length, rows: report.rows, outcomes }, null, 2));
console.log(`Số liệu: ${out}`);
if (process.env.BENCH_KEEP === '1' || process.env.BENCH_SITE || process.env.BENCH_WORK) console.log(`Giữ lại: ${work}`);
else rmSync(work, { recursive: true, force: true });
