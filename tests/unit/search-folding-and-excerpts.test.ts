/**
 * Search as a person sees it: a query mixing words and numbers keeps its words, abbreviations with
 * đ ("NĐ-CP") are found without the stroke, every tone placement compares alike, and the excerpt
 * under a result shows the passage holding the most different query words, marked word by word.
 */
import { describe, expect, it } from 'vitest';
import {
  buildExcerpt,
  dStrokeFoldWords,
  exactMatchCount,
  findCommonWords,
  normalizeQuery,
  planQuery,
  queryTerms,
  stripFoldRegion,
  toneKey,
} from '../../src/search/search-text.ts';

const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((part) => part.mark).map((part) => part.text);
const shown = (parts: { text: string }[]) => parts.map((part) => part.text).join('');

describe('đ-words for the index', () => {
  it('finds đ inside a word and at both ends of the text', () => {
    expect(dStrokeFoldWords('Nghị định 15/2020/NĐ-CP')).toEqual(['dinh', 'nd']);
    expect(dStrokeFoldWords('đ')).toEqual(['d']);
    expect(dStrokeFoldWords('Trường CĐ')).toEqual(['cd']);
  });

  it('takes a word with two đ once', () => {
    expect(dStrokeFoldWords('ĐĐ bộ đội')).toEqual(['dd', 'doi']);
  });

  it('keeps each folded word at most the given number of times', () => {
    expect(dStrokeFoldWords('đi đi đi đến', 1)).toEqual(['di', 'den']);
    expect(dStrokeFoldWords('đi đi đi đến', 2)).toEqual(['di', 'di', 'den']);
  });
});

describe('the fold region is cut out of the shown text', () => {
  it('wherever it is, every time, with the space after it', () => {
    expect(stripFoldRegion('Một ⟪ dang ⟫ hai ⟪ duong ⟫ ba')).toBe('Một hai ba');
    expect(stripFoldRegion('Đường dây nóng ⟪ duong ⟫')).toBe('Đường dây nóng');
  });
});

describe('what is sent to the index', () => {
  it('keeps the words of a query that also holds a number', () => {
    expect(normalizeQuery('khai sinh 2024')).toBe('khai sinh 2024');
    expect(normalizeQuery('2024 khai sinh')).toBe('2024 khai sinh');
  });

  it('leaves punctuation typed alone as it is', () => {
    expect(normalizeQuery('.')).toBe('.');
    expect(normalizeQuery('( - )')).toBe('( - )');
  });

  it('does not turn another country code into a leading 0', () => {
    expect(normalizeQuery('+1 202 555 0100')).toBe('12025550100');
  });
});

describe('highlight terms', () => {
  it('keeps letters and digits of a mixed word together, joins only pure numbers', () => {
    expect(queryTerms('mẫu TK1 3g 15/2020')).toEqual(['mau', 'tk1', '3g', '152020']);
  });

  it('lists each folded term once', () => {
    expect(queryTerms('dang Đăng ĐĂNG')).toEqual(['dang']);
  });
});

describe('tone placement', () => {
  it('compares every one of the five tone marks whatever the vowel it sits on', () => {
    expect(toneKey('hoá')).toBe(toneKey('hóa'));
    expect(toneKey('hoã')).toBe(toneKey('hõa'));
    expect(toneKey('hoạ')).toBe(toneKey('họa'));
    expect(toneKey('hoả')).toBe(toneKey('hỏa'));
    expect(toneKey('hoà')).toBe(toneKey('hòa'));
    expect(new Set(['hoá', 'hoã', 'hoạ', 'hoả', 'hoà', 'hoa'].map(toneKey)).size).toBe(6);
  });

  it('leaves a word without tone marks as it is, in lower case', () => {
    expect(toneKey('Dân')).toBe('dân');
    expect(toneKey('AN')).toBe('an');
  });

  it('counts only the accented words of a query as exact matches', () => {
    expect(exactMatchCount('đăng ky', 'Đăng ky khai sinh')).toBe(1);
  });
});

describe('excerpt', () => {
  it('shows text without words whole, and nothing for no text', () => {
    expect(buildExcerpt('…', 'dang')).toEqual([{ text: '…', mark: false }]);
    expect(buildExcerpt('', 'dang')).toEqual([]);
  });

  it('shows a short text whole with its matches marked, no ellipsis', () => {
    expect(buildExcerpt('Đăng ký khai sinh tại xã.', 'khai sinh')).toEqual([
      { text: 'Đăng ký ', mark: false },
      { text: 'khai sinh', mark: true },
      { text: ' tại xã.', mark: false },
    ]);
  });

  it('marks words that start with a typed word, and numbers that start with typed digits', () => {
    expect(marked(buildExcerpt('Người dân nộp hồ sơ', 'dan'))).toEqual(['dân']);
    expect(marked(buildExcerpt('Mã thủ tục 1.001193', '1001'))).toEqual(['1.001193']);
  });

  it('marks words apart when something other than spaces separates them', () => {
    expect(buildExcerpt('Đăng, ký', 'dang ky')).toEqual([
      { text: 'Đăng', mark: true },
      { text: ', ', mark: false },
      { text: 'ký', mark: true },
    ]);
  });

  it('picks the passage holding the most different query words over one repeating a single word', () => {
    const filler = 'một hai ba bốn năm sáu bảy tám chín mười';
    const text = `hộ hộ hộ hộ ${filler} ${filler} hộ tịch ${filler} ${filler}`;
    const parts = buildExcerpt(text, 'ho tich', 6);
    expect(shown(parts)).toBe('… hộ tịch một hai ba bốn …');
    expect(marked(parts)).toEqual(['hộ tịch']);
  });

  it('starts at the beginning without an ellipsis when the best passage is there', () => {
    const parts = buildExcerpt('hộ tịch một hai ba bốn năm sáu bảy tám', 'ho tich', 4);
    expect(shown(parts)).toBe('hộ tịch một hai …');
  });

  it('ends at the end of the text without an ellipsis when the passage reaches it', () => {
    const parts = buildExcerpt('một hai ba bốn hộ tịch', 'ho tich', 2);
    expect(shown(parts)).toBe('… hộ tịch');
    const exact = buildExcerpt('một hai ba hộ tịch.', 'ho tich', 2);
    expect(shown(exact)).toBe('… hộ tịch.');
  });

  it('of two equally good passages, shows the first', () => {
    const filler = 'một hai ba bốn năm sáu bảy tám chín mười';
    const parts = buildExcerpt(`${filler} hộ tịch ${filler} hộ tịch ${filler}`, 'ho tich', 4);
    expect(shown(parts)).toBe('… hộ tịch một hai …');
    expect(shown(parts)).not.toContain('mười hộ');
  });

  it('needs no ellipsis when the text starts with punctuation before the first word', () => {
    expect(shown(buildExcerpt('"Hộ tịch" là việc ghi chép', 'ho tich', 3))).toBe('"Hộ tịch" là …');
  });

  it('joins matched words separated by spaces only, however many', () => {
    expect(marked(buildExcerpt('Chứng  thực bản sao', 'chung thuc'))).toEqual(['Chứng  thực']);
    expect(marked(buildExcerpt('Đăng , ký', 'dang ky'))).toEqual(['Đăng', 'ký']);
  });

  it('marks a word that starts with the typed letters, not one that only ends with them', () => {
    expect(marked(buildExcerpt('đăng ký tại Hòa Đan', 'dan'))).toEqual(['đăng', 'Đan']);
    expect(marked(buildExcerpt('ngày sinh và tên', 'sinh'))).toEqual(['sinh']);
    expect(marked(buildExcerpt('cần cụ', 'an'))).toEqual([]);
  });

  it('marks a number by its digits, not a code that ends with them', () => {
    expect(marked(buildExcerpt('Mẫu TK1 và 1 tờ khai', '1'))).toEqual(['1']);
  });
});

describe('near-universal words', () => {
  it('counts a site of exactly the minimum size and a word on exactly the given share', () => {
    const texts = Array.from({ length: 5 }, (_, i) => (i < 4 ? 'hồ sơ' : 'sơ'));
    expect(findCommonWords(texts, 0.8, 5).words).toEqual({ ho: 0.8, so: 1 });
  });

  it('keeps the rarest word when all are common, whatever its place; the first on a tie', () => {
    const common = { ho: 0.99, ky: 0.96, dang: 0.85 };
    expect(planQuery('ký đăng', common)).toEqual({ search: 'đăng', skipped: ['ký'] });
    expect(planQuery('hồ đăng ký', common)).toEqual({ search: 'đăng', skipped: ['hồ', 'ký'] });
    expect(planQuery('ký đăng', { ky: 0.9, dang: 0.9 })).toEqual({ search: 'ký', skipped: ['đăng'] });
  });
});
