/**
 * The vocabulary of a plan's activities and the meaning of their `due` field. Pure: days are
 * `YYYY-MM-DD` strings in Vietnam time, compared as strings.
 */
export const ACTIVITY_FORMS = ['tin-bai', 'ban-tin', 'cuoc-thi', 'hoi-nghi', 'pano-ap-phich', 'phat-thanh', 'video', 'khac'] as const;
export type ActivityForm = (typeof ACTIVITY_FORMS)[number];

export const MEASURE_COLLECTIONS = ['news', 'bulletins', 'contests', 'documents'] as const;
export type MeasureCollection = (typeof MEASURE_COLLECTIONS)[number];

/**
 * A deadline as the plans write it: a day, a month, a quarter or (absent) the whole year. `start`
 * is the first day of that span: before it the activity is "not due yet" unless work has begun.
 */
export interface Due {
  kind: 'day' | 'month' | 'quarter' | 'year';
  year: number;
  /** Month 1–12 (kind month), quarter 1–4 (kind quarter). */
  part?: number;
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function yearDue(year: number): Due {
  return { kind: 'year', year, start: `${year}-01-01`, end: `${year}-12-31` };
}

/** `2026-06-30`, `2026-06`, `2026-Q2` (also `2026-q2`); undefined when it is none of them or no real date. */
export function parseDue(text: string): Due | undefined {
  const value = text.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    if (month < 1 || month > 12 || date < 1 || date > lastDay(year, month)) return undefined;
    return { kind: 'day', year, start: value, end: value };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const [year, m] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) return undefined;
    return { kind: 'month', year, part: m, start: `${year}-${pad(m)}-01`, end: `${year}-${pad(m)}-${pad(lastDay(year, m))}` };
  }
  const quarter = /^(\d{4})-[Qq]([1-4])$/.exec(value);
  if (quarter) {
    const [year, q] = [Number(quarter[1]), Number(quarter[2])];
    const first = (q - 1) * 3 + 1;
    return { kind: 'quarter', year, part: q, start: `${year}-${pad(first)}-01`, end: `${year}-${pad(first + 2)}-${pad(lastDay(year, first + 2))}` };
  }
  return undefined;
}

/** YAML reads an unquoted `2026-06-30` as a date; the schema hands it here as text. */
export function dueText(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return value;
}
