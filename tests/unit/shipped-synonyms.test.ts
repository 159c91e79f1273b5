import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../src/lib/vietnamese.ts';
import { SHIPPED_SYNONYMS } from '../../src/search/vocabulary/synonyms.ts';

/** A word or phrase as search compares it: no marks, no đ, lower case, words joined by one space. */
const folded = (text: string) =>
  foldVietnamese(text.normalize('NFC'))
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');

/** The group holding a member, found the way a citizen types it (with or without marks). */
const groupOf = (typed: string) => SHIPPED_SYNONYMS.find((group) => group.words.some((word) => folded(word) === folded(typed)));

describe('shipped citizens’ vocabulary', () => {
  it('has at least 150 groups', () => {
    expect(SHIPPED_SYNONYMS.length).toBeGreaterThanOrEqual(150);
  });

  it('writes every word in NFC, trimmed, with letters or digits, single-spaced', () => {
    const bad = SHIPPED_SYNONYMS.flatMap((group) => group.words).filter(
      (word) => word !== word.normalize('NFC') || word !== word.trim() || /\s{2,}/.test(word) || folded(word) === '',
    );
    expect(bad).toEqual([]);
  });

  it('gives every group two or more words that stay different once folded', () => {
    const bad = SHIPPED_SYNONYMS.filter((group) => {
      const forms = group.words.map(folded);
      return new Set(forms).size < 2 || new Set(forms).size !== forms.length;
    }).map((group) => group.words);
    expect(bad).toEqual([]);
  });

  it('says where every group comes from', () => {
    const bad = SHIPPED_SYNONYMS.filter((group) => group.source.trim().length < 10).map((group) => group.words);
    expect(bad).toEqual([]);
  });

  // Decided: never. Search merges groups that share a member, so a shared word would silently join
  // two meanings; two groups that should share a word are written as one group instead.
  it('puts no word (folded) in two groups', () => {
    const owner = new Map<string, number>();
    const shared: string[] = [];
    SHIPPED_SYNONYMS.forEach((group, index) => {
      for (const word of group.words) {
        const key = folded(word);
        const first = owner.get(key);
        if (first !== undefined && first !== index) shared.push(word);
        owner.set(key, index);
      }
    });
    expect(shared).toEqual([]);
  });

  it.each([
    [['CCCD', 'căn cước công dân', 'thẻ căn cước', 'căn cước']],
    [['bằng lái', 'GPLX', 'giấy phép lái xe']],
    [['sổ đỏ', 'sổ hồng', 'giấy chứng nhận quyền sử dụng đất', 'GCNQSDĐ']],
    // Decided: hộ khẩu goes with "đăng ký cư trú" / "đăng ký thường trú", not bare "cư trú" (the
    // real titles use it for tax residence and foreigners' stays).
    [['hộ khẩu', 'đăng ký cư trú', 'đăng ký thường trú']],
    [['giấy khai sinh', 'đăng ký khai sinh', 'làm khai sinh']],
    [['BHYT', 'bảo hiểm y tế']],
    [['BHXH', 'bảo hiểm xã hội']],
    [['ĐKKD', 'đăng ký kinh doanh']],
    [['mở quán', 'mở cửa hàng', 'hộ kinh doanh']],
    [['xây nhà', 'giấy phép xây dựng']],
    [['giấy đăng ký kết hôn', 'đăng ký kết hôn', 'làm giấy kết hôn']],
    // Decided: "giấy chứng tử", since bare "chứng tử" folds onto "chứng từ" (vouchers).
    [['giấy chứng tử', 'khai tử']],
    [['sao y', 'chứng thực bản sao']],
    [['xác nhận độc thân', 'xác nhận tình trạng hôn nhân']],
    [['UBND', 'ủy ban nhân dân']],
    [['TTHC', 'thủ tục hành chính']],
    [['DVC', 'dịch vụ công']],
    [['VNeID', 'định danh điện tử']],
    [['MST', 'mã số thuế']],
    [['PAKN', 'phản ánh kiến nghị']],
    [['TTPVHCC', 'trung tâm phục vụ hành chính công']],
    [['một cửa', 'bộ phận một cửa']],
  ])('holds %j in one group', (words) => {
    const group = groupOf(words[0]!);
    expect(group, `không có nhóm nào chứa «${words[0]}»`).toBeDefined();
    expect(words.filter((word) => !group!.words.some((member) => folded(member) === folded(word)))).toEqual([]);
  });

  it('serves abbreviations and phrases typed without marks through folding alone', () => {
    expect(groupOf('dkkd')?.words).toContain('đăng ký kinh doanh');
    expect(groupOf('gcnqsdd')?.words).toContain('sổ đỏ');
    expect(groupOf('cccd')?.words).toContain('thẻ căn cước');
    expect(groupOf('so hong')?.words).toContain('giấy chứng nhận quyền sử dụng đất');
    expect(groupOf('ho khau')?.words).toContain('đăng ký thường trú');
  });

  it('keeps out members that are too general or that fold onto other words', () => {
    // bare "đất"/"nhà" (one would return the other), bare "cư trú"/"thường trú" (tax residence,
    // foreigners), and forms that fold onto unrelated words: chứng tử → chứng từ, VAT → vật,
    // hưu → hữu, đăng ký thuế → đăng ký thuê, cò đất → có đất, chở khách → cho khách,
    // đóng cửa → (hoạt) động của.
    const tooWide = ['đất', 'nhà', 'cư trú', 'thường trú', 'chứng tử', 'VAT', 'hưu', 'đăng ký thuế', 'cò đất', 'chở khách', 'đóng cửa'].map(folded);
    const found = SHIPPED_SYNONYMS.flatMap((group) => group.words).filter((word) => tooWide.includes(folded(word)));
    expect(found).toEqual([]);
  });

  // The benchmark (bench/search-quality/queries.json) marks the queries that only the vocabulary
  // can connect to their answer: each needs a group with one member in the query and another in
  // the title of one of its expected pages (titles are written in the set beside codes and paths).
  it('connects every colloquial query of the search-quality benchmark to one of its answers', () => {
    interface BenchQuery { q: string; colloquial: boolean; expect: { title?: string }[] }
    const queries = JSON.parse(readFileSync(new URL('../../bench/search-quality/queries.json', import.meta.url), 'utf8')) as BenchQuery[];
    const holds = (text: string, member: string) => ` ${folded(text)} `.includes(` ${folded(member)} `);
    // Hotline records: the words of the record's name ("công an xã", "cứu hỏa") are typed as they
    // are; "số điện thoại", "gọi" around them are what makes the query colloquial, not a synonym.
    const literal = new Set(['so dien thoai cong an xa', 'goi cuu hoa']);
    const colloquial = queries.filter((query) => query.colloquial && !literal.has(query.q));
    expect(colloquial.length).toBeGreaterThanOrEqual(30);
    const unserved = colloquial
      .filter(
        (query) =>
          !SHIPPED_SYNONYMS.some(
            (group) =>
              group.words.some((member) => holds(query.q, member)) &&
              query.expect.some((answer) => answer.title !== undefined && group.words.some((member) => holds(answer.title!, member))),
          ),
      )
      .map((query) => query.q);
    expect(unserved).toEqual([]);
  });
});
