import { describe, expect, it } from 'vitest';
import { buildDay, formatLongDate, formatShortDate, isPublishedBy, parseContentDate, toIsoDay } from '../../src/lib/dates.ts';

describe('Vietnamese dates', () => {
  const july15 = new Date(Date.UTC(2025, 6, 15));

  it('formats in the Vietnamese way', () => {
    expect(formatLongDate(july15)).toBe('ngày 15 tháng 7 năm 2025');
    expect(formatShortDate(july15)).toBe('15/07/2025');
  });

  it('counts days in Vietnam time, not the build machine’s zone', () => {
    // 20:00 UTC on 14 July is 03:00 on 15 July in Hà Nội.
    expect(toIsoDay(new Date('2025-07-14T20:00:00Z'))).toBe('2025-07-15');
    expect(formatShortDate(new Date('2025-07-14T20:00:00Z'))).toBe('15/07/2025');
  });

  it('parses content dates and rejects what is not a calendar date', () => {
    expect(parseContentDate('2025-07-15')?.getTime()).toBe(july15.getTime());
    expect(parseContentDate(july15)).toBe(july15);
    expect(parseContentDate('2025-07-15T08:30:00+07:00')?.toISOString()).toBe('2025-07-15T01:30:00.000Z');
    for (const bad of ['15/07/2025', '2025-02-30', '2025-13-01', 'hôm nay', '', 20250715, undefined]) {
      expect(parseContentDate(bad)).toBeUndefined();
    }
  });

  it('publishes news on its day and not before', () => {
    expect(isPublishedBy(july15, '2025-07-15')).toBe(true);
    expect(isPublishedBy(july15, '2025-07-14')).toBe(false);
    expect(isPublishedBy(july15, '2026-01-01')).toBe(true);
  });

  it('takes the build day from BUILD_DATE, else today in Vietnam', () => {
    expect(buildDay({ BUILD_DATE: '2026-03-31' })).toBe('2026-03-31');
    expect(buildDay({}, new Date('2026-11-21T18:00:00Z'))).toBe('2026-11-22');
    expect(buildDay({ BUILD_DATE: 'sai' }, new Date('2026-11-21T01:00:00Z'))).toBe('2026-11-21');
  });
});
