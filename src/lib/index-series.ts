/**
 * Yearly index results (indices.yaml) turned into one series per index, with the change since
 * the year before. Pure: used by the indices page, the home page and the unit tests.
 */
import type { IndexKind } from '../schemas/vocabulary.ts';

export interface IndexPoint {
  index: IndexKind;
  year: number;
  score: number;
  rank?: number;
  of?: number;
  note?: string;
}

export interface IndexSeries {
  kind: IndexKind;
  /** Oldest year first, one point per year. */
  points: IndexPoint[];
  latest: IndexPoint;
  previous?: IndexPoint;
  /** latest.score − previous.score, rounded to 2 decimals. */
  scoreChange?: number;
  /**
   * Places gained since the year before (positive = better). Left out when the two ranks were
   * out of different totals (63 provinces before 2025, 34 after): "up 9 places" would mislead.
   */
  rankChange?: number;
}

export function indexSeries(results: readonly IndexPoint[], order: readonly IndexKind[]): IndexSeries[] {
  const series: IndexSeries[] = [];
  for (const kind of order) {
    const byYear = new Map<number, IndexPoint>();
    for (const point of results) if (point.index === kind) byYear.set(point.year, point);
    const points = [...byYear.values()].sort((a, b) => a.year - b.year);
    const latest = points.at(-1);
    if (!latest) continue;
    const previous = points.at(-2);
    const entry: IndexSeries = { kind, points, latest };
    if (previous) {
      entry.previous = previous;
      entry.scoreChange = Math.round((latest.score - previous.score) * 100) / 100;
      if (latest.rank !== undefined && previous.rank !== undefined && latest.of === previous.of) {
        entry.rankChange = previous.rank - latest.rank;
      }
    }
    series.push(entry);
  }
  return series;
}

/** The largest total a rank was out of, for a rank axis that runs from 1 to it. */
export function rankAxisMax(points: readonly IndexPoint[]): number | undefined {
  const totals = points.flatMap((p) => (p.of !== undefined ? [p.of] : p.rank !== undefined ? [p.rank] : []));
  return totals.length > 0 ? Math.max(...totals) : undefined;
}
