/**
 * Weekly e-bulletin numbering: ISO weeks Monday–Sunday, a week in the year of its Thursday,
 * weeks with news numbered 1, 2, 3… within the year, and the issue of the running week marked.
 */
import { describe, expect, it } from 'vitest';
import { bulletinIssues, isoWeekOf, parseNoteId } from '../../src/lib/bulletin-issues.ts';

const a = (id: string, day: string) => ({ id, day });

describe('ISO weeks', () => {
  it('puts 2026-12-28 … 2027-01-03 in week 53 of 2026, and 2027-01-04 in week 1 of 2027', () => {
    for (const day of ['2026-12-28', '2026-12-31', '2027-01-01', '2027-01-03']) {
      expect(isoWeekOf(day)).toEqual({ year: 2026, week: 53, start: '2026-12-28', end: '2027-01-03' });
    }
    expect(isoWeekOf('2027-01-04')).toEqual({ year: 2027, week: 1, start: '2027-01-04', end: '2027-01-10' });
  });
  it('puts the first days of a year in the previous year when its Thursday is there', () => {
    // 2027-12-30 is a Thursday: 2027-12-27 … 2028-01-02 is week 52 of 2027.
    expect(isoWeekOf('2028-01-01')).toMatchObject({ year: 2027, week: 52 });
    // 2025-01-01 is a Wednesday: its week (from 2024-12-30) is week 1 of 2025.
    expect(isoWeekOf('2024-12-30')).toMatchObject({ year: 2025, week: 1, start: '2024-12-30' });
    expect(isoWeekOf('2026-11-22')).toMatchObject({ year: 2026, week: 47, start: '2026-11-16', end: '2026-11-22' });
  });
});

describe('issue numbers', () => {
  const articles = [
    a('t1', '2026-01-06'),
    a('t2', '2026-01-08'), // same week as t1: one issue
    // weeks 3–9 without news: no issues, no gaps in the numbers
    a('t3', '2026-03-02'),
    a('t4', '2026-12-29'), // ISO 2026-W53
    a('t5', '2027-01-02'), // also 2026-W53
    a('t6', '2027-01-05'), // 2027-W1
  ];

  it('numbers only weeks with news, in order within each ISO year, across the year boundary', () => {
    const issues = bulletinIssues(articles, '2027-02-01');
    expect(issues.map((i) => [i.year, i.number, i.week.week, i.articles.map((x) => x.id)])).toEqual([
      [2027, 1, 1, ['t6']],
      [2026, 3, 53, ['t4', 't5']],
      [2026, 2, 10, ['t3']],
      [2026, 1, 2, ['t1', 't2']],
    ]);
    expect(issues.every((i) => !i.current)).toBe(true);
  });

  it('marks the issue of the running week as current until its Sunday, and ignores articles after the build day', () => {
    const midWeek = bulletinIssues(articles, '2026-12-31');
    expect(midWeek[0]).toMatchObject({ year: 2026, number: 3, current: true });
    expect(midWeek[0]?.articles.map((x) => x.id)).toEqual(['t4']);
    expect(bulletinIssues(articles, '2027-01-03')[0]).toMatchObject({ current: true, articles: [{ id: 't4' }, { id: 't5' }] });
    // On Monday 2027-01-04 nothing of 2027 is out yet (t6 is dated the 5th).
    expect(bulletinIssues(articles, '2027-01-04')[0]).toMatchObject({ year: 2026, number: 3, current: false });
    expect(bulletinIssues(articles, '2027-01-05')[0]).toMatchObject({ year: 2027, number: 1, current: true });
    expect(bulletinIssues(articles, '2027-01-05')[1]).toMatchObject({ year: 2026, number: 3, current: false });
  });

  it('keeps a finished issue as it was when later weeks get news', () => {
    const before = bulletinIssues(articles.slice(0, 3), '2026-03-09').find((i) => i.number === 2);
    const after = bulletinIssues(articles, '2027-02-01').find((i) => i.year === 2026 && i.number === 2);
    expect(after).toEqual(before);
  });

  it('has no issue at all without news', () => {
    expect(bulletinIssues([], '2026-11-22')).toEqual([]);
  });

  it('reads note file names year-number', () => {
    expect(parseNoteId('2026-12')).toEqual({ year: 2026, number: 12 });
    expect(parseNoteId('2026-53')).toEqual({ year: 2026, number: 53 });
    expect(parseNoteId('2026-012')).toBeUndefined();
    expect(parseNoteId('2026-54')).toBeUndefined();
    expect(parseNoteId('so-12')).toBeUndefined();
  });
});
