/**
 * `npm run check`: validate all content without building, print every problem at once.
 * Exit code 1 when there is an error (warnings alone exit 0).
 */
import { contentDir } from '../src/config/paths.ts';
import { checkContent } from '../src/content-check/check-content.ts';
import { formatProblem } from '../src/content-check/problems.ts';
import { errors as E } from '../src/i18n/errors.ts';

const dir = contentDir();
const report = await checkContent(dir);
for (const problem of report.problems) {
  const mark = problem.severity === 'error' ? 'LỖI' : 'Cảnh báo';
  console.log(`${mark}  ${formatProblem(problem)}`);
}
if (report.errorCount > 0) {
  console.log(`\n${E.summary(report.errorCount)}`);
  process.exitCode = 1;
} else {
  console.log(`Nội dung hợp lệ: ${report.entries.length} tệp đã kiểm tra trong ${dir}.`);
}
