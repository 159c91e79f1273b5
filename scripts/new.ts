/**
 * `npm run new -- tin-tuc "Tiêu đề bài viết"`: create a correctly named content file with every
 * required field filled (today's date, a valid choice or a CẦN ĐIỀN placeholder).
 *
 *   kinds: tin-tuc, thu-tuc, duong-day-nong, mo-hinh, cuoc-thi, van-ban
 *   --don-vi <id>        unit from units.yaml (news, hotlines)
 *   --ngay YYYY-MM-DD    date instead of today (BUILD_DATE also pins "today")
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { PROJECT_ROOT, contentDir } from '../src/config/paths.ts';
import { isEntryKind, planNewEntry, type UnitChoice } from '../src/editor/new-entry.ts';
import { editor } from '../src/i18n/editor.ts';
import { buildDay, parseContentDate } from '../src/lib/dates.ts';

const T = editor.newEntry;

function fail(message: string): never {
  console.error(`${T.errorPrefix}: ${message}\n\n${T.usage}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  options: { 'don-vi': { type: 'string' }, ngay: { type: 'string' } },
  allowPositionals: true,
});
const [kind, ...titleWords] = positionals;
if (!kind) fail(T.titleMissing);
if (!isEntryKind(kind)) fail(T.unknownKind(kind));
// npm may split an unquoted title into words: join them back.
const title = titleWords.join(' ').trim();
if (!title) fail(T.titleMissing);

const date = values.ngay ?? buildDay();
if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !parseContentDate(date)) fail(T.badDate(date));

const dir = contentDir();
let units: UnitChoice[] = [];
try {
  const raw: unknown = parse(readFileSync(join(dir, 'units.yaml'), 'utf8'));
  if (Array.isArray(raw)) {
    units = raw
      .filter((unit): unit is { id: string; name: string } => typeof unit?.id === 'string')
      .map((unit) => ({ id: unit.id, name: String(unit.name ?? unit.id) }));
  }
} catch {
  // No or broken units.yaml: the new file gets a placeholder and `npm run check` explains.
}
const unit = values['don-vi'];
if (unit !== undefined && !units.some((choice) => choice.id === unit)) fail(T.unknownUnit(unit, units.map((u) => u.id)));

const created = planNewEntry(dir, { kind, title, date, units, ...(unit !== undefined && { unit }) });
const path = join(dir, created.file);
if (existsSync(path)) fail(T.created(created.file));
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, created.text, { encoding: 'utf8', flag: 'wx' });
const shown = relative(PROJECT_ROOT, path);
console.log(T.created(shown.startsWith('..') ? path : shown));
console.log(T.nextSteps(kind === 'tin-tuc'));
