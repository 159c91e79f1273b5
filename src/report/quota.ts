/**
 * The quota report of the communication plan: published news per unit per month, against the
 * targets of content/plan.yaml (`perMonth`, `perQuarter`). Pure: dates are `YYYY-MM-DD` strings
 * in Vietnam time and "today" is an argument, so tests pin every date.
 */
import { editor } from '../i18n/editor.ts';

const R = editor.report;

export interface Period {
  kind: 'month' | 'quarter' | 'year';
  year: number;
  /** Months covered, 1–12, in order. */
  months: number[];
  /** For file names: `2026-03`, `2026-Q1`, `2026`. */
  key: string;
  /** "quý I năm 2026" */
  name: string;
}

export function monthPeriod(year: number, month: number): Period {
  return { kind: 'month', year, months: [month], key: `${year}-${String(month).padStart(2, '0')}`, name: R.periodName.month(year, month) };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  return { kind: 'quarter', year, months: [first, first + 1, first + 2], key: `${year}-Q${quarter}`, name: R.periodName.quarter(year, quarter) };
}

export function yearPeriod(year: number): Period {
  return { kind: 'year', year, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], key: String(year), name: R.periodName.year(year) };
}

const validYear = (year: number) => year >= 2000 && year <= 2200;

/** `--quy 2026-Q1` (also `2026-q1`, `Q1-2026`), `--thang 2026-03` (also `03/2026`), `--nam 2026`. */
export function parsePeriod(option: 'quy' | 'thang' | 'nam', value: string): Period | undefined {
  const text = value.trim();
  if (option === 'nam') {
    const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
    return validYear(year) ? yearPeriod(year) : undefined;
  }
  if (option === 'quy') {
    const a = /^(\d{4})-?[Qq]([1-4])$/.exec(text);
    const b = /^[Qq]([1-4])[-/](\d{4})$/.exec(text);
    const [year, quarter] = a ? [Number(a[1]), Number(a[2])] : b ? [Number(b[2]), Number(b[1])] : [NaN, NaN];
    return validYear(year) ? quarterPeriod(year, quarter) : undefined;
  }
  const match = /^(\d{4})-(\d{1,2})$/.exec(text);
  const alt = /^(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month] = match ? [Number(match[1]), Number(match[2])] : alt ? [Number(alt[2]), Number(alt[1])] : [NaN, NaN];
  return validYear(year) && month >= 1 && month <= 12 ? monthPeriod(year, month) : undefined;
}

export interface ReportNews {
  id: string;
  title: string;
  unit: string;
  /** `YYYY-MM-DD`, Vietnam time. */
  date: string;
  draft: boolean;
}

export interface UnitTarget {
  unit: string;
  perMonth?: number;
  perQuarter?: number;
}

export type CheckStatus = 'met' | 'short' | 'inProgress' | 'notDue';

/** One quota to meet: a month (perMonth) or a quarter (perQuarter). */
export interface QuotaCheck {
  /** "tháng 2/2026", "quý I năm 2026" */
  label: string;
  start: string;
  end: string;
  target: number;
  count: number;
  status: CheckStatus;
}

export type RowStatus = keyof typeof R.status;

export interface UnitRow {
  unit: string;
  unitName: string;
  /** "1 tin/tháng"; empty when the plan gives the unit no target. */
  targetText: string;
  /** Published news per month of the period, in the period's month order. */
  perMonth: number[];
  published: number;
  /** Sum of the quotas that fall in the period; undefined without a target. */
  target: number | undefined;
  /** Missing news in months/quarters that have ended. */
  missing: number;
  /** News still needed in months/quarters that have not ended yet. */
  pending: number;
  status: RowStatus;
  checks: QuotaCheck[];
  news: ReportNews[];
}

export interface QuotaReport {
  period: Period;
  asOf: string;
  rows: UnitRow[];
  totals: { perMonth: number[]; published: number; target: number; missing: number };
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthStart = (year: number, month: number) => `${year}-${pad(month)}-01`;
const monthEnd = (year: number, month: number) => `${year}-${pad(month)}-${pad(lastDay(year, month))}`;

function checkStatus(start: string, end: string, count: number, target: number, asOf: string): CheckStatus {
  if (asOf < start) return 'notDue';
  if (count >= target) return 'met';
  return asOf > end ? 'short' : 'inProgress';
}

export interface QuotaInput {
  period: Period;
  /** `YYYY-MM-DD`: the report's day; later news and periods are not counted yet. */
  asOf: string;
  news: readonly ReportNews[];
  /** Units in the order of units.yaml. */
  units: readonly { id: string; name: string; shortName?: string }[];
  /** Undefined when there is no plan for the period's year: counts only. */
  targets: readonly UnitTarget[] | undefined;
}

export function buildQuotaReport(input: QuotaInput): QuotaReport {
  const { period, asOf } = input;
  const from = monthStart(period.year, period.months[0] ?? 1);
  const to = monthEnd(period.year, period.months.at(-1) ?? 12);
  const published = input.news
    .filter((item) => !item.draft && item.date <= asOf && item.date >= from && item.date <= to)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

  const unitIds = [
    ...input.units.map((unit) => unit.id),
    ...(input.targets ?? []).map((target) => target.unit),
    ...published.map((item) => item.unit),
  ].filter((id, index, all) => all.indexOf(id) === index);

  const rows = unitIds.map((id): UnitRow => {
    const unit = input.units.find((candidate) => candidate.id === id);
    const news = published.filter((item) => item.unit === id);
    const countIn = (start: string, end: string) => news.filter((item) => item.date >= start && item.date <= end).length;
    const perMonth = period.months.map((month) => countIn(monthStart(period.year, month), monthEnd(period.year, month)));
    const target = input.targets?.find((candidate) => candidate.unit === id);
    const checks: QuotaCheck[] = [];
    if (target?.perMonth !== undefined) {
      for (const month of period.months) {
        const start = monthStart(period.year, month);
        const end = monthEnd(period.year, month);
        const count = countIn(start, end);
        checks.push({ label: `tháng ${month}/${period.year}`, start, end, target: target.perMonth, count, status: checkStatus(start, end, count, target.perMonth, asOf) });
      }
    }
    // Quarters count only when the period holds the whole quarter (a month report cannot judge one).
    if (target?.perQuarter !== undefined && period.kind !== 'month') {
      for (let quarter = 1; quarter <= 4; quarter += 1) {
        const first = (quarter - 1) * 3 + 1;
        if (!period.months.includes(first)) continue;
        const start = monthStart(period.year, first);
        const end = monthEnd(period.year, first + 2);
        const count = countIn(start, end);
        checks.push({ label: R.periodName.quarter(period.year, quarter), start, end, target: target.perQuarter, count, status: checkStatus(start, end, count, target.perQuarter, asOf) });
      }
    }
    const missing = checks.filter((c) => c.status === 'short').reduce((sum, c) => sum + c.target - c.count, 0);
    const pending = checks.filter((c) => c.status === 'inProgress').reduce((sum, c) => sum + c.target - c.count, 0);
    const targetSum = checks.length > 0 ? checks.reduce((sum, c) => sum + c.target, 0) : undefined;
    let status: RowStatus;
    if (checks.length === 0) status = 'noTarget';
    else if (missing > 0) status = 'short';
    else if (pending > 0) status = 'inProgress';
    else if (checks.every((c) => c.status === 'notDue')) status = 'notDue';
    else if (checks.some((c) => c.status === 'notDue')) status = 'inProgress';
    else status = targetSum !== undefined && news.length > targetSum ? 'exceeded' : 'met';
    return {
      unit: id,
      unitName: unit ? (unit.shortName ?? unit.name) : R.unknownUnit(id),
      targetText: target ? R.targetText(target.perMonth, target.perQuarter) : '',
      perMonth,
      published: news.length,
      target: targetSum,
      missing,
      pending,
      status,
      checks,
      news,
    };
  });

  return {
    period,
    asOf,
    rows,
    totals: {
      perMonth: period.months.map((_, index) => rows.reduce((sum, row) => sum + (row.perMonth[index] ?? 0), 0)),
      published: published.length,
      target: rows.reduce((sum, row) => sum + (row.target ?? 0), 0),
      missing: rows.reduce((sum, row) => sum + row.missing, 0),
    },
  };
}
