/**
 * Dates as editors write them decide when news goes public: only the documented forms are read
 * (`YYYY-MM-DD` or a full ISO date-time), a typo is refused rather than turned into another day,
 * and a pinned build day must be a whole date.
 */
import { describe, expect, it } from 'vitest';
import { buildDay, formatMonth, parseContentDate, yearOf } from '../../src/lib/dates.ts';

const iso = (value: unknown) => parseContentDate(value)?.toISOString();

describe('content dates', () => {
  it('reads a date with spaces around it, as YAML may leave them', () => {
    expect(iso(' 2025-07-15 ')).toBe('2025-07-15T00:00:00.000Z');
    expect(iso(' 2025-07-15T08:30:00+07:00 ')).toBe('2025-07-15T01:30:00.000Z');
  });

  it('refuses a year written with fewer than 4 significant digits instead of reading it as 19xx', () => {
    expect(parseContentDate('0025-07-15')).toBeUndefined();
    expect(parseContentDate('0099-12-31')).toBeUndefined();
  });

  it('refuses text before or after the date', () => {
    for (const bad of ['x2025-07-15', '12025-07-15', '2025-07-15x', '+002025-07-15T08:30:00Z', 'ngày 2025-07-15']) {
      expect(parseContentDate(bad), bad).toBeUndefined();
    }
  });

  it('refuses dates in other notations that JavaScript would still read', () => {
    for (const bad of ['July 15, 2025', '15 Jul 2025', '2025/07/15', 'Tue Jul 15 2025']) {
      expect(parseContentDate(bad), bad).toBeUndefined();
    }
  });

  it('reads every ISO date-time form: minutes only, fractions of a second, zone with or without a colon', () => {
    expect(iso('2025-07-15T08:30+07:00')).toBe('2025-07-15T01:30:00.000Z');
    expect(iso('2025-07-15T08:30:00.250Z')).toBe('2025-07-15T08:30:00.250Z');
    expect(iso('2025-07-15T08:30:00+0700')).toBe('2025-07-15T01:30:00.000Z');
    expect(iso('2025-07-14T20:30:00-04:00')).toBe('2025-07-15T00:30:00.000Z');
  });
});

describe('the pinned build day', () => {
  const now = new Date('2026-11-21T01:00:00Z');

  it('accepts BUILD_DATE with spaces around it', () => {
    expect(buildDay({ BUILD_DATE: ' 2026-03-31 ' }, now)).toBe('2026-03-31');
  });

  it('ignores a BUILD_DATE that is not a whole YYYY-MM-DD, and uses today in Vietnam', () => {
    for (const bad of ['2026-03-31T00:00', 'x2026-03-31', '2026-3-31', '']) {
      expect(buildDay({ BUILD_DATE: bad }, now), bad).toBe('2026-11-21');
    }
  });
});

describe('month and year in Vietnam time', () => {
  it('names the month the Vietnamese way', () => {
    expect(formatMonth(new Date(Date.UTC(2025, 6, 15)))).toBe('tháng 7/2025');
    expect(formatMonth(new Date(Date.UTC(2025, 11, 1)))).toBe('tháng 12/2025');
  });

  it('a news item posted late on 31 December (UTC) already belongs to the next year in Vietnam', () => {
    expect(yearOf(new Date('2025-12-31T18:00:00Z'))).toBe(2026);
    expect(yearOf(new Date('2025-12-31T16:00:00Z'))).toBe(2025);
    expect(formatMonth(new Date('2025-12-31T18:00:00Z'))).toBe('tháng 1/2026');
  });
});
