import { describe, expect, it } from 'vitest';
import { normalizeGroups } from '../../src/search/name-tokens.ts';
import { planSearch, type PlannedToken, type SearchVocabulary } from '../../src/search/query-plan.ts';
import { needsHeldWords, rankCandidates, rankFirstPage, type FirstPageItem } from '../../src/search/ranking.ts';

const name = (text: string): PlannedToken => ({ text, kind: 'name', covers: [text], counts: [text] });
const word = (text: string): PlannedToken => ({ text, kind: 'word', covers: [text], counts: [text] });
const found = (ids: string[], score = 1) => ids.map((id) => ({ id, score, result: id }));

describe('rankCandidates (before any result is downloaded)', () => {
  it('puts pages holding the procedure name first, then those holding the words', () => {
    const ranked = rankCandidates([
      { token: name('khaitu'), results: found(['thu-tuc-khai-tu', 'thu-tuc-khai-tu-luu-dong']) },
      { token: word('khai'), results: [...found(['tin-khai-tu'], 5), ...found(['thu-tuc-khai-tu'])] },
    ]);
    expect(ranked.map((candidate) => candidate.id)).toEqual(['thu-tuc-khai-tu', 'thu-tuc-khai-tu-luu-dong', 'tin-khai-tu']);
  });

  it('keeps pages with every typed word, or all but one when none has them all', () => {
    const all = rankCandidates([
      { token: word('chung'), results: found(['a', 'b']) },
      { token: word('thuc'), results: found(['a', 'c']) },
    ]);
    expect(all.map((candidate) => candidate.id)).toEqual(['a']);
    const colloquial = rankCandidates([
      { token: word('lam'), results: found(['a', 'b']) },
      { token: word('giay'), results: found(['b', 'c']) },
      { token: word('sinh'), results: found(['c', 'd'], 2) },
    ]);
    expect(colloquial.map((candidate) => candidate.id)).toEqual(['c', 'b']);
  });

  it('counts the rarer words a page proves: a headline beats procedures holding its common pairs', () => {
    const common = { ho: 0.9, dich: 0.9, vu: 0.9 };
    const plan = planSearch('Đoàn Thanh niên hỗ trợ dịch vụ', { pages: 3000, words: common, phrases: ['ho tro', 'dich vu'] });
    // "dich vu": both words near-universal, no name; "hỗ trợ" proves only "tro".
    expect(plan.tokens.map((token) => [token.text, token.counts])).toEqual([
      ['xxhotro', ['tro']],
      ['Đoàn', ['doan']],
      ['Thanh', ['thanh']],
      ['niên', ['nien']],
    ]);
    expect(plan.skipped).toEqual(['dịch', 'vụ']);
    const ranked = rankCandidates([
      { token: plan.tokens[0]!, results: found(['thu-tuc-ho-tro-dich-vu', 'thu-tuc-ho-tro-khac'], 9) },
      { token: plan.tokens[1]!, results: found(['tin-doan-thanh-nien']) },
      { token: plan.tokens[2]!, results: found(['tin-doan-thanh-nien', 'thu-tuc-ho-tro-khac']) },
      { token: plan.tokens[3]!, results: found(['tin-doan-thanh-nien']) },
      { token: word('tro'), results: found(['tin-doan-thanh-nien']) },
    ]);
    expect(ranked[0]?.id).toBe('tin-doan-thanh-nien');
  });

  it('searches the words behind the names when the names find too little or no page holds them all', () => {
    const plan = planSearch('dang ky khai tu', { pages: 3000, words: { dang: 0.9, ky: 0.9, tu: 0.9 }, phrases: ['khai tu'] });
    const page = (covered: number) => ({ id: 'x', result: 'x', covered, names: 1, words: 0, score: 1 });
    expect(needsHeldWords(Array.from({ length: 10 }, () => page(1)), plan, 10)).toBe(false);
    expect(needsHeldWords([page(1)], plan, 10)).toBe(true);
    const headline = planSearch('chinh quyen dia phuong', { pages: 3000, words: {}, phrases: ['chinh quyen', 'dia phuong'] });
    expect(needsHeldWords(Array.from({ length: 10 }, () => page(2)), headline, 10)).toBe(true);
    expect(needsHeldWords(Array.from({ length: 10 }, () => page(4)), headline, 10)).toBe(false);
  });

  it('orders equal pages by the summed score', () => {
    expect(rankCandidates([{ token: word('x'), results: [...found(['low'], 1), ...found(['high'], 3)] }]).map((c) => c.id)).toEqual(['high', 'low']);
  });
});

describe('rankFirstPage (titles known)', () => {
  const vocabulary: SearchVocabulary = {
    pages: 3000,
    words: { dang: 0.9, ky: 0.9, thu: 0.9, tuc: 0.9, co: 0.9, cap: 0.9, tai: 0.9 },
    phrases: ['khai sinh', 'ket hon'],
    groups: normalizeGroups([['CCCD', 'thẻ căn cước']]),
  };
  const order = (query: string, items: FirstPageItem[]) =>
    rankFirstPage(items, query, planSearch(query, vocabulary), (item) => item).map((item) => item.title);
  const procedure = (title: string): FirstPageItem => ({ title, text: title, isProcedure: true });
  const news = (title: string): FirstPageItem => ({ title, text: title, isProcedure: false });

  it('puts the plain procedure before its variants and news', () => {
    expect(
      order('dang ky khai sinh', [
        news('Hướng dẫn người dân đăng ký khai sinh trực tuyến'),
        procedure('Thủ tục đăng ký khai sinh có yếu tố nước ngoài'),
        procedure('Thủ tục đăng ký khai sinh lưu động'),
        procedure('Thủ tục đăng ký khai sinh'),
      ]),
    ).toEqual(['Thủ tục đăng ký khai sinh', 'Thủ tục đăng ký khai sinh lưu động', 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài', 'Hướng dẫn người dân đăng ký khai sinh trực tuyến']);
  });

  it('puts the procedure whose name starts with the query before one holding it further on', () => {
    expect(
      order('cap ho chieu pho thong', [
        procedure('Trình báo mất hộ chiếu phổ thông (thực hiện tại cấp tỉnh)'),
        procedure('Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp tỉnh)'),
      ])[0],
    ).toBe('Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp tỉnh)');
  });

  it('puts the variant first when the query names it', () => {
    expect(order('khai sinh luu dong', [procedure('Thủ tục đăng ký khai sinh'), procedure('Thủ tục đăng ký khai sinh lưu động')])[0]).toBe('Thủ tục đăng ký khai sinh lưu động');
  });

  it('recognises a synonym in a title', () => {
    expect(order('cap lai cccd', [procedure('Cấp lại giấy phép lái xe'), procedure('Cấp lại thẻ căn cước')])[0]).toBe('Cấp lại thẻ căn cước');
  });

  it('puts a title equal to the query first, and exact accents before other spellings', () => {
    expect(order('Đăng ký lại khai sinh', [procedure('Thủ tục đăng ký lại khai sinh có yếu tố nước ngoài'), procedure('Thủ tục đăng ký lại khai sinh')])[0]).toBe('Thủ tục đăng ký lại khai sinh');
    expect(order('hòa an', [news('Tin hoa an'), news('Tin Hòa An')])[0]).toBe('Tin Hòa An');
  });
});
