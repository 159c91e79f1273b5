/**
 * `npm run check`: validate all content without building, print every problem at once.
 * Exit code 1 when there is an error (warnings alone exit 0).
 *
 *   --fix                 rewrite NFD (decomposed) Vietnamese text in NFC first
 *   --anh-toi-da <MB>     image size that triggers a warning (default 1)
 */
import { parseArgs } from 'node:util';
import { resolveDeployment } from '../src/config/paths.ts';
import { checkContent } from '../src/content-check/check-content.ts';
import { formatProblem } from '../src/content-check/problems.ts';
import { DEFAULT_IMAGE_LIMIT_BYTES, rewriteToNfc } from '../src/content-check/warnings.ts';
import { editor } from '../src/i18n/editor.ts';
import { errors as E } from '../src/i18n/errors.ts';

const T = editor.check;
const started = performance.now();
const { values } = parseArgs({
  options: { fix: { type: 'boolean', default: false }, 'anh-toi-da': { type: 'string' } },
  allowPositionals: false,
});
const limitMb = Number(values['anh-toi-da']?.replace(',', '.'));
const imageLimitBytes = Number.isFinite(limitMb) && limitMb > 0 ? limitMb * 1024 * 1024 : DEFAULT_IMAGE_LIMIT_BYTES;

const deployment = resolveDeployment();
const dir = deployment.contentDir;
if (values.fix) {
  const fixed = rewriteToNfc(dir);
  if (fixed.length > 0) console.log(T.fixed(fixed));
}

const report = await checkContent(dir, { imageLimitBytes, basePath: deployment.basePath });
// Errors first: they are what stops the build.
const ordered = [...report.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
for (const problem of ordered) {
  const mark = problem.severity === 'error' ? T.errorMark : T.warningMark;
  console.log(`${mark}  ${formatProblem(problem)}`);
}
const warnings = report.problems.length - report.errorCount;
if (report.problems.some((problem) => problem.severity === 'warning' && problem.message.includes('--fix'))) {
  console.log(`\n${T.fixHint}`);
}
if (warnings > 0) console.log(`\n${T.warningSummary(warnings)}`);
if (report.errorCount > 0) {
  console.log(`\n${E.summary(report.errorCount)}`);
  process.exitCode = 1;
} else {
  console.log(T.ok(report.entries.length, dir));
}
console.log(T.seconds(((performance.now() - started) / 1000).toFixed(1).replace('.', ',')));
