import { describe, expect, it } from 'vitest';
import { contestStatusOn } from '../../src/lib/contest-status.ts';

describe('contest status on a day', () => {
  it('is upcoming before the first day, running from the first to the last day, ended after it', () => {
    const on = (day: string) => contestStatusOn('2026-10-01', '2026-12-31', day);
    expect(on('2026-09-30')).toBe('upcoming');
    expect(on('2026-10-01')).toBe('current');
    expect(on('2026-11-22')).toBe('current');
    expect(on('2026-12-31')).toBe('current');
    expect(on('2027-01-01')).toBe('past');
  });
});
