/**
 * Contest results kept in a CSV beside the contest file (`resultsFile`), as exported from a
 * spreadsheet. The header is fixed so that a column typed in the wrong place is caught.
 */
import { parse } from 'csv-parse/sync';
import { errors as E } from '../i18n/errors.ts';

export const RESULTS_HEADER = ['prize', 'name', 'unit', 'group', 'score'] as const;

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

/** Parse and validate the results CSV. Spreadsheets add a BOM and may use `;`: accept both. */
export function parseResultsCsv(source: string): ParsedResults {
  const text = source.replace(/^\uFEFF/, '').normalize('NFC');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    return { rows: [], problems: [{ line: 1, message: (error as Error).message }] };
  }
  const header = (records[0] ?? []).map((cell) => cell.trim().toLowerCase());
  if (header.join(',') !== RESULTS_HEADER.join(',')) {
    return { rows: [], problems: [{ line: 1, message: E.csvHeader(RESULTS_HEADER.join(','), header.join(',')) }] };
  }
  const rows: CsvResultRow[] = [];
  const problems: CsvProblem[] = [];
  records.slice(1).forEach((cells, index) => {
    const line = index + 2;
    const [prize = '', name = '', unit = '', group = '', scoreText = ''] = cells;
    if (cells.length > RESULTS_HEADER.length) {
      problems.push({ line, message: `cần ${RESULTS_HEADER.length} cột, dòng này có ${cells.length} cột` });
      return;
    }
    if (!prize) problems.push({ line, column: 'prize', message: E.required });
    if (!name) problems.push({ line, column: 'name', message: E.required });
    let score: number | undefined;
    if (scoreText) {
      // Vietnamese spreadsheets write decimals with a comma: "9,5".
      const value = Number(scoreText.replace(',', '.'));
      if (Number.isFinite(value)) score = value;
      else problems.push({ line, column: 'score', message: E.expectedNumber(scoreText) });
    }
    if (prize && name) {
      rows.push({ prize, name, ...(unit && { unit }), ...(group && { group }), ...(score !== undefined && { score }) });
    }
  });
  return { rows, problems };
}
