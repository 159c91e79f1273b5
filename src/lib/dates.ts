/**
 * Dates for a Vietnamese audience. Content dates are calendar days; the site shows and compares
 * them in Vietnam's time zone (UTC+7, no daylight saving) whatever the build machine's zone is.
 */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dayParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: VN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// Intl formatting costs microseconds per call and a build of 10,000 entries formats the same few
// thousand days tens of thousands of times: remember them (bounded, for long `astro dev` sessions).
const isoDays = new Map<number, string>();

/** `YYYY-MM-DD` of the day the instant falls on in Vietnam. */
export function toIsoDay(date: Date): string {
  const time = date.getTime();
  let day = isoDays.get(time);
  if (day === undefined) {
    day = dayParts.format(date);
    if (isoDays.size >= 20_000) isoDays.clear();
    isoDays.set(time, day);
  }
  return day;
}

function parts(date: Date): { year: string; month: string; day: string } {
  const [year, month, day] = toIsoDay(date).split('-') as [string, string, string];
  return { year, month, day };
}

/** "15/07/2025" */
export function formatShortDate(date: Date): string {
  const { year, month, day } = parts(date);
  return `${day}/${month}/${year}`;
}

/** "ngày 15 tháng 7 năm 2025" */
export function formatLongDate(date: Date): string {
  const { year, month, day } = parts(date);
  return `ngày ${Number(day)} tháng ${Number(month)} năm ${year}`;
}

/** "tháng 7/2025" */
export function formatMonth(date: Date): string {
  const { year, month } = parts(date);
  return `tháng ${Number(month)}/${year}`;
}

export function yearOf(date: Date): number {
  return Number(parts(date).year);
}

/**
 * The day the site is built for. `BUILD_DATE=YYYY-MM-DD` pins it (tests, or an editor checking
 * what a scheduled article will look like); otherwise today in Vietnam.
 */
export function buildDay(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const pinned = env.BUILD_DATE?.trim();
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return toIsoDay(now);
}

/** An article is published from its day on (Vietnam time); later ones wait for a later build. */
export function isPublishedBy(date: Date, day: string): boolean {
  return toIsoDay(date) <= day;
}

/** Parse `YYYY-MM-DD` or a full ISO date-time; `undefined` when it is not a real date. */
export function parseContentDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (dateOnly) {
    const [, y, m, d] = dateOnly.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    // Reject 2025-02-30 and the like, which Date would silently roll over.
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
    return date;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}
