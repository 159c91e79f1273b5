import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { readSiteSynonyms, searchSynonymGroups } from '../../src/search/synonyms.ts';
import { SHIPPED_SYNONYMS } from '../../src/search/vocabulary/synonyms.ts';
import { groupToken } from '../../src/search/name-tokens.ts';
import { planSearch } from '../../src/search/query-plan.ts';
import { copyContent, type ContentCopy } from '../helpers/content-fixture.ts';
import { readQueries, summarize, type QueryOutcome } from '../../scripts/bench/quality-score.ts';

let copy: ContentCopy | undefined;
afterEach(() => copy?.remove());

describe("the site's synonyms.yaml", () => {
  it('adds its groups to the shipped vocabulary, folded, and merges a group sharing a member', () => {
    copy = copyContent();
    copy.write('synonyms.yaml', '- words: [Quán ăn, hàng ăn]\n- words: [CCCD, chứng minh thư mới]\n');
    expect(readSiteSynonyms(copy.dir)).toEqual([
      ['Quán ăn', 'hàng ăn'],
      ['CCCD', 'chứng minh thư mới'],
    ]);
    const groups = searchSynonymGroups(copy.dir);
    expect(groups).toContainEqual(['quan an', 'hang an']);
    // "CCCD" is already in a shipped group: the site's words join that group.
    const cccd = groups.filter((group) => group.includes('cccd'));
    expect(cccd).toHaveLength(1);
    expect(cccd[0]).toContain('chung minh thu moi');
    expect(cccd[0]).toContain('the can cuoc');
    // And a query typed with the site's words reaches that group, with or without marks.
    const vocabulary = { pages: 0, words: {}, groups };
    expect(planSearch('chung minh thu moi', vocabulary).tokens[0]?.text).toBe(groupToken(cccd[0]!));
    expect(planSearch('chứng minh thư mới', vocabulary).tokens[0]?.text).toBe(groupToken(cccd[0]!));
  });

  it('is optional', () => {
    copy = copyContent();
    expect(readSiteSynonyms(copy.dir)).toEqual([]);
    expect(searchSynonymGroups(copy.dir).length).toBeGreaterThanOrEqual(150);
    expect(SHIPPED_SYNONYMS.length).toBeGreaterThanOrEqual(150);
  });

  it('stops with a Vietnamese message naming the file and the group at fault', async () => {
    copy = copyContent();
    copy.write('synonyms.yaml', '- words: [sổ đỏ, sổ hồng]\n- words: [một mình]\n- tu: [a, b]\n');
    expect(() => readSiteSynonyms(copy!.dir)).toThrow(/synonyms\.yaml › \[2\]\.words: cần ít nhất 2 từ/);
    const report = await checkContent(copy.dir, { warnings: false });
    const found = report.problems.filter((problem) => problem.file === 'synonyms.yaml').map((problem) => `${problem.field}: ${problem.message}`);
    expect(found).toEqual([
      '[2].words: cần ít nhất 2 từ hoặc cụm từ được coi là như nhau khi tìm kiếm',
      '[3].words: thiếu trường bắt buộc',
      '[3]: mỗi nhóm chỉ có trường "words" (danh sách các từ đồng nghĩa)',
    ]);
    copy.write('synonyms.yaml', 'words: [a, b]\n');
    const notList = await checkContent(copy.dir, { warnings: false });
    expect(notList.problems.find((problem) => problem.file === 'synonyms.yaml')?.message).toMatch(/cần một danh sách/);
  });
});

describe('search-quality scoring', () => {
  it('reads codes and paths, and counts top-3 and MRR@10 per kind', () => {
    const queries = readQueries(
      JSON.stringify([
        { q: 'a', kind: 'k1', colloquial: false, expect: [{ code: '1.1' }] },
        { q: 'b', kind: 'k1', colloquial: true, expect: [{ path: '/duong-day-nong/' }] },
      ]),
      'q.json',
      (code) => (code === '1.1' ? '/thu-tuc/a/' : undefined),
    );
    expect(queries.map((query) => query.expected)).toEqual([['/thu-tuc/a/'], ['/duong-day-nong/']]);
    const outcomes: QueryOutcome[] = [
      { ...queries[0]!, siteRank: 1, plainRank: 4, siteTop: [], plainTop: [] },
      { ...queries[1]!, siteRank: 2, plainRank: undefined, siteTop: [], plainTop: [] },
    ];
    const { rows } = summarize(outcomes);
    expect(rows.find((row) => row.kind === 'k1')).toEqual({ kind: 'k1', queries: 2, siteTop3: 2, plainTop3: 0, siteMrr: 0.75, plainMrr: 0.125 });
    expect(rows.find((row) => row.kind.startsWith('colloquial'))?.siteMrr).toBe(0.5);
    expect(() => readQueries('[{"q":"x","expect":[{"code":"9.9"}]}]', 'q.json', () => undefined)).toThrow(/q\.json, truy vấn thứ 1/);
  });
});
