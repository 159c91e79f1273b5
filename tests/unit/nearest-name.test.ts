import { describe, expect, it } from 'vitest';
import { editDistance, nearestName } from '../../src/lib/nearest-name.ts';

describe('edit distance (optimal string alignment)', () => {
  it('counts inserts, deletes, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('draft', 'draft')).toBe(0);
    expect(editDistance('drfat', 'draft')).toBe(1); // swap
    expect(editDistance('titel', 'title')).toBe(1); // swap
    expect(editDistance('titl', 'title')).toBe(1); // insert
    expect(editDistance('titles', 'title')).toBe(1); // delete
    expect(editDistance('tutle', 'title')).toBe(1); // substitute
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('ca', 'abc')).toBe(3); // OSA: no edit of a swapped pair
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('onlineUrl', 'onlineURL')).toBe(2); // case counts here; nearestName ignores it
  });

  it('is symmetric', () => {
    for (const [a, b] of [['drfat', 'draft'], ['summary', 'sumary'], ['abcdef', 'badcfe']] as const) {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
    }
  });
});

describe('nearest known name', () => {
  const news = ['title', 'date', 'summary', 'unit', 'category', 'tags', 'cover', 'coverAlt', 'author', 'draft'];
  it('finds the field an editor meant', () => {
    expect(nearestName('drfat', news)).toBe('draft');
    expect(nearestName('Title', news)).toBe('title');
    expect(nearestName('sumary', news)).toBe('summary');
    expect(nearestName('coveralt', news)).toBe('coverAlt');
    expect(nearestName('catgeory', news)).toBe('category');
    expect(nearestName('tag', news)).toBe('tags');
  });

  it('suggests nothing for a name that is not a slip of any known one', () => {
    expect(nearestName('tieude', news)).toBeUndefined();
    expect(nearestName('slug', news)).toBeUndefined();
    expect(nearestName('x', news)).toBeUndefined();
  });

  it('prefers the closer name, then the one listed first', () => {
    expect(nearestName('dat', ['data', 'date'])).toBe('data');
    expect(nearestName('unt', ['unit', 'units'])).toBe('unit');
  });
});
