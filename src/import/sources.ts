/**
 * Reading what the importer is given: portal JSON records (one per file, or an array, or the
 * portal's `{ data: … }` envelopes) and the official list export (.xlsx). Nothing is mapped here;
 * every item keeps the file and position it came from so that errors can name them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { importer as T } from '../i18n/importer.ts';

/** A problem with the input that stops the whole run; the message is for the editor. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export type PortalRecord = Record<string, unknown>;

export interface PortalItem {
  kind: 'portal';
  /** File as the user named it (path given on the command line, or folder + name). */
  file: string;
  /** Position in an array file; undefined for a file holding one record. */
  index: number | undefined;
  record: PortalRecord;
}

export interface ListRow {
  code: string;
  title: string;
  issuer: string;
  agency: string;
  field: string;
}

export interface ListItem {
  kind: 'list';
  file: string;
  /** Spreadsheet row number as Excel shows it (1-based). */
  row: number;
  cells: ListRow;
}

export type SourceItem = PortalItem | ListItem;

const SUPPORTED = ['.json', '.xlsx'];

/** Every input file behind the given paths: a folder gives its .json and .xlsx files, sorted. */
export function listInputFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new ImportError(T.pathMissing(path));
    if (statSync(path).isDirectory()) {
      const inside = readdirSync(path)
        .filter((name) => SUPPORTED.includes(extname(name).toLowerCase()) && !name.startsWith('.'))
        .sort()
        .map((name) => join(path, name));
      if (inside.length === 0) throw new ImportError(T.folderEmpty(path));
      files.push(...inside);
    } else if (SUPPORTED.includes(extname(path).toLowerCase())) {
      files.push(path);
    } else {
      throw new ImportError(T.unsupportedFile(path));
    }
  }
  return files;
}

export async function readSources(paths: readonly string[]): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for (const file of listInputFiles(paths)) {
    if (extname(file).toLowerCase() === '.json') items.push(...readPortalFile(file));
    else items.push(...(await readListFile(file)));
  }
  return items;
}

// ---------------------------------------------------------------------------------------------
// Portal JSON

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A portal procedure record has at least a code or a name plus some of its detail lists. */
const looksLikeRecord = (value: Record<string, unknown>) =>
  'code' in value || 'codeNotation' in value || ('name' in value && ('executionMethods' in value || 'executionCases' in value));

/** Keys under which the portal's API (and its paged search) wraps the record or the list. */
const ENVELOPES = ['data', 'result', 'results', 'items', 'content', 'records', 'list', 'rows'];

/** The record list inside a parsed file: an array, one record, or an envelope around either. */
export function unwrapRecords(parsed: unknown, depth = 0): unknown[] | undefined {
  if (Array.isArray(parsed)) return parsed;
  if (!isObject(parsed)) return undefined;
  if (looksLikeRecord(parsed)) return [parsed];
  if (depth >= 2) return undefined;
  for (const key of ENVELOPES) {
    if (key in parsed) {
      const inner = unwrapRecords(parsed[key], depth + 1);
      if (inner) return inner;
    }
  }
  return undefined;
}

export function parsePortalJson(text: string, file: string): PortalItem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(T.brokenJson(file, (error as Error).message));
  }
  const records = unwrapRecords(parsed);
  if (!records || records.length === 0) throw new ImportError(T.noRecords(file));
  const single = !Array.isArray(parsed) && records.length === 1;
  return records.map((record, position) => {
    const index = single ? undefined : position;
    if (!isObject(record)) throw new ImportError(T.notARecord(T.recordAt(file, index, undefined)));
    return { kind: 'portal', file, index, record };
  });
}

function readPortalFile(file: string): PortalItem[] {
  return parsePortalJson(readFileSync(file, 'utf8'), file);
}

// ---------------------------------------------------------------------------------------------
// List export (.xlsx)

const HEADER = ['ma so', 'ten', 'co quan ban hanh', 'co quan thuc hien', 'linh vuc'] as const;

/** "Mã số" → "ma so": header cells are compared without marks, case or extra spaces. */
function headerKey(value: unknown): string {
  return String(value ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const cellText = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/**
 * Rows of the list export: the banner rows above the header are skipped, the header is found by
 * its five titles (in any column order), empty rows are left out.
 */
export function listRowsFromSheet(data: readonly (readonly unknown[])[], file: string): ListItem[] {
  const headerIndex = data.findIndex((row) => HEADER.every((title) => row.some((cell) => headerKey(cell) === title)));
  if (headerIndex < 0) throw new ImportError(T.noHeader(file));
  const header = data[headerIndex] ?? [];
  const column = Object.fromEntries(HEADER.map((title) => [title, header.findIndex((cell) => headerKey(cell) === title)]));
  const items: ListItem[] = [];
  data.slice(headerIndex + 1).forEach((row, offset) => {
    if (row.every((cell) => cellText(cell).trim() === '')) return;
    const at = (title: (typeof HEADER)[number]) => cellText(row[column[title] ?? -1]);
    items.push({
      kind: 'list',
      file,
      row: headerIndex + offset + 2,
      cells: {
        code: at('ma so'),
        title: at('ten'),
        issuer: at('co quan ban hanh'),
        agency: at('co quan thuc hien'),
        field: at('linh vuc'),
      },
    });
  });
  return items;
}

async function readListFile(file: string): Promise<ListItem[]> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readExcelFile(readFileSync(file))) as { sheet: string; data: unknown[][] }[];
  } catch (error) {
    throw new ImportError(T.brokenXlsx(file, (error as Error).message));
  }
  // The export has one sheet; should a workbook have more, the first with the header is used.
  for (const sheet of sheets) {
    try {
      return listRowsFromSheet(sheet.data, file);
    } catch (error) {
      if (sheet === sheets.at(-1)) throw error;
    }
  }
  throw new ImportError(T.noHeader(file));
}

/** Short name of a source file for messages and notices. */
export const shortName = (file: string) => basename(file);
