/**
 * Ordering and grouping of contest results. The results tables are sortable without JavaScript:
 * each order is rendered at build time on its own page, and the column headers link to them.
 */
import { KNOWN_PRIZES } from '../schemas/vocabulary.ts';
import { knownPrizeId } from './contest-csv.ts';
import { compareVietnamese } from './vietnamese.ts';

export interface ResultRow {
  prize: string;
  name: string;
  unit?: string;
  group?: string;
  score?: number;
}

/** URL segments of the orders; `giai` (by prize) is the contest page itself. */
export const RESULT_ORDERS = ['giai', 'diem', 'ten', 'don-vi'] as const;
export type ResultOrder = (typeof RESULT_ORDERS)[number];

/** Nhất, Nhì, Ba, Khuyến khích, then special prizes in the order they were written. */
export function prizeRank(prize: string): number {
  const known = knownPrizeId(prize);
  return known ? KNOWN_PRIZES.indexOf(known) : KNOWN_PRIZES.length;
}

/** Vietnamese lists sort people by given name (the last word), then by the full name. */
export function givenName(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}

export function compareByName(a: ResultRow, b: ResultRow): number {
  return compareVietnamese(givenName(a.name), givenName(b.name)) || compareVietnamese(a.name, b.name);
}

const byPrize = (a: ResultRow, b: ResultRow) => prizeRank(a.prize) - prizeRank(b.prize);
/** Rows without a score go last whatever the direction. */
const byScoreDesc = (a: ResultRow, b: ResultRow) => (b.score ?? -Infinity) - (a.score ?? -Infinity);

export function sortResults<T extends ResultRow>(rows: readonly T[], order: ResultOrder): T[] {
  const indexed = rows.map((row, index) => ({ row, index }));
  const stable = (compare: (a: T, b: T) => number) =>
    indexed.sort((a, b) => compare(a.row, b.row) || a.index - b.index).map((entry) => entry.row);
  switch (order) {
    case 'diem':
      return stable((a, b) => byScoreDesc(a, b) || byPrize(a, b) || compareByName(a, b));
    case 'ten':
      return stable(compareByName);
    case 'don-vi':
      return stable((a, b) => compareVietnamese(a.unit ?? '\uffff', b.unit ?? '\uffff') || byPrize(a, b) || compareByName(a, b));
    default:
      return stable((a, b) => byPrize(a, b) || byScoreDesc(a, b));
  }
}

export interface ResultGroup<T> {
  /** Empty when the results have no groups (bảng). */
  name: string;
  rows: T[];
}

/** Results split by group (bảng), groups in the order they first appear. */
export function groupResults<T extends ResultRow>(rows: readonly T[]): ResultGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const name = row.group ?? '';
    groups.set(name, [...(groups.get(name) ?? []), row]);
  }
  return [...groups].map(([name, list]) => ({ name, rows: list }));
}

export interface PrizeBlock<T> {
  /** The known prize id, or the prize as written for a special prize. */
  prize: string;
  rows: T[];
}

/** For the printed winners list: within a group, one block per prize, best prize first. */
export function prizeBlocks<T extends ResultRow>(rows: readonly T[]): PrizeBlock<T>[] {
  const blocks = new Map<string, T[]>();
  for (const row of sortResults(rows, 'giai')) {
    const key = knownPrizeId(row.prize) ?? row.prize;
    blocks.set(key, [...(blocks.get(key) ?? []), row]);
  }
  return [...blocks].map(([prize, list]) => ({ prize, rows: list }));
}
