import { describe, expect, it } from 'vitest';
import { groupToken, nameWeight, normalizeGroups, titleNameTokens, titlePairs } from '../../src/search/name-tokens.ts';
import { packVocabulary, planSearch, readVocabulary, splitSyllables, type SearchVocabulary } from '../../src/search/query-plan.ts';

// Near-universal words of a procedures site (as the build counts them at 1,601 procedures).
const common = { dang: 0.9, ky: 0.9, tu: 0.85, ho: 0.95, so: 0.97, thu: 0.9, tuc: 0.9, cap: 0.88, cho: 0.82 };
const groups = normalizeGroups([
  ['CCCD', 'căn cước công dân', 'thẻ căn cước'],
  ['bằng lái xe', 'bằng lái', 'GPLX', 'giấy phép lái xe'],
  ['sổ đỏ', 'giấy chứng nhận quyền sử dụng đất'],
]);
const vocabulary: SearchVocabulary = {
  pages: 3000,
  words: common,
  phrases: ['khai tu', 'khai sinh', 'ho chieu', 'pho thong', 'cap ho', 'chieu pho', 'cap lai', 'ket hon', 'dang ky', 'lai khai'],
  groups,
};
const sent = (query: string) => planSearch(query, vocabulary).tokens.map((token) => token.text);

describe('name tokens (index side)', () => {
  it('writes each word pair of a title as one word, and the groups met in it', () => {
    expect(titleNameTokens('Thủ tục đăng ký khai tử', groups)).toEqual(['xxthutuc', 'xxtucdang', 'xxdangky', 'xxkykhai', 'xxkhaitu']);
    expect(titleNameTokens('Cấp lại thẻ căn cước', groups)).toContain(groupToken(groups[0]!));
    expect(titleNameTokens('Cấp lại giấy phép lái xe', groups)).toContain('xxdnbanglaixe');
    expect(titleNameTokens('Đăng ký khai sinh', groups)).not.toContain('xxdncccd');
  });

  it('folds members and merges groups that share one', () => {
    expect(normalizeGroups([['Sổ đỏ', 'sổ  ĐỎ', 'GCN'], ['gcn', 'giấy chứng nhận'], ['một mình']])).toEqual([['so do', 'gcn', 'giay chung nhan']]);
    expect(groupToken(['so do', 'gcn'])).toBe('xxdnsodo');
  });

  it('counts the pairs of a title once, and weighs short titles more', () => {
    expect(titlePairs('Khai sinh, khai sinh')).toEqual(['khai sinh', 'sinh khai']);
    expect(nameWeight('Thủ tục đăng ký khai sinh')).toBe(10);
    expect(nameWeight('Thủ tục đăng ký khai sinh có yếu tố nước ngoài tại khu vực biên giới')).toBeLessThan(5);
  });
});

describe('the vocabulary file', () => {
  it('writes the pairs grouped by their first word and reads back the same vocabulary', () => {
    const file = packVocabulary(vocabulary);
    expect(file.pairs).toMatchObject({ khai: 'tu sinh', ho: 'chieu', cap: 'ho lai' });
    expect(JSON.stringify(file)).not.toContain('"khai tu"');
    const read = readVocabulary(JSON.parse(JSON.stringify(file)));
    expect(new Set(read.phrases)).toEqual(new Set(vocabulary.phrases));
    expect(read).toMatchObject({ pages: 3000, words: common, groups });
    expect(sent('cap ho chieu pho thong')).toEqual(planSearch('cap ho chieu pho thong', read).tokens.map((token) => token.text));
  });

  it('reads an older file (a list of phrases) and a file without pairs or groups', () => {
    expect(readVocabulary({ pages: 10, words: { so: 0.9 }, phrases: ['khai sinh'] })).toEqual({ pages: 10, words: { so: 0.9 }, phrases: ['khai sinh'], groups: [] });
    expect(planSearch('khai sinh', readVocabulary({ pages: 10, words: {}, phrases: ['khai sinh'] })).tokens.map((token) => token.text)).toEqual(['xxkhaisinh']);
  });
});

describe('planSearch', () => {
  it('keeps a name pair rather than its weakest word (dang ky khai tu)', () => {
    const plan = planSearch('dang ky khai tu', vocabulary);
    expect(plan.tokens.map((token) => [token.text, token.kind])).toEqual([['xxkhaitu', 'name']]);
    expect(plan.skipped).toEqual(['dang', 'ky']);
    expect(plan.held).toEqual(['khai']);
  });

  it('prefers pairs of rarer words where pairs overlap (cap ho chieu pho thong)', () => {
    expect(sent('cap ho chieu pho thong')).toEqual(['xxhochieu', 'xxphothong']);
  });

  it('turns synonyms into their group, typed with or without marks, longest member first', () => {
    expect(sent('cap lai cccd')).toEqual(['xxdncccd', 'xxcaplai']);
    expect(sent('cấp lại CCCD')).toEqual(['xxdncccd', 'xxcaplai']);
    expect(sent('lam lai bang lai xe')).toEqual(['xxdnbanglaixe', 'lai']);
    expect(sent('làm sổ đỏ')).toEqual(['xxdnsodo']);
    expect(planSearch('xin giấy phép lái xe cho con', vocabulary)).toMatchObject({ fillers: ['xin', 'cho'] });
    expect(planSearch('lam so do', vocabulary).tokens[0]?.group).toContain('giay chung nhan quyen su dung dat');
  });

  it('keeps a synonym together even where a name pair sits inside it', () => {
    // "chính quyền địa phương hai cấp" names no procedure: its words are held together as the
    // group's, not split into the pair "địa phương" that many procedure titles carry.
    const withLevels = { ...vocabulary, phrases: [...(vocabulary.phrases ?? []), 'dia phuong'], groups: normalizeGroups([...groups, ['chính quyền địa phương hai cấp', 'chính quyền hai cấp']]) };
    const plan = planSearch('chinh quyen dia phuong hai cap', withLevels);
    expect(plan.tokens.map((token) => token.text)).toEqual(['xxdnchinhquyendiaphuonghaicap']);
    expect(plan.held).toEqual(['chinh', 'quyen', 'dia', 'phuong', 'hai']);
  });

  it('does not turn a synonym made only of near-universal words into a name', () => {
    const withTthc = { ...vocabulary, groups: normalizeGroups([...groups, ['TTHC', 'thủ tục hành chính']]) };
    expect(planSearch('thủ tục', withTthc).tokens.map((token) => token.kind)).toEqual(['word']);
    expect(planSearch('tthc', withTthc).tokens.map((token) => token.text)).toEqual(['xxdntthc']);
  });

  it('sends other words as typed and leaves out near-universal ones when there is more', () => {
    expect(planSearch('hộ kinh doanh', vocabulary)).toEqual({
      tokens: [
        { text: 'kinh', kind: 'word', covers: ['kinh'], counts: ['kinh'] },
        { text: 'doanh', kind: 'word', covers: ['doanh'], counts: ['doanh'] },
      ],
      skipped: ['hộ'],
      held: [],
      fillers: [],
    });
    expect(sent('1.001193')).toEqual(['1.001193']);
    expect(sent('hồ')).toEqual(['hồ']);
    // Only near-universal words: the rarest one.
    expect(sent('đăng ký')).toEqual(['đăng']);
  });

  it('never leaves a query of three words or more with one word', () => {
    const plan = planSearch('thu tuc xe dang', vocabulary);
    expect(plan.tokens.length).toBeGreaterThanOrEqual(2);
    expect(plan.tokens.map((token) => token.text)).toContain('xe');
  });

  it('keeps the rarest word alone when every word is near-universal (a second one narrows nothing)', () => {
    const plan = planSearch('hồ sơ thủ tục cấp', vocabulary);
    expect(plan.tokens.map((token) => token.text)).toEqual(['cấp']);
    expect(plan.skipped).toEqual(['hồ', 'sơ', 'thủ', 'tục']);
  });

  it('reads a pair typed without its space as a name', () => {
    expect(planSearch('khaisinh', vocabulary).tokens).toEqual([{ text: 'xxkhaisinh', kind: 'name', covers: ['khaisinh'], counts: ['khaisinh'] }]);
  });

  it('reads a word typed without its spaces as its syllables when the vocabulary does not know it', () => {
    expect(splitSyllables('duongdaynong')).toEqual(['duong', 'day', 'nong']);
    expect(splitSyllables('thanhnien')).toEqual(['thanh', 'nien']);
    expect(splitSyllables('nguyen')).toBeUndefined();
    expect(splitSyllables('vneid')).toBeUndefined();
    expect(splitSyllables('bhxh')).toBeUndefined();
    expect(sent('duongdaynong')).toEqual(['duong', 'day', 'nong']);
    // Known as a name: kept whole.
    expect(sent('khaitu')).toEqual(['xxkhaitu']);
  });

  it('keeps an everyday word when it is all there is, and reads "lâm" with its marks as a word', () => {
    expect(sent('làm')).toEqual(['làm']);
    expect(sent('lâm sản')).toEqual(['lâm', 'sản']);
  });

  it('sends at most four tokens', () => {
    expect(sent('mot hai ba bon nam sau').length).toBe(4);
  });

  it('without a vocabulary every word is sent as typed', () => {
    expect(planSearch('dang ky khai tu', { pages: 0, words: {} }).tokens.map((token) => token.text)).toEqual(['dang', 'ky', 'khai', 'tu']);
  });
});
