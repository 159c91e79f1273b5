/**
 * `npm run build`: check the content, build the site and its search index into a temporary
 * folder, and only then put it in place of the output folder. A failed build leaves the site
 * that was there untouched (content-model rule: nothing already published is lost).
 *
 *   OUT_DIR=... (default dist)   CONTENT_DIR=...   SITE_URL=...   BASE_PATH=/cchc/
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { PROJECT_ROOT, resolveDeployment } from '../src/config/paths.ts';
import { checkContent } from '../src/content-check/check-content.ts';
import { formatProblem } from '../src/content-check/problems.ts';
import { errors as E } from '../src/i18n/errors.ts';
import { buildSearchIndex } from './lib/search-index.ts';
import { cacheDirFor, runBin, walkFiles } from './lib/run.ts';

const started = performance.now();
const deployment = resolveDeployment();
const outArg = process.env.OUT_DIR?.trim() || 'dist';
const outDir = isAbsolute(outArg) ? outArg : resolve(PROJECT_ROOT, outArg);
const tempDir = join(dirname(outDir), `.build-tmp-${basename(outDir)}-${process.pid}`);

function fail(message: string): never {
  rmSync(tempDir, { recursive: true, force: true });
  console.error(`\n${message}\n${E.buildFailed}`);
  process.exit(1);
}

console.log(`Nội dung: ${deployment.contentDir}\nĐịa chỉ: ${deployment.siteUrl}${deployment.basePath}`);

const report = await checkContent(deployment.contentDir);
for (const problem of report.problems) {
  console.error(`${problem.severity === 'error' ? 'LỖI' : 'Cảnh báo'}  ${formatProblem(problem)}`);
}
if (report.errorCount > 0) fail(E.summary(report.errorCount));

const env = {
  ...process.env,
  CONTENT_DIR: deployment.contentDir,
  ASTRO_OUT_DIR: tempDir,
  ASTRO_CACHE_DIR: process.env.ASTRO_CACHE_DIR || cacheDirFor(deployment.contentDir),
  ASTRO_TELEMETRY_DISABLED: '1',
};
const code = await runBin('astro', ['build', '--silent'], env);
if (code !== 0 || !existsSync(join(tempDir, 'index.html'))) fail(`Astro dừng với mã lỗi ${code}.`);

try {
  await buildSearchIndex(tempDir, deployment.basePath);
} catch (error) {
  fail(`Không tạo được chỉ mục tìm kiếm: ${(error as Error).message}`);
}

// Swap: the old site stays in place until the new one is complete.
const previous = `${outDir}.old-${process.pid}`;
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(tempDir, outDir);
rmSync(previous, { recursive: true, force: true });

const pages = walkFiles(outDir).filter((file) => file.endsWith('.html')).length;
console.log(E.buildOk(pages, ((performance.now() - started) / 1000).toFixed(1)) + ` Thư mục: ${outDir}`);
