/**
 * `npm run import` / `npm run nhap-thu-tuc`: bring procedures in from the national procedure
 * database (portal JSON records, the official list export .xlsx) into content/procedures/.
 *
 *   npm run nhap-thu-tuc -- <file-or-folder>… [--thu|--dry-run] [--noi-dung|--content DIR] [--cap tinh|xa]
 *
 * Everything is decided and validated in memory first (src/import/plan.ts); a bad record stops
 * the run with a Vietnamese message naming the file and record, and nothing is written.
 */
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/config/paths.ts';
import { importer as T } from '../src/i18n/importer.ts';
import { planImport } from '../src/import/plan.ts';
import { formatReport } from '../src/import/report.ts';
import { ImportError, readSources } from '../src/import/sources.ts';
import { applyPlan } from '../src/import/write.ts';
import type { Level } from '../src/import/list-row.ts';

function fail(message: string, code = 1): never {
  console.error(`${T.errorPrefix}: ${message}`);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      thu: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      'noi-dung': { type: 'string' },
      content: { type: 'string' },
      cap: { type: 'string' },
      level: { type: 'string' },
      giup: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
} catch (error) {
  fail(`${T.unknownOption((error as Error).message)}\n\n${T.usage}`, 2);
}
const { values, positionals } = parsed;
if (values.giup || values.help) {
  console.log(T.usage);
  process.exit(0);
}
if (positionals.length === 0) fail(`${T.noInput}\n\n${T.usage}`, 2);

// npm runs scripts from the project folder; paths are meant from where the user typed them
// (and are shown in messages as typed).
const cwd = process.env.INIT_CWD || process.cwd();
const fromUser = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
const defaultContent = contentDir();
process.chdir(cwd);
const dryRun = values.thu || values['dry-run'];
const chosenContent = values['noi-dung'] ?? values.content;
const dir = chosenContent ? fromUser(chosenContent) : defaultContent;

const levelText = values.cap ?? values.level;
const fallbackLevels: Level[] = [];
for (const part of (levelText ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
  if (part !== 'tinh' && part !== 'xa') fail(T.badLevel(part), 2);
  fallbackLevels.push(part);
}

try {
  const items = await readSources(positionals);
  const plan = planImport(items, dir, { fallbackLevels });
  console.log(formatReport(plan, { dryRun }));
  if (dryRun) {
    console.log(`\n${T.dryRunDone}`);
  } else {
    const written = applyPlan(plan);
    console.log(`\n${T.written(written, plan.proceduresDir)}`);
  }
} catch (error) {
  if (error instanceof ImportError) fail(`${error.message}\n${T.nothingWritten}`);
  throw error;
}
