/**
 * Contest results kept in a CSV beside the contest file (`resultsFile`), as exported from a
 * spreadsheet. Every problem is reported with its line and column so that an editor can find the
 * cell in the spreadsheet; the whole file is checked, not only up to the first mistake.
 */
import { parse } from 'csv-parse/sync';
import { errors as E } from '../i18n/errors.ts';
import { contests as T } from '../i18n/contests.ts';
import { KNOWN_PRIZES } from '../schemas/vocabulary.ts';
import { foldVietnamese } from './vietnamese.ts';

export const RESULTS_HEADER = ['prize', 'name', 'unit', 'group', 'score'] as const;
type Column = (typeof RESULTS_HEADER)[number];

export interface CsvResultRow {
  prize: string;
  name: string;
  unit?: string;
  group?: string;
  score?: number;
}

export interface CsvProblem {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  /** Column name when the problem is in one cell. */
  column?: string;
  message: string;
}

export interface ParsedResults {
  rows: CsvResultRow[];
  problems: CsvProblem[];
}

/**
 * Header names accepted for each column, folded (no marks, đ→d, lower case, words joined by
 * "-"). Editors often type the Vietnamese labels they see on the site instead of the English ids.
 */
const HEADER_ALIASES: Record<Column, readonly string[]> = {
  prize: ['prize', 'giai', 'giai-thuong'],
  name: ['name', 'ho-va-ten', 'ho-ten', 'ten'],
  unit: ['unit', 'don-vi'],
  group: ['group', 'bang', 'nhom'],
  score: ['score', 'diem'],
};

function fold(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Short forms seen in spreadsheets, folded. */
const PRIZE_ALIASES: Record<string, (typeof KNOWN_PRIZES)[number]> = {
  kk: 'khuyen-khich',
  'giai-kk': 'khuyen-khich',
  '1': 'nhat',
  '2': 'nhi',
  '3': 'ba',
  'giai-1': 'nhat',
  'giai-2': 'nhi',
  'giai-3': 'ba',
};

/**
 * The known prize id for what an editor wrote: "nhat", "Nhất", "Giải Nhất", "giai nhat" all mean
 * `nhat`. Undefined for anything else (a special prize written out, or a typo).
 */
export function knownPrizeId(text: string): (typeof KNOWN_PRIZES)[number] | undefined {
  const folded = fold(text);
  const bare = folded.replace(/^giai-/, '');
  for (const candidate of [folded, bare]) {
    if ((KNOWN_PRIZES as readonly string[]).includes(candidate)) return candidate as (typeof KNOWN_PRIZES)[number];
    if (candidate in PRIZE_ALIASES) return PRIZE_ALIASES[candidate];
  }
  return undefined;
}

/**
 * A prize written as a lowercase ASCII code ("nhat", "khuyen-khich") is meant to be one of the
 * known ids, so an unknown code is a typo. A prize written as Vietnamese words with capitals or
 * marks ("Giải Triển vọng", "Giải tập thể") is a special prize and is kept as written.
 */
export function looksLikePrizeCode(text: string): boolean {
  return /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(text);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known prize closest to a mistyped code, if it is close enough to be a typo. */
export function suggestPrize(text: string): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const id of KNOWN_PRIZES) {
    const distance = editDistance(text, id);
    if (!best || distance < best.distance) best = { id, distance };
  }
  return best && best.distance <= 2 ? best.id : undefined;
}

/** Decimal comma from Vietnamese spreadsheets ("9,5") or point ("9.5"); nothing else. */
export function parseScore(text: string): number | undefined {
  if (!/^-?\d+(?:[.,]\d+)?$/.test(text)) return undefined;
  return Number(text.replace(',', '.'));
}

function csvSyntaxMessage(error: { code?: string; message: string }): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return T.csv.quoteNotClosed;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return T.csv.badQuote;
    default:
      return `${T.csv.unreadable} (${error.message})`;
  }
}

/** Parse and validate the results CSV. Spreadsheets add a BOM and may use `;`: accept both. */
export function parseResultsCsv(source: string): ParsedResults {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // csv-parse's types describe the plain record form even when `info: true` wraps each record.
    records = parse(text, { delimiter, skip_empty_lines: true, trim: true, relax_column_count: true, info: true }) as unknown as typeof records;
  } catch (error) {
    const failure = error as { code?: string; message: string; lines?: number };
    return { rows: [], problems: [{ line: failure.lines ?? 1, message: csvSyntaxMessage(failure) }] };
  }
  if (records.length === 0) return { rows: [], problems: [{ line: 1, message: T.csv.empty }] };

  // A record's info gives the line it ends on; a quoted cell may span lines, so count back.
  const startLine = (entry: (typeof records)[number]) => 
    entry.info.lines - entry.record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);

  const headerEntry = records[0]!;
  const header = headerEntry.record.map((cell) => cell.trim());
  const columnAt: (Column | undefined)[] = [];
  const headerProblems: CsvProblem[] = [];
  header.forEach((cell, index) => {
    const folded = fold(cell);
    const column = RESULTS_HEADER.find((name) => HEADER_ALIASES[name].includes(folded));
    if (!column) {
      headerProblems.push({ line: startLine(headerEntry), message: T.csv.unknownColumn(cell, index + 1) });
    } else if (columnAt.includes(column)) {
      headerProblems.push({ line: startLine(headerEntry), message: T.csv.duplicateColumn(cell) });
    }
    columnAt.push(column);
  });
  for (const required of ['prize', 'name'] as const) {
    if (!columnAt.includes(required)) headerProblems.push({ line: startLine(headerEntry), message: T.csv.missingColumn(required) });
  }
  if (headerProblems.length > 0) {
    const summary = E.csvHeader(RESULTS_HEADER.join(','), header.join(','));
    return { rows: [], problems: headerProblems.map((p) => ({ ...p, message: `${summary}: ${p.message}` })) };
  }

  const rows: CsvResultRow[] = [];
  const problems: CsvProblem[] = [];
  for (const entry of records.slice(1)) {
    const line = startLine(entry);
    const cells = entry.record;
    if (cells.every((cell) => cell === '')) continue; // a row of empty cells left by the spreadsheet
    if (cells.length > header.length && cells.slice(header.length).some((cell) => cell !== '')) {
      problems.push({ line, message: T.csv.tooManyCells(header.length, cells.length) });
      continue;
    }
    const cell = (column: Column) => {
      const index = columnAt.indexOf(column);
      return index === -1 ? '' : (cells[index] ?? '');
    };
    const before = problems.length;
    const prizeText = cell('prize');
    const name = cell('name');
    const scoreText = cell('score');
    let prize = prizeText;
    if (!prizeText) {
      problems.push({ line, column: 'prize', message: E.required });
    } else {
      const known = knownPrizeId(prizeText);
      if (known) prize = known;
      else if (looksLikePrizeCode(prizeText)) {
        problems.push({ line, column: 'prize', message: T.csv.unknownPrize(prizeText, KNOWN_PRIZES, suggestPrize(prizeText)) });
      }
    }
    if (!name) problems.push({ line, column: 'name', message: E.required });
    let score: number | undefined;
    if (scoreText) {
      score = parseScore(scoreText);
      if (score === undefined) problems.push({ line, column: 'score', message: E.expectedNumber(scoreText) });
      else if (score < 0) problems.push({ line, column: 'score', message: T.csv.negativeScore(scoreText) });
    }
    if (problems.length > before) continue;
    const unit = cell('unit');
    const group = cell('group');
    rows.push({ prize, name, ...(unit && { unit }), ...(group && { group }), ...(score !== undefined && { score }) });
  }
  return { rows, problems };
}
