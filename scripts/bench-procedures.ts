/**
 * `npm run bench:procedures`: a province's procedure load. The 1,601 real procedures of the national
 * portal (../shared/real-data, unpacked into a temporary folder, never copied into the repository)
 * plus copies of real ones under new codes and titles up to --procedures (default 2,000), some of
 * them in new fields to reach about 140, and --news generated news (default 2,000). Builds once
 * with the production pipeline and reports build time, the heaviest page and /thu-tuc/ in KB gzip.
 *
 *   npm run bench:procedures -- --procedures=2000 --news=2000 --keep
 *
 * For timing claims run it under farm-bench (several runs, median), e.g.
 *   farm-bench -n 3 --timeout 3600 -- npm run bench:procedures
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import { PROJECT_ROOT } from '../src/config/paths.ts';
import { quality } from '../src/i18n/quality.ts';
import { generateContent } from './bench/generate.ts';
import { measure } from './bench/measure.ts';

const T = quality.benchProcedures;

function option(name: string, fallback: string): string {
  const arg = process.argv.slice(2).find((value) => value === `--${name}` || value.startsWith(`--${name}=`));
  if (arg === undefined) return fallback;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : 'true';
}

const wanted = Number(option('procedures', '2000'));
const newsCount = Number(option('news', '2000'));
const keep = option('keep', 'false') === 'true';
const tarball = join(PROJECT_ROOT, '..', 'shared', 'real-data', 'procedures-national-portal.tar.gz');
if (!existsSync(tarball)) throw new Error(T.missing(tarball));

const work = mkdtempSync(join(tmpdir(), 'trang-cchc-bench-procedures-'));
const content = join(work, 'content');
// Generated news (and the site, units and hotlines they refer to); its synthetic procedures are replaced.
generateContent(content, Math.round(newsCount / 0.8));
rmSync(join(content, 'procedures'), { recursive: true, force: true });
execFileSync('tar', ['-xzf', tarball, '-C', content]);
const procedureDir = join(content, 'procedures');
const real = readdirSync(procedureDir).filter((name) => name.endsWith('.md')).sort();
const extra = Math.max(0, wanted - real.length);
console.log(T.preparing(real.length, extra, newsCount, content));

/** Extra procedures: real records under new codes and titles; every fifth in one of 17 new fields. */
for (let i = 0; i < extra; i += 1) {
  const source = readFileSync(join(procedureDir, real[(i * 7) % real.length]!), 'utf8');
  const [, front, ...rest] = source.split(/^---$/m);
  const data = parse(front ?? '') as Record<string, unknown>;
  data.code = `2.9${String(i + 1).padStart(5, '0')}`;
  data.title = `${String(data.title)} (bản thử ${i + 1})`;
  if (i % 5 === 0) data.field = `Lĩnh vực thử nghiệm ${(i % 17) + 1}`;
  writeFileSync(join(procedureDir, `thu-tuc-thu-${String(i + 1).padStart(4, '0')}.md`), `---\n${stringify(data)}---${rest.join('---')}`);
}

const out = join(work, 'dist');
console.log(T.building);
const result = await measure(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build.ts')], {
  cwd: PROJECT_ROOT,
  env: {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    BUILD_DATE: '2026-11-22',
    CONTENT_DIR: content,
    OUT_DIR: out,
    ASTRO_CACHE_DIR: join(work, 'cache'),
    SITE_URL: 'https://hoaan.cantho.gov.vn',
  },
  quiet: true,
});
if (result.exitCode !== 0) throw new Error(T.failed(result.exitCode));

const gzipped = new Map<string, number>();
const gzipSize = (file: string) => {
  let size = gzipped.get(file);
  if (size === undefined) gzipped.set(file, (size = gzipSync(readFileSync(file)).byteLength));
  return size;
};
/** What a phone downloads for a page: HTML plus the stylesheets and scripts it links, gzip. */
function pageWeight(file: string): number {
  const html = readFileSync(file, 'utf8');
  const assets = new Set([...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="(\/[^"?#]+)/g)].map((m) => m[1]!));
  return gzipSize(file) + [...assets].reduce((sum, asset) => sum + (existsSync(join(out, asset)) ? gzipSize(join(out, asset)) : 0), 0);
}
const pages = (function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name === 'index.html' ? [join(dir, entry.name)] : [],
  );
})(out);
const weights = pages.map((file) => ({ path: `/${relative(out, file).replace(/index\.html$/, '')}`, bytes: pageWeight(file) }));
const heaviest = weights.reduce((a, b) => (b.bytes > a.bytes ? b : a));
const procedures = weights.filter((w) => /^\/thu-tuc\/[^/]+\/$/.test(w.path) && !/^\/thu-tuc\/(cap|truc-tuyen|linh-vuc)\//.test(w.path));
const heaviestProcedure = procedures.reduce((a, b) => (b.bytes > a.bytes ? b : a));
const index = weights.find((w) => w.path === '/thu-tuc/')!;

const rows: [string, string][] = [
  [T.wall, result.wallSeconds.toFixed(1)],
  [T.cpu, result.cpuSeconds?.toFixed(1) ?? '–'],
  [T.peak, `${(result.peakTreeRss / 1024 ** 3).toFixed(2)} GB`],
  [T.pages, String(pages.length)],
  [T.heaviest(heaviest.path), T.kb(heaviest.bytes)],
  [T.heaviestProcedure(heaviestProcedure.path), T.kb(heaviestProcedure.bytes)],
  [T.index, T.kb(index.bytes)],
];
console.log(`| ${T.columns.join(' | ')} |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}`);
if (keep) console.log(T.kept(work));
else rmSync(work, { recursive: true, force: true });
