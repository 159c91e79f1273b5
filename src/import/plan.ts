/**
 * The whole import, decided in memory before anything is written: map every source item, match
 * it with the existing file of the same procedure code, merge, validate against the content
 * schema, and sort the outcome into added / changed / unchanged / no longer in the source.
 * A bad record throws an ImportError: the caller then writes nothing.
 */
import { basename, extname, join } from 'node:path';
import { isMap, isScalar, parseDocument, stringify, type Pair } from 'yaml';
import { fieldPath } from '../content-check/problems.ts';
import { listFiles, readMarkdown } from '../content-check/read-files.ts';
import { importer as T } from '../i18n/importer.ts';
import { slugify, uniqueSlug } from '../lib/slug.ts';
import { deepNFC } from '../lib/vietnamese.ts';
import { procedureSchema } from '../schemas/collections.ts';
import { RESERVED_PROCEDURE_IDS } from '../schemas/vocabulary.ts';
import { mapListRow, type Level } from './list-row.ts';
import {
  FIELD_ORDER,
  LIST_FIELDS_OVER_DETAILS,
  LIST_FIELDS_SUMMARY,
  PORTAL_FIELDS,
  mergeFrontMatter,
  type FrontMatter,
} from './merge.ts';
import { mapPortalRecord, recordCode, type ImportedProcedure } from './portal-record.ts';
import { ImportError, type SourceItem } from './sources.ts';

export type EntryStatus = 'added' | 'changed' | 'unchanged';

export interface PlannedEntry {
  status: EntryStatus;
  /** File name inside `procedures/`, e.g. `dang-ky-khai-sinh.md`. */
  file: string;
  code: string;
  title: string;
  /** Where it came from, for messages. */
  source: string;
  changed: string[];
  keptLocal: string[];
  /** The complete new file; undefined when unchanged. */
  text?: string;
}

export interface ImportPlan {
  entries: PlannedEntry[];
  /** Existing procedure files whose code none of the sources had. */
  missing: { file: string; code: string; title: string }[];
  skipped: string[];
  notices: string[];
  records: number;
  rows: number;
  proceduresDir: string;
}

export interface PlanOptions {
  /** Level for list rows whose agency names no level (`--cap`). */
  fallbackLevels?: readonly Level[];
}

interface Incoming {
  kind: 'portal' | 'list';
  code: string;
  data: ImportedProcedure;
  where: string;
}

interface ExistingFile {
  file: string;
  data: FrontMatter;
  /** The front matter as written, to change only what changed. */
  yaml: string;
  body: string;
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Longest file name the importer makes: long titles (up to 250 characters) make unwieldy URLs. */
const SLUG_MAX = 60;

/** ASCII slug of a title, cut at a word boundary. */
export function titleSlug(title: string): string {
  const full = slugify(title);
  if (full.length <= SLUG_MAX) return full;
  const cut = full.slice(0, SLUG_MAX + 1);
  const at = cut.lastIndexOf('-');
  return (at > 20 ? cut.slice(0, at) : full.slice(0, SLUG_MAX)).replace(/-+$/, '');
}

const codeOf = (data: FrontMatter): string | undefined =>
  typeof data.code === 'number' ? data.code.toFixed(6) : typeof data.code === 'string' ? data.code.trim() : undefined;

function readExisting(dir: string, notices: string[]): { byCode: Map<string, ExistingFile>; taken: Set<string>; all: ExistingFile[] } {
  const byCode = new Map<string, ExistingFile>();
  const taken = new Set<string>(RESERVED_PROCEDURE_IDS);
  const all: ExistingFile[] = [];
  for (const file of listFiles(dir, ['.md', '.mdx'])) {
    taken.add(basename(file, extname(file)));
    const read = readMarkdown(join(dir, file));
    if (!read.ok || !read.data || typeof read.data !== 'object' || Array.isArray(read.data)) {
      notices.push(T.unreadableExisting(file, read.ok ? 'front matter' : read.message));
      continue;
    }
    const existing = { file, data: read.data as FrontMatter, yaml: FRONT_MATTER.exec(read.raw)?.[1] ?? '', body: read.body };
    all.push(existing);
    const code = codeOf(existing.data);
    // Two files with one code: the first (in name order) is the one the importer keeps in sync.
    if (code && !byCode.has(code)) byCode.set(code, existing);
  }
  return { byCode, taken, all };
}

/** A new file: YAML front matter between `---` lines, then the body. */
export function serialize(data: FrontMatter, body: string): string {
  const yaml = stringify(data, { lineWidth: 0, minContentWidth: 0 });
  return `---\n${yaml}---\n${body}`;
}

/** A field the file did not have goes after the field that precedes it in the content model's order. */
function insertInOrder(doc: ReturnType<typeof parseDocument>, key: string, value: unknown): void {
  const map = doc.contents;
  if (!isMap(map)) {
    doc.set(key, value);
    return;
  }
  const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
  const before = FIELD_ORDER.slice(0, Math.max(0, FIELD_ORDER.indexOf(key)));
  let at = 0;
  map.items.forEach((pair, index) => {
    if (before.includes(keyOf(pair))) at = index + 1;
  });
  map.items.splice(at, 0, doc.createPair(key, value));
}

/**
 * An existing file with only the changed fields rewritten: the editor's order, quoting, comments
 * and list indentation stay as they were, so a re-import shows up in a diff as what changed.
 */
export function serializeChanges(file: ExistingFile, data: FrontMatter, changed: readonly string[]): string {
  const doc = parseDocument(file.yaml);
  for (const key of changed) {
    if (data[key] === undefined) doc.delete(key);
    else if (doc.has(key)) doc.set(key, data[key]);
    else insertInOrder(doc, key, data[key]);
  }
  // Keep the file's style of list items: "- x" under the key, or indented "  - x".
  const indentSeq = !/^[^\s#][^\n]*:[ \t]*\r?\n- /m.test(file.yaml);
  return `---\n${doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq, doubleQuotedAsJSON: true })}---\n${file.body}`;
}

function validate(data: FrontMatter, where: string): void {
  const result = procedureSchema().safeParse(deepNFC(data));
  if (result.success) return;
  const problems = result.error.issues.map((issue) =>
    issue.path.length > 0 ? `${fieldPath(issue.path)}: ${issue.message}` : issue.message,
  );
  throw new ImportError(T.invalidOutput(where, problems));
}

function mapItems(items: readonly SourceItem[], options: PlanOptions) {
  const details = new Map<string, Incoming>();
  const rows = new Map<string, Incoming>();
  const skipped: string[] = [];
  const notices: string[] = [];
  let records = 0;
  let rowCount = 0;
  for (const item of items) {
    if (item.kind === 'portal') {
      records += 1;
      const where = T.recordAt(item.file, item.index, recordCode(item.record) || undefined);
      const mapped = mapPortalRecord(item.record, where);
      if (!mapped.ok) {
        skipped.push(mapped.skipped);
        continue;
      }
      if (details.has(mapped.code)) notices.push(T.duplicateRecord(mapped.code, basename(item.file)));
      notices.push(...mapped.notices);
      details.set(mapped.code, { kind: 'portal', code: mapped.code, data: mapped.data, where });
    } else {
      rowCount += 1;
      const where = T.rowAt(item.file, item.row, item.cells.code.trim() || undefined);
      const mapped = mapListRow(item.cells, where, options.fallbackLevels);
      if (!mapped.ok) {
        skipped.push(mapped.skipped);
        continue;
      }
      rows.set(mapped.code, { kind: 'list', code: mapped.code, data: mapped.data, where });
    }
  }
  // A detail record and a list row for one code: the detail record is the whole truth.
  const incoming = [...details.values(), ...[...rows.values()].filter((row) => !details.has(row.code))];
  return { incoming, skipped, notices, records, rows: rowCount };
}

export function planImport(items: readonly SourceItem[], contentDir: string, options: PlanOptions = {}): ImportPlan {
  const proceduresDir = join(contentDir, 'procedures');
  const mapped = mapItems(items, options);
  const notices = [...mapped.notices];
  const existing = readExisting(proceduresDir, notices);
  const entries: PlannedEntry[] = [];
  const seen = new Set<string>();

  for (const item of mapped.incoming) {
    seen.add(item.code);
    const file = existing.byCode.get(item.code);
    let owned: readonly string[] = PORTAL_FIELDS;
    let fillOnly: readonly string[] = [];
    if (item.kind === 'list') {
      const summaryOnly = !file || file.data.detailsOnPortal === true;
      owned = summaryOnly ? LIST_FIELDS_SUMMARY : LIST_FIELDS_OVER_DETAILS;
      fillOnly = ['portalUrl'];
    }
    const merged = mergeFrontMatter(file?.data, item.data, owned, fillOnly);
    validate(merged.data, file ? `${item.where} → procedures/${file.file}` : item.where);

    let name = file?.file;
    if (!name) {
      const slug = uniqueSlug(titleSlug(item.data.title), existing.taken);
      existing.taken.add(slug);
      name = `${slug}.md`;
    }
    const status: EntryStatus = !file ? 'added' : merged.changed.length > 0 ? 'changed' : 'unchanged';
    entries.push({
      status,
      file: name,
      code: item.code,
      title: String(merged.data.title ?? item.data.title),
      source: item.where,
      changed: file ? merged.changed : [],
      keptLocal: merged.keptLocal,
      ...(status !== 'unchanged' && {
        text: file ? serializeChanges(file, merged.data, merged.changed) : serialize(merged.data, ''),
      }),
    });
  }

  const missing = existing.all
    .filter((file) => {
      const code = codeOf(file.data);
      return code !== undefined && !seen.has(code) && existing.byCode.get(code) === file;
    })
    .map((file) => ({ file: file.file, code: codeOf(file.data) ?? '', title: String(file.data.title ?? '') }));

  return { entries, missing, skipped: mapped.skipped, notices, records: mapped.records, rows: mapped.rows, proceduresDir };
}
