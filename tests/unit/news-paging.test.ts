import { describe, expect, it } from 'vitest';
import { archiveNavNumbers, olderInCategory, pageNews } from '../../src/lib/news-paging.ts';

/** Articles 1..n, newest first (n is the newest), as the data layer gives them. */
const newestFirst = (n: number) => Array.from({ length: n }, (_, index) => n - index);

describe('news paging counted from the oldest article', () => {
  it('shows the newest twenty on the front page and needs no archive while they fit', () => {
    expect(pageNews(newestFirst(20))).toEqual({ front: newestFirst(20), archive: [] });
  });

  it('puts every article on exactly one archive page, the oldest on page 1, each page newest first', () => {
    const { front, archive, olderThanFront } = pageNews(newestFirst(45));
    expect(front).toEqual(newestFirst(45).slice(0, 20));
    expect(archive.map((page) => page.number)).toEqual([1, 2, 3]);
    expect(archive[0]?.entries).toEqual([20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(archive[2]?.entries).toEqual([45, 44, 43, 42, 41]);
    expect(archive.flatMap((page) => page.entries).sort((a, b) => a - b)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    // Article 25 is the newest one the front page does not show: it is on page 2.
    expect(olderThanFront).toBe(2);
  });

  it('leaves every full archive page as it was when an article is published', () => {
    const before = pageNews(newestFirst(60));
    const after = pageNews(newestFirst(61));
    expect(after.archive.slice(0, 3)).toEqual(before.archive);
    expect(after.archive[3]).toEqual({ number: 4, entries: [61] });
  });

  it('links page 1 and a window of two pages each side, never the last page of a long list', () => {
    expect(archiveNavNumbers(200, 400)).toEqual([1, 198, 199, 200, 201, 202]);
    expect(archiveNavNumbers(2, 400)).toEqual([1, 2, 3, 4]);
    expect(archiveNavNumbers(400, 400)).toEqual([1, 398, 399, 400]);
  });
});

describe('related articles of the same category', () => {
  const entries = [
    { id: 'a9', category: 'x' },
    { id: 'b8', category: 'y' },
    { id: 'a7', category: 'x' },
    { id: 'a6', category: 'x' },
    { id: 'a5', category: 'x' },
    { id: 'a4', category: 'x' },
  ];
  const ids = (map: Map<(typeof entries)[number], (typeof entries)[number][]>, id: string) =>
    map.get(entries.find((entry) => entry.id === id)!)!.map((entry) => entry.id);

  it('lists the three published just before, in the same category only', () => {
    const related = olderInCategory(entries, (entry) => entry.category);
    expect(ids(related, 'a9')).toEqual(['a7', 'a6', 'a5']);
    expect(ids(related, 'a6')).toEqual(['a5', 'a4', 'a7']);
    expect(ids(related, 'b8')).toEqual([]);
  });

  it('does not change older articles when a new one arrives', () => {
    const before = olderInCategory(entries, (entry) => entry.category);
    const newer = [{ id: 'a10', category: 'x' }, ...entries];
    const after = olderInCategory(newer, (entry) => entry.category);
    expect(ids(after, 'a9')).toEqual(ids(before, 'a9'));
    expect(ids(after, 'a7')).toEqual(ids(before, 'a7'));
    expect(after.get(newer[0]!)!.map((entry) => entry.id)).toEqual(['a9', 'a7', 'a6']);
  });
});
