/**
 * The weekly e-bulletin (bản tin điện tử CCHC) made from the news by themselves, as the content
 * model says: weeks run Monday to Sunday in Vietnam time, a week belongs to the year of its
 * Thursday (ISO 8601), and the weeks of a year that have at least one published article are
 * numbered 1, 2, 3… in order. Pure: days are `YYYY-MM-DD` strings already in Vietnam time.
 *
 * An issue holds only the articles dated in its week, so once the week is over its content is
 * fixed; the issue of the week that is still running is marked `current` ("đang cập nhật"): more
 * articles may join it until Sunday. One thing can still move numbers: an article dated back into
 * an earlier week that had none makes that week an issue and shifts the later numbers. The
 * checker cannot see that (a build keeps no history); editors are told in the README.
 */

export interface IsoWeek {
  /** The ISO week-numbering year: the year of the week's Thursday. */
  year: number;
  week: number;
  /** Monday and Sunday of the week. */
  start: string;
  end: string;
}

const DAY_MS = 86_400_000;
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);

export function isoWeekOf(day: string): IsoWeek {
  const time = toTime(day);
  if (Number.isNaN(time)) throw new RangeError(`not a day: ${day}`);
  const weekday = new Date(time).getUTCDay() || 7; // Monday 1 … Sunday 7
  const monday = time - (weekday - 1) * DAY_MS;
  const thursday = monday + 3 * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { year, week, start: toDay(monday), end: toDay(monday + 6 * DAY_MS) };
}

export interface BulletinIssue<A> {
  /** The year of the issue ("số 12/2026"): the week's ISO year. */
  year: number;
  /** 1, 2, 3… among the weeks of that year that have news. */
  number: number;
  week: IsoWeek;
  /** The week's articles, oldest first. */
  articles: A[];
  /** The week is not over on the build day: the issue may still grow. */
  current: boolean;
}

/**
 * Issues from published articles (the caller has left out drafts and articles after `asOf`),
 * newest first. Articles dated after `asOf` are ignored here too, so a scheduled article can never
 * open an issue early.
 */
export function bulletinIssues<A extends { id: string; day: string }>(articles: readonly A[], asOf: string): BulletinIssue<A>[] {
  const byWeek = new Map<string, { week: IsoWeek; articles: A[] }>();
  for (const article of articles) {
    if (article.day > asOf) continue;
    const week = isoWeekOf(article.day);
    const key = week.start;
    const group = byWeek.get(key) ?? { week, articles: [] };
    group.articles.push(article);
    byWeek.set(key, group);
  }
  const weeks = [...byWeek.values()].sort((a, b) => a.week.start.localeCompare(b.week.start));
  const numbers = new Map<number, number>();
  const issues = weeks.map(({ week, articles: list }) => {
    const number = (numbers.get(week.year) ?? 0) + 1;
    numbers.set(week.year, number);
    return {
      year: week.year,
      number,
      week,
      articles: list.sort((a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id)),
      current: asOf <= week.end,
    };
  });
  return issues.reverse();
}

/** `bulletins/<year>-<number>.md`: the file name of an issue's note. */
export const NOTE_ID_PATTERN = /^(\d{4})-([1-9]\d?)$/;

export function noteIdOf(year: number, number: number): string {
  return `${year}-${number}`;
}

export function parseNoteId(id: string): { year: number; number: number } | undefined {
  const match = NOTE_ID_PATTERN.exec(id);
  if (!match) return undefined;
  const number = Number(match[2]);
  return number <= 53 ? { year: Number(match[1]), number } : undefined;
}
