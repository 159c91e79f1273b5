/**
 * How far each activity of the communication plan has come on a given day, from the site's own
 * content where it can tell (measure) or from the number the unit entered (done). Pure: every
 * date is a `YYYY-MM-DD` day in Vietnam time and "today" is an argument, so the page, the CSV and
 * `npm run report` compute the same numbers and tests can pin any day.
 *
 * States, in order of precedence (`asOf` is the build day, the due span comes from `due`):
 *   hoan-thanh    progress ≥ target, whatever the day (an early finish is finished);
 *   qua-han       the due span has ended (asOf > due end) and progress < target;
 *   dang-lam      progress > 0, or the due span has begun (asOf ≥ due start);
 *   chua-den-han  nothing done and the due span has not begun.
 * The due span is the day, month or quarter that `due` names, or the whole plan year without one:
 * an activity "due in Q3" with nothing done is not late in March, it is not due yet.
 * Content is counted from the first day of the plan year to the end of the due span, and never
 * after `asOf` (what is not published yet does not count).
 */
import { parseDue, yearDue, type ActivityForm, type Due, type MeasureCollection } from './plan-due.ts';

export const ACTIVITY_STATES = ['chua-den-han', 'dang-lam', 'hoan-thanh', 'qua-han'] as const;
export type ActivityState = (typeof ACTIVITY_STATES)[number];

export interface PlanActivity {
  id: string;
  title: string;
  form: ActivityForm;
  lead: string;
  partners?: readonly string[];
  due?: string;
  target: number;
  measure?: { collection: MeasureCollection; unit?: string; category?: string; type?: string };
  done?: number;
  note?: string;
  link?: string;
}

/** One counted item: what the page links to as evidence. `path` is a site route (no base path). */
export interface Evidence {
  title: string;
  day: string;
  path: string;
}

export interface ProgressNews {
  id: string;
  title: string;
  day: string;
  unit: string;
  category: string;
  path: string;
}

export interface ProgressDocument {
  title: string;
  day: string;
  type: string;
  category?: string;
  path: string;
}

export interface ProgressContent {
  /** Published news only (the caller applies drafts and scheduling). */
  news: readonly ProgressNews[];
  /** Bulletin issues: `day` is the Monday of the issue's week, `year` the issue's year. */
  bulletins: readonly (Evidence & { year: number })[];
  /** Contests: `day` is the start date. */
  contests: readonly Evidence[];
  /** Published documents; undefined when the site has no documents collection. */
  documents: readonly ProgressDocument[] | undefined;
}

export type ProgressSource = 'measure' | 'hand' | 'none';

export interface ActivityProgress {
  activity: PlanActivity;
  due: Due;
  progress: number;
  target: number;
  /** 0–1, capped at 1 for the bar; the numbers show any excess. */
  ratio: number;
  state: ActivityState;
  source: ProgressSource;
  /** The counted items, oldest first (empty for hand-entered progress). */
  evidence: Evidence[];
  /** Set when the measure could not count (e.g. no documents collection): shown as a warning. */
  warning?: 'noDocuments';
}

export function activityState(progress: number, target: number, due: Due, asOf: string): ActivityState {
  if (progress >= target) return 'hoan-thanh';
  if (asOf > due.end) return 'qua-han';
  if (progress > 0 || asOf >= due.start) return 'dang-lam';
  return 'chua-den-han';
}

function counted(activity: PlanActivity, planYear: number, due: Due, asOf: string, content: ProgressContent): Pick<ActivityProgress, 'evidence' | 'warning'> {
  const measure = activity.measure;
  if (!measure) return { evidence: [] };
  const from = `${planYear}-01-01`;
  const to = due.end < asOf ? due.end : asOf;
  const within = (day: string) => day >= from && day <= to;
  const byDay = <T extends Evidence>(items: T[]) =>
    items.sort((a, b) => a.day.localeCompare(b.day) || a.path.localeCompare(b.path)).map(({ title, day, path }) => ({ title, day, path }));
  switch (measure.collection) {
    case 'news':
      return {
        evidence: byDay(
          content.news.filter(
            (item) =>
              within(item.day) &&
              (measure.unit === undefined || item.unit === measure.unit) &&
              (measure.category === undefined || item.category === measure.category),
          ),
        ),
      };
    case 'bulletins':
      // An issue belongs to the year of its week (ISO), which may begin in late December.
      return { evidence: byDay(content.bulletins.filter((issue) => issue.year === planYear && issue.day <= to)) };
    case 'contests':
      return { evidence: byDay(content.contests.filter((contest) => within(contest.day))) };
    case 'documents':
      if (!content.documents) return { evidence: [], warning: 'noDocuments' };
      return {
        evidence: byDay(
          content.documents.filter(
            (doc) =>
              within(doc.day) &&
              (measure.type === undefined || doc.type === measure.type) &&
              (measure.category === undefined || doc.category === measure.category),
          ),
        ),
      };
  }
}

export function activityProgress(activity: PlanActivity, planYear: number, asOf: string, content: ProgressContent): ActivityProgress {
  const due = (activity.due !== undefined ? parseDue(activity.due) : undefined) ?? yearDue(planYear);
  const { evidence, warning } = counted(activity, planYear, due, asOf, content);
  const source: ProgressSource = activity.measure ? 'measure' : activity.done !== undefined ? 'hand' : 'none';
  const progress = activity.measure ? evidence.length : (activity.done ?? 0);
  return {
    activity,
    due,
    progress,
    target: activity.target,
    ratio: Math.min(1, progress / activity.target),
    state: activityState(progress, activity.target, due, asOf),
    source,
    evidence,
    ...(warning && { warning }),
  };
}

export interface PlanProgress {
  year: number;
  asOf: string;
  activities: ActivityProgress[];
  counts: Record<ActivityState, number>;
}

export function planProgress(plan: { year: number; activities: readonly PlanActivity[] }, asOf: string, content: ProgressContent): PlanProgress {
  const activities = plan.activities.map((activity) => activityProgress(activity, plan.year, asOf, content));
  const counts = Object.fromEntries(ACTIVITY_STATES.map((state) => [state, 0])) as Record<ActivityState, number>;
  for (const row of activities) counts[row.state] += 1;
  return { year: plan.year, asOf, activities, counts };
}

/** Activities grouped by form, in the order forms are listed in the content model (as the plans group them). */
export function groupByForm<T extends { activity: PlanActivity }>(rows: readonly T[], forms: readonly ActivityForm[]): { form: ActivityForm; rows: T[] }[] {
  return forms.map((form) => ({ form, rows: rows.filter((row) => row.activity.form === form) })).filter((group) => group.rows.length > 0);
}

/** Activities a unit leads or takes part in. */
export function activitiesOfUnit<T extends { activity: PlanActivity }>(rows: readonly T[], unit: string): { lead: T[]; partner: T[] } {
  return {
    lead: rows.filter((row) => row.activity.lead === unit),
    partner: rows.filter((row) => row.activity.lead !== unit && (row.activity.partners ?? []).includes(unit)),
  };
}
