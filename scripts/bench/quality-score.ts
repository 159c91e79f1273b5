/**
 * Reading the search-quality queries and scoring the outcomes (top-3, mean reciprocal rank at 10),
 * kept apart from the browser run so that the arithmetic is unit-tested.
 */

export interface QualityQuery {
  query: string;
  kind: string;
  /** Everyday wording or an abbreviation only the citizens' vocabulary connects to the page. */
  colloquial: boolean;
  /** Paths (with a hotline's `#id`) of the pages that answer the query; any of them counts. */
  expected: string[];
}

export interface QueryOutcome extends QualityQuery {
  /** 1-based rank of the first expected page among the first 10 results, undefined when absent. */
  siteRank: number | undefined;
  plainRank: number | undefined;
  siteTop: string[];
  plainTop: string[];
}

/**
 * The query list (bench/search-quality/queries.json): `{ q, kind, colloquial, expect: [{ code } |
 * { path }] }`. A procedure code becomes the path of its page through `pathOfCode`.
 */
export function readQueries(text: string, file: string, pathOfCode: (code: string) => string | undefined): QualityQuery[] {
  const list = JSON.parse(text) as unknown;
  if (!Array.isArray(list)) throw new Error(`${file}: cần một danh sách truy vấn (mảng JSON)`);
  return list.map((item, index) => {
    const row = item as { q?: unknown; kind?: unknown; colloquial?: unknown; expect?: { code?: string; path?: string }[] };
    const expected = (row.expect ?? []).flatMap((answer) => {
      const path = answer.path ?? (answer.code ? pathOfCode(answer.code) : undefined);
      return path ? [path] : [];
    });
    if (typeof row.q !== 'string' || expected.length === 0) {
      throw new Error(`${file}, truy vấn thứ ${index + 1}: cần "q" (chuỗi) và ít nhất một trang mong đợi có trong nội dung ("expect")`);
    }
    return { query: row.q, kind: typeof row.kind === 'string' ? row.kind : 'khac', colloquial: row.colloquial === true, expected };
  });
}

export interface ScoreRow {
  kind: string;
  queries: number;
  siteTop3: number;
  plainTop3: number;
  siteMrr: number;
  plainMrr: number;
}

const reciprocal = (rank: number | undefined) => (rank !== undefined && rank <= 10 ? 1 / rank : 0);

function row(kind: string, outcomes: QueryOutcome[]): ScoreRow {
  const top3 = (rank: number | undefined) => (rank !== undefined && rank <= 3 ? 1 : 0);
  const sum = (pick: (outcome: QueryOutcome) => number) => outcomes.reduce((total, outcome) => total + pick(outcome), 0);
  const n = outcomes.length || 1;
  return {
    kind,
    queries: outcomes.length,
    siteTop3: sum((o) => top3(o.siteRank)),
    plainTop3: sum((o) => top3(o.plainRank)),
    siteMrr: sum((o) => reciprocal(o.siteRank)) / n,
    plainMrr: sum((o) => reciprocal(o.plainRank)) / n,
  };
}

/** One row per kind, then non-colloquial, colloquial and all queries; and the same as Markdown. */
export function summarize(outcomes: QueryOutcome[]): { rows: ScoreRow[]; markdown: string } {
  const kinds = [...new Set(outcomes.map((outcome) => outcome.kind))].sort();
  const rows = [
    ...kinds.map((kind) => row(kind, outcomes.filter((outcome) => outcome.kind === kind))),
    row('not colloquial (all kinds)', outcomes.filter((outcome) => !outcome.colloquial)),
    row('colloquial (all kinds)', outcomes.filter((outcome) => outcome.colloquial)),
    row('all', outcomes),
  ].filter((r) => r.queries > 0);
  const percent = (count: number, total: number) => `${count}/${total} (${Math.round((count / total) * 100)} %)`;
  const lines = [
    '| kind | queries | top-3, this site | top-3, plain Pagefind | MRR@10, this site | MRR@10, plain Pagefind |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.kind} | ${r.queries} | ${percent(r.siteTop3, r.queries)} | ${percent(r.plainTop3, r.queries)} | ${r.siteMrr.toFixed(2)} | ${r.plainMrr.toFixed(2)} |`),
  ];
  return { rows, markdown: lines.join('\n') };
}
