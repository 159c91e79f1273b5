/**
 * Progress of plan activities with fixed build days: each measure counts the right content in
 * the right span, hand-entered numbers are taken as written, and the four states change on the
 * right day around each kind of deadline.
 */
import { describe, expect, it } from 'vitest';
import { activityProgress, activityState, activitiesOfUnit, groupByForm, planProgress, type PlanActivity, type ProgressContent } from '../../src/lib/plan-progress.ts';
import { parseDue, yearDue } from '../../src/lib/plan-due.ts';
import { ACTIVITY_FORMS } from '../../src/lib/plan-due.ts';

const news = (id: string, day: string, unit: string, category = 'cai-cach-tthc') => ({ id, title: `Tin ${id}`, day, unit, category, path: `tin-tuc/${id}/` });

const content: ProgressContent = {
  news: [
    news('a', '2025-12-31', 'van-phong'), // the year before: never counts
    news('b', '2026-01-05', 'van-phong'),
    news('c', '2026-03-31', 'van-phong', 'chinh-phu-so'),
    news('d', '2026-04-01', 'van-phong'),
    news('e', '2026-05-10', 'cong-an-xa'),
    news('f', '2026-07-15', 'van-phong'),
  ],
  bulletins: [
    { title: 'Số 1/2026', day: '2026-01-05', path: 'ban-tin/2026/1/', year: 2026 },
    { title: 'Số 2/2026', day: '2026-03-30', path: 'ban-tin/2026/2/', year: 2026 },
    { title: 'Số 3/2026', day: '2026-07-13', path: 'ban-tin/2026/3/', year: 2026 },
    { title: 'Số 52/2025', day: '2025-12-22', path: 'ban-tin/2025/52/', year: 2025 },
  ],
  contests: [
    { title: 'Cuộc thi 2025', day: '2025-09-01', path: 'cuoc-thi/2025/' },
    { title: 'Cuộc thi 2026', day: '2026-08-01', path: 'cuoc-thi/2026/' },
  ],
  documents: [
    { title: 'Kế hoạch CCHC 2026', day: '2026-01-10', type: 'ke-hoach', category: 'chi-dao-dieu-hanh', path: 'van-ban/kh/' },
    { title: 'Báo cáo quý I', day: '2026-04-05', type: 'bao-cao', path: 'van-ban/bc1/' },
    { title: 'Báo cáo quý II', day: '2026-07-05', type: 'bao-cao', path: 'van-ban/bc2/' },
  ],
};

const act = (extra: Partial<PlanActivity>): PlanActivity => ({ id: 'x', title: 'Hoạt động', form: 'tin-bai', lead: 'van-phong', target: 2, ...extra });
const progressOn = (activity: PlanActivity, asOf: string, from: ProgressContent = content) => activityProgress(activity, 2026, asOf, from);

describe('due spans', () => {
  it('reads a day, a month, a quarter and the default year', () => {
    expect(parseDue('2026-02-28')).toMatchObject({ kind: 'day', start: '2026-02-28', end: '2026-02-28' });
    expect(parseDue('2026-02')).toMatchObject({ kind: 'month', start: '2026-02-01', end: '2026-02-28' });
    expect(parseDue('2028-02')).toMatchObject({ end: '2028-02-29' });
    expect(parseDue('2026-Q3')).toMatchObject({ kind: 'quarter', part: 3, start: '2026-07-01', end: '2026-09-30' });
    expect(parseDue('2026-q4')).toMatchObject({ end: '2026-12-31' });
    expect(yearDue(2026)).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
    expect(parseDue('2026-13')).toBeUndefined();
    expect(parseDue('2026-Q0')).toBeUndefined();
    expect(parseDue('2026-02-29')).toBeUndefined();
  });
});

describe('states around deadlines', () => {
  const q2 = parseDue('2026-Q2')!;
  it('is not due before its span starts when nothing is done, in progress inside it, late the day after', () => {
    expect(activityState(0, 3, q2, '2026-03-31')).toBe('chua-den-han');
    expect(activityState(0, 3, q2, '2026-04-01')).toBe('dang-lam');
    expect(activityState(2, 3, q2, '2026-06-30')).toBe('dang-lam');
    expect(activityState(2, 3, q2, '2026-07-01')).toBe('qua-han');
    expect(activityState(0, 3, q2, '2026-07-01')).toBe('qua-han');
  });
  it('is in progress before its span once something is done, and finished as soon as the target is reached', () => {
    expect(activityState(1, 3, q2, '2026-02-01')).toBe('dang-lam');
    expect(activityState(3, 3, q2, '2026-02-01')).toBe('hoan-thanh');
    expect(activityState(4, 3, q2, '2026-12-31')).toBe('hoan-thanh');
  });
  it('treats a one-day deadline as a span of that day', () => {
    const day = parseDue('2026-09-15')!;
    expect(activityState(0, 1, day, '2026-09-14')).toBe('chua-den-han');
    expect(activityState(0, 1, day, '2026-09-15')).toBe('dang-lam');
    expect(activityState(0, 1, day, '2026-09-16')).toBe('qua-han');
  });
});

describe('progress counted from content', () => {
  it('counts news of a unit within the plan year up to the due date, never after the build day', () => {
    const activity = act({ measure: { collection: 'news', unit: 'van-phong' }, due: '2026-Q1', target: 3 });
    const onDue = progressOn(activity, '2026-11-22');
    expect(onDue.evidence.map((e) => e.path)).toEqual(['tin-tuc/b/', 'tin-tuc/c/']);
    expect(onDue).toMatchObject({ progress: 2, state: 'qua-han', source: 'measure' });
    expect(progressOn(activity, '2026-02-01')).toMatchObject({ progress: 1, state: 'dang-lam' });
    const year = progressOn(act({ measure: { collection: 'news', unit: 'van-phong' }, target: 4 }), '2026-11-22');
    expect(year).toMatchObject({ progress: 4, state: 'hoan-thanh', ratio: 1 });
  });

  it('counts news of a category across units', () => {
    const row = progressOn(act({ measure: { collection: 'news', category: 'cai-cach-tthc' }, target: 10 }), '2026-06-01');
    expect(row.evidence.map((e) => e.title)).toEqual(['Tin b', 'Tin d', 'Tin e']);
    expect(row.ratio).toBeCloseTo(0.3);
  });

  it('counts bulletin issues of the plan year only, by the Monday of their week', () => {
    const row = progressOn(act({ form: 'ban-tin', measure: { collection: 'bulletins' }, target: 52 }), '2026-07-13');
    expect(row.evidence.map((e) => e.title)).toEqual(['Số 1/2026', 'Số 2/2026', 'Số 3/2026']);
    expect(progressOn(act({ measure: { collection: 'bulletins' }, due: '2026-06', target: 26 }), '2026-11-22')).toMatchObject({ progress: 2, state: 'qua-han' });
  });

  it('counts contests that started within the plan year', () => {
    const activity = act({ form: 'cuoc-thi', measure: { collection: 'contests' }, target: 1, due: '2026-Q3' });
    expect(progressOn(activity, '2026-07-31')).toMatchObject({ progress: 0, state: 'dang-lam' });
    expect(progressOn(activity, '2026-08-01')).toMatchObject({ progress: 1, state: 'hoan-thanh', evidence: [{ title: 'Cuộc thi 2026', day: '2026-08-01', path: 'cuoc-thi/2026/' }] });
  });

  it('counts documents of a type (and category), and counts 0 with a warning when there is no documents collection', () => {
    expect(progressOn(act({ measure: { collection: 'documents', type: 'bao-cao' }, target: 4 }), '2026-11-22')).toMatchObject({ progress: 2, state: 'dang-lam' });
    expect(progressOn(act({ measure: { collection: 'documents', category: 'chi-dao-dieu-hanh' }, target: 1 }), '2026-11-22').progress).toBe(1);
    const none = progressOn(act({ measure: { collection: 'documents', type: 'ke-hoach' }, target: 1 }), '2026-11-22', { ...content, documents: undefined });
    expect(none).toMatchObject({ progress: 0, warning: 'noDocuments', state: 'dang-lam' });
  });
});

describe('hand-entered progress', () => {
  it('takes done as written, with no evidence, and says so', () => {
    const row = progressOn(act({ form: 'phat-thanh', done: 30, target: 48 }), '2026-11-22');
    expect(row).toMatchObject({ progress: 30, source: 'hand', evidence: [], state: 'dang-lam' });
    expect(row.ratio).toBeCloseTo(0.625);
    expect(progressOn(act({ done: 5, target: 4 }), '2026-03-01')).toMatchObject({ progress: 5, ratio: 1, state: 'hoan-thanh' });
    expect(progressOn(act({ target: 2, due: '2026-06' }), '2026-11-22')).toMatchObject({ progress: 0, source: 'none', state: 'qua-han' });
  });
});

describe('the whole plan', () => {
  const activities = [
    act({ id: 'a', form: 'video', done: 1, target: 1 }),
    act({ id: 'b', form: 'tin-bai', measure: { collection: 'news', unit: 'cong-an-xa' }, target: 4, lead: 'cong-an-xa', partners: ['van-phong'] }),
    act({ id: 'c', form: 'tin-bai', due: '2026-Q4', target: 1 }),
  ];
  const plan = planProgress({ year: 2026, activities }, '2026-06-01', content);
  it('counts states and groups by form in the plans order', () => {
    expect(plan.counts).toEqual({ 'chua-den-han': 1, 'dang-lam': 1, 'hoan-thanh': 1, 'qua-han': 0 });
    expect(groupByForm(plan.activities, ACTIVITY_FORMS).map((g) => [g.form, g.rows.map((r) => r.activity.id)])).toEqual([
      ['tin-bai', ['b', 'c']],
      ['video', ['a']],
    ]);
  });
  it('lists what a unit leads and what it partners in', () => {
    const office = activitiesOfUnit(plan.activities, 'van-phong');
    expect(office.lead.map((r) => r.activity.id)).toEqual(['a', 'c']);
    expect(office.partner.map((r) => r.activity.id)).toEqual(['b']);
  });
});
