/**
 * `npm run report -- --quy 2026-Q1` (or `--thang 2026-03`, `--nam 2026`): published news per
 * unit per month against content/plan.yaml; prints the table and writes it as Markdown and CSV.
 *
 *   --den-ngay YYYY-MM-DD   the report's day (default today in Vietnam; BUILD_DATE pins it)
 *   --thu-muc <dir>         where to write the files (default bao-cao/ in the project)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, contentDir } from '../src/config/paths.ts';
import { editor } from '../src/i18n/editor.ts';
import { buildDay, parseContentDate } from '../src/lib/dates.ts';
import { reportCsv, reportMarkdown } from '../src/report/format.ts';
import { loadReportContent } from '../src/report/load.ts';
import { buildQuotaReport, parsePeriod, type Period } from '../src/report/quota.ts';
import { loadPlanProgress } from '../src/plan/load.ts';
import { planCsv, planMarkdown } from '../src/plan/table.ts';

const R = editor.report;

function fail(message: string): never {
  console.error(`${editor.newEntry.errorPrefix}: ${message}\n\n${R.usage}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    quy: { type: 'string' },
    thang: { type: 'string' },
    nam: { type: 'string' },
    'den-ngay': { type: 'string' },
    'thu-muc': { type: 'string' },
  },
});

const asOf = values['den-ngay'] ?? buildDay();
if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || !parseContentDate(asOf)) fail(R.badDate(asOf));

let period: Period | undefined;
for (const option of ['quy', 'thang', 'nam'] as const) {
  const value = values[option];
  if (value === undefined) continue;
  period = parsePeriod(option, value);
  if (!period) fail(R.badPeriod(value));
  break;
}
// Without an option: the current quarter, the most frequent request.
period ??= parsePeriod('quy', `${asOf.slice(0, 4)}-Q${Math.ceil(Number(asOf.slice(5, 7)) / 3)}`);
if (!period) fail(R.badPeriod(''));

const content = await loadReportContent(contentDir());
if (content.errorCount > 0) console.warn(R.contentErrors(content.errorCount));
let targets = content.plan?.targets;
if (!content.plan) console.warn(R.noPlan);
else if (content.plan.year !== period.year) {
  console.warn(R.planOtherYear(content.plan.year, period.year));
  targets = undefined;
}

const report = buildQuotaReport({ period, asOf, news: content.news, units: content.units, targets });
const markdown = reportMarkdown(report, content.siteName);
console.log(markdown);

const outArg = values['thu-muc'] ?? 'bao-cao';
const outDir = isAbsolute(outArg) ? outArg : resolve(PROJECT_ROOT, outArg);
mkdirSync(outDir, { recursive: true });
const base = join(outDir, `chi-tieu-tin-bai-${period.key}`);
writeFileSync(`${base}.md`, markdown, 'utf8');
writeFileSync(`${base}.csv`, reportCsv(report), 'utf8');
const written = [`${base}.md`, `${base}.csv`];

// The plan's activities, with the same numbers as the /ke-hoach/ page (src/lib/plan-progress.ts).
const { progress, unitNames } = await loadPlanProgress(contentDir(), asOf);
if (progress && progress.activities.length > 0) {
  const unitName = (id: string) => unitNames.get(id) ?? id;
  const table = planMarkdown(progress, unitName);
  console.log(table);
  const planBase = join(outDir, `ke-hoach-${progress.year}`);
  writeFileSync(`${planBase}.md`, table, 'utf8');
  writeFileSync(`${planBase}.csv`, planCsv(progress, unitName), 'utf8');
  written.push(`${planBase}.md`, `${planBase}.csv`);
}
const shown = (path: string) => (relative(PROJECT_ROOT, path).startsWith('..') ? path : relative(PROJECT_ROOT, path));
console.log(R.written(written.map(shown)));
