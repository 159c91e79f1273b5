/**
 * Two things editors see without knowing why: lists sorted with numbers in counting order
 * ("Tổ 2" before "Tổ 10"), and front matter repaired to NFC without losing what is not text
 * (dates stay dates, empty YAML values stay empty).
 */
import { describe, expect, it } from 'vitest';
import { compareVietnamese, deepNFC } from '../../src/lib/vietnamese.ts';

describe('Vietnamese order', () => {
  it('puts numbers in counting order', () => {
    expect(['Tổ 10', 'Tổ 2', 'Tổ 1'].sort(compareVietnamese)).toEqual(['Tổ 1', 'Tổ 2', 'Tổ 10']);
    expect(['Quý IV/2026', 'Ấp 12', 'Ấp 3'].sort(compareVietnamese)).toEqual(['Ấp 3', 'Ấp 12', 'Quý IV/2026']);
  });

  it('treats capitals and lower case as the same letter', () => {
    expect(compareVietnamese('hòa an', 'Hòa An')).toBe(0);
  });
});

describe('deepNFC on front matter', () => {
  const nfd = (text: string) => text.normalize('NFD');

  it('keeps dates as the same Date objects', () => {
    const date = new Date('2026-09-15T00:00:00Z');
    const out = deepNFC({ title: nfd('Họp Ban Chỉ đạo'), date });
    expect(out.date).toBe(date);
    expect(out.title).toBe('Họp Ban Chỉ đạo');
  });

  it('keeps empty values (YAML null) and other non-text values as they are', () => {
    expect(deepNFC(null)).toBeNull();
    expect(deepNFC({ coverAlt: null, order: 3, draft: false })).toEqual({ coverAlt: null, order: 3, draft: false });
    expect(deepNFC([null, nfd('Đà Nẵng')])).toEqual([null, 'Đà Nẵng']);
  });
});
