import { describe, expect, it } from 'vitest';
import { archiveCutoff, archiveFallback, archiveFirst, archiveBoundaries, archivePartFolder, archivePartOf, archivePartPages, indexingOrder, isArchived, mergeBundles, recentMonths, type ArchiveChoice } from '../../src/search/search-bundles.ts';

const choice = (over: Partial<ArchiveChoice> = {}): ArchiveChoice => ({
  wanted: false,
  type: '',
  newsType: 'Tin tức',
  year: '',
  cutoffYear: 2024,
  ...over,
});

describe('which news go to the archive bundle', () => {
  it('keeps the last 24 months in the primary bundle, day for day', () => {
    const cutoff = archiveCutoff('2026-11-22', 24);
    expect(cutoff).toBe('2024-11-22');
    expect(isArchived('2024-11-21', cutoff)).toBe(true);
    expect(isArchived('2024-11-22', cutoff)).toBe(false);
  });

  it('moves to the last day of a shorter month instead of spilling into the next', () => {
    expect(archiveCutoff('2026-03-31', 1)).toBe('2026-02-28');
    expect(archiveCutoff('2026-01-15', 13)).toBe('2024-12-15');
  });

  it('reads the window from SEARCH_RECENT_MONTHS, ignoring nonsense', () => {
    expect(recentMonths({})).toBe(24);
    expect(recentMonths({ SEARCH_RECENT_MONTHS: '6' })).toBe(6);
    expect(recentMonths({ SEARCH_RECENT_MONTHS: 'nhiều' })).toBe(24);
    expect(recentMonths({ SEARCH_RECENT_MONTHS: '-3' })).toBe(24);
  });
});

describe('when the search page searches the archive', () => {
  it('at once when the box is ticked or the year is one only the archive can hold', () => {
    expect(archiveFirst(choice())).toBe(false);
    expect(archiveFirst(choice({ wanted: true }))).toBe(true);
    expect(archiveFirst(choice({ year: '2019' }))).toBe(true);
    expect(archiveFirst(choice({ year: '2024' }))).toBe(true);
    expect(archiveFirst(choice({ year: '2025' }))).toBe(false);
  });

  it('never for a type other than news, which the archive does not hold', () => {
    expect(archiveFirst(choice({ wanted: true, type: 'Thủ tục' }))).toBe(false);
    expect(archiveFirst(choice({ wanted: true, type: 'Tin tức' }))).toBe(true);
    expect(archiveFallback(choice({ type: 'Đường dây nóng' }), 0)).toBe(false);
  });

  it('as a fallback only when the primary bundle found nothing (a code finding one procedure stays light)', () => {
    expect(archiveFallback(choice(), 0)).toBe(true);
    expect(archiveFallback(choice(), 1)).toBe(false);
  });
});

describe('one result list from two bundles', () => {
  const p = [{ id: 'p1', score: 9 }, { id: 'p2', score: 3 }];
  const a = [{ id: 'a1', score: 5 }, { id: 'a2', score: 1 }];

  it('merges by score for relevance, keeping each bundle’s order', () => {
    expect(mergeBundles(p, a, false).map((r) => r.id)).toEqual(['p1', 'a1', 'p2', 'a2']);
  });

  it('puts the archive after the primary when sorted by date (its news are all older)', () => {
    expect(mergeBundles(p, a, true).map((r) => r.id)).toEqual(['p1', 'p2', 'a1', 'a2']);
  });
});

describe('a large archive in parts', () => {
  const days = ['2019-01-05', '2019-03-01', '2020-06-10', '2020-06-10', '2021-02-02', '2022-09-30', '2023-01-01'];
  const partsOf = (boundaries: string[]) => days.map((day) => archivePartOf(day, boundaries));

  it('stays whole below twice the part size', () => {
    expect(archiveBoundaries(days, 4)).toEqual([]);
    expect(partsOf([])).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('is cut into as many parts as whole part sizes fit, about even, numbered from the newest', () => {
    const boundaries = archiveBoundaries([...days].reverse(), 3);
    expect(boundaries).toEqual(['2020-06-10']);
    expect(partsOf(boundaries)).toEqual([1, 1, 0, 0, 0, 0, 0]);
    expect(partsOf(archiveBoundaries(days, 2))).toEqual([2, 2, 1, 1, 0, 0, 0]);
  });

  it('never puts one day in two parts, even when that leaves fewer parts', () => {
    const same = ['2020-01-01', '2020-01-01', '2020-01-01', '2020-01-01', '2021-01-01', '2021-01-01'];
    const boundaries = archiveBoundaries(same, 2);
    expect(boundaries).toEqual(['2021-01-01']);
    expect(archiveBoundaries(['2020-01-01', '2020-01-01', '2020-01-01', '2021-01-01'], 2)).toEqual([]);
  });

  it('names the newest part as the one archive bundle always was', () => {
    expect(archivePartFolder(0)).toBe('pagefind-luu-tru/');
    expect(archivePartFolder(2)).toBe('pagefind-luu-tru-3/');
  });

  it('reads the part size from SEARCH_ARCHIVE_PART, ignoring nonsense', () => {
    expect(archivePartPages({})).toBe(3000);
    expect(archivePartPages({ SEARCH_ARCHIVE_PART: '7' })).toBe(7);
    expect(archivePartPages({ SEARCH_ARCHIVE_PART: '0' })).toBe(3000);
    expect(archivePartPages({ SEARCH_ARCHIVE_PART: 'hai' })).toBe(3000);
  });
});

describe('the order news are written in, for the search bundles to be indexed early', () => {
  it('writes the recent news first, then the archived ones oldest first', () => {
    const newestFirst = ['2026-10-01', '2026-01-05', '2024-03-01', '2023-07-07', '2020-02-02'];
    expect(indexingOrder(newestFirst, (day) => day < '2025-11-22')).toEqual(['2026-10-01', '2026-01-05', '2020-02-02', '2023-07-07', '2024-03-01']);
  });
});
