import { describe, expect, it } from 'vitest';
import { groupByInitial, initialOf, paginate, runsByField } from '../../src/lib/procedure-browse.ts';

describe('procedure browsing', () => {
  it('cuts lists into pages and keeps one empty page for an empty list', () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(paginate(items, 50).map((page) => page.length)).toEqual([50, 50, 20]);
    expect(paginate([], 50)).toEqual([[]]);
    expect(paginate(items.slice(0, 50), 50)).toHaveLength(1);
  });

  it('takes the heading letter without tones or hats, but keeps Đ apart from D', () => {
    expect(initialOf('Ấn phẩm')).toBe('A');
    expect(initialOf('Đất đai')).toBe('Đ');
    expect(initialOf('Dân tộc')).toBe('D');
    expect(initialOf('ưu đãi')).toBe('U');
    expect(initialOf('123')).toBe('#');
  });

  it('groups fields by letter in Vietnamese order (D before Đ before E)', () => {
    const fields = ['Đường bộ', 'Hộ tịch', 'Đất đai', 'Dân tộc', 'Chứng thực', 'Em bé', 'An toàn'].map((name) => ({ name }));
    expect(groupByInitial(fields).map(({ letter, fields: list }) => `${letter}:${list.map((f) => f.name).join('|')}`)).toEqual([
      'A:An toàn',
      'C:Chứng thực',
      'D:Dân tộc',
      'Đ:Đất đai|Đường bộ',
      'E:Em bé',
      'H:Hộ tịch',
    ]);
  });

  it('gives one run per field change on a page sorted by field', () => {
    const runs = runsByField(['a1', 'a2', 'b1', 'a3'], (item) => item[0]!);
    expect(runs).toEqual([
      { field: 'a', items: ['a1', 'a2'] },
      { field: 'b', items: ['b1'] },
      { field: 'a', items: ['a3'] },
    ]);
  });
});
