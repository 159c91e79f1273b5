import { describe, expect, it } from 'vitest';
import {
  buildExcerpt,
  dStrokeFoldWords,
  FOLD_REPEATS,
  exactMatchCount,
  foldRegion,
  normalizeQuery,
  queryTerms,
  findCommonWords,
  planQuery,
  stripFoldRegion,
  toneKey,
} from '../../src/search/search-text.ts';

const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((part) => part.mark).map((part) => part.text);

describe('fold region for the index', () => {
  it('adds every đ-word without marks (repeats count for ranking), and nothing else', () => {
    expect(dStrokeFoldWords('Đăng ký khai sinh. Đường dây nóng, đăng ký đường dây')).toEqual(['dang', 'duong', 'dang', 'duong']);
    expect(foldRegion('Chứng thực bản sao')).toBe('');
  });

  it('keeps a folded word only a few times: ranking saturates, each repeat weighs in the index', () => {
    const text = Array.from({ length: 10 }, () => 'được').join(' ') + ' Đăng';
    expect(dStrokeFoldWords(text)).toEqual([...Array.from({ length: FOLD_REPEATS }, () => 'duoc'), 'dang']);
  });

  it('leaves a space between the markers and the words, so the last word is indexed as itself', () => {
    expect(foldRegion('thống kê đơn')).toBe('⟪ don ⟫');
  });

  it('folds đ written in NFD content too', () => {
    expect(dStrokeFoldWords('Đăng ký'.normalize('NFD'))).toEqual(['dang']);
  });

  it('is cut out again before the text is shown', () => {
    const content = `${foldRegion('Đường dây nóng')} Đường dây nóng về thủ tục hành chính.`;
    expect(stripFoldRegion(content)).toBe('Đường dây nóng về thủ tục hành chính.');
  });
});

describe('query normalization', () => {
  it('turns decomposed (NFD) input into NFC', () => {
    const nfd = 'Đăng ký khai sinh'.normalize('NFD');
    expect(nfd).not.toBe('Đăng ký khai sinh');
    expect(normalizeQuery(nfd)).toBe('Đăng ký khai sinh');
  });

  it('joins a phone number typed in groups, and reads +84 as a leading 0', () => {
    expect(normalizeQuery('0292 3861 246')).toBe('02923861246');
    expect(normalizeQuery('+84 292 3861 246')).toBe('02923861246');
    expect(normalizeQuery('1800-1567')).toBe('18001567');
    expect(normalizeQuery('1.001193')).toBe('1001193');
  });

  it('keeps words as typed, only tidying spaces', () => {
    expect(normalizeQuery('  dang   ky khai sinh ')).toBe('dang ky khai sinh');
  });

  it('folds query words for highlighting', () => {
    expect(queryTerms('Đăng KÝ 1.001193')).toEqual(['dang', 'ky', '1001193']);
  });
});

describe('tone placement', () => {
  it('treats old "hoà" and new "hòa" as one spelling but keeps other marks apart', () => {
    expect(toneKey('hoà')).toBe(toneKey('hòa'));
    expect(toneKey('Thuỷ')).toBe(toneKey('thủy'));
    expect(toneKey('hoà')).not.toBe(toneKey('hoá'));
    expect(toneKey('dân')).not.toBe(toneKey('dần'));
  });
});

describe('exact-accent count', () => {
  it('counts only words typed with marks that the text carries exactly', () => {
    expect(exactMatchCount('đăng ký', 'Đăng ký khai sinh')).toBe(2);
    expect(exactMatchCount('đăng ký', 'Dang dở, kỳ họp')).toBe(0);
    expect(exactMatchCount('dang ky', 'Đăng ký khai sinh')).toBe(0);
    expect(exactMatchCount('hoà giải', 'Hòa giải ở cơ sở')).toBe(2);
  });
});

describe('excerpt', () => {
  const content = `${foldRegion('Đăng ký')} Thủ tục này dành cho cha mẹ. Hồ sơ gồm tờ khai. Người dân có thể Đăng ký khai sinh trực tuyến trên Cổng Dịch vụ công quốc gia, mã 1.001193.`;

  it('marks the accented words that an unaccented query matched', () => {
    const parts = buildExcerpt(content, 'dang ky khai sinh');
    expect(marked(parts)).toEqual(['khai', 'Đăng ký khai sinh']);
    expect(parts.map((p) => p.text).join('')).not.toContain('⟪');
  });

  it('marks a procedure code typed with or without its dot', () => {
    expect(marked(buildExcerpt(content, '1.001193'))).toEqual(['1.001193']);
    expect(marked(buildExcerpt(content, '1001193'))).toEqual(['1.001193']);
  });

  it('shortens long text around the matches with an ellipsis', () => {
    const long = `${'Một câu mở đầu không liên quan. '.repeat(20)}Chứng thực chữ ký tại xã. ${'Phần cuối. '.repeat(20)}`;
    const parts = buildExcerpt(long, 'chung thuc', 12);
    const shown = parts.map((p) => p.text).join('');
    expect(shown.startsWith('… ')).toBe(true);
    expect(shown.endsWith(' …')).toBe(true);
    expect(marked(parts)).toEqual(['Chứng thực']);
  });
});

describe('near-universal words of a query', () => {
  const pages = (n: number, text: (i: number) => string) => Array.from({ length: n }, (_, i) => text(i));

  it('finds the words on at least the given share of pages, folded, once per page', () => {
    const texts = pages(10, (i) => `Nộp hồ sơ, hồ sơ hợp lệ. ${i < 9 ? 'Đăng ký' : 'Chứng thực'} ${i < 2 ? 'hộ kinh doanh' : ''}`);
    const common = findCommonWords(texts, 0.8, 5);
    expect(common.pages).toBe(10);
    expect(Object.keys(common.words).sort()).toEqual(['dang', 'hop', 'ky', 'le', 'nop', 'so', 'ho'].sort());
    expect(common.words.dang).toBe(0.9);
    expect(common.words.kinh).toBeUndefined();
  });

  it('leaves nothing out on a small site, where every index chunk is small', () => {
    expect(findCommonWords(pages(50, () => 'hồ sơ'), 0.8, 1000).words).toEqual({});
  });

  it('does not send a near-universal word when the query has other words, and says which', () => {
    const common = { ho: 0.99, ky: 0.96, dang: 0.85 };
    expect(planQuery('hộ kinh doanh', common)).toEqual({ search: 'kinh doanh', skipped: ['hộ'] });
    expect(planQuery('dang ky khai sinh', common)).toEqual({ search: 'khai sinh', skipped: ['dang', 'ky'] });
    expect(planQuery('chứng thực', common)).toEqual({ search: 'chứng thực', skipped: [] });
  });

  it('keeps a one-word query, and the rarest word of a query made only of common words', () => {
    const common = { ho: 0.99, ky: 0.96, dang: 0.85 };
    expect(planQuery('hồ', common)).toEqual({ search: 'hồ', skipped: [] });
    expect(planQuery('đăng ký', common)).toEqual({ search: 'đăng', skipped: ['ký'] });
    expect(planQuery('1022', common)).toEqual({ search: '1022', skipped: [] });
  });
});
