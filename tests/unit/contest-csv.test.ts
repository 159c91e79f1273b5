import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownPrizeId, parseResultsCsv, parseScore, suggestPrize } from '../../src/lib/contest-csv.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/contests/${name}`, import.meta.url), 'utf8');

describe('parseResultsCsv: files an editor exports from a spreadsheet', () => {
  it('reads a file with a BOM, CRLF, quoted commas, a blank line, a multi-line cell and decimal commas', () => {
    const { rows, problems } = parseResultsCsv(fixture('good.csv'));
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { prize: 'nhat', name: 'Lê Minh Thư', unit: 'Trung tâm Phục vụ hành chính công xã', group: 'Cán bộ, công chức', score: 100 },
      { prize: 'nhi', name: 'Ngô Văn Phát', unit: 'Công an xã', group: 'Cán bộ, công chức', score: 9.5 },
      { prize: 'khuyen-khich', name: 'Kim Thị Sa Rết', group: 'Nhân dân' },
      { prize: 'Giải Triển vọng', name: 'Trần Văn Út', unit: 'Ấp Tân\nHòa A', group: 'Nhân dân', score: 85.5 },
    ]);
  });

  it('accepts semicolons and the Vietnamese column names shown on the site', () => {
    const { rows, problems } = parseResultsCsv(fixture('good-semicolon-vietnamese-header.csv'));
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.prize, r.name, r.score])).toEqual([
      ['nhat', 'Phạm Hữu Nghĩa', 9.5],
      ['khuyen-khich', 'Sơn Thị Phi', undefined],
    ]);
  });

  it('normalizes NFD text typed on a decomposing keyboard to NFC', () => {
    const nfd = 'prize,name\nnhat,Nguyễn Thị Hồng Đào\n'.normalize('NFD');
    expect(parseResultsCsv(nfd).rows[0]!.name).toBe('Nguyễn Thị Hồng Đào'.normalize('NFC'));
  });
});

describe('parseResultsCsv: bad files give the line, the column and what is expected, in Vietnamese', () => {
  it('rejects an unknown prize code and suggests the closest one', () => {
    const { rows, problems } = parseResultsCsv(fixture('bad-unknown-prize.csv'));
    expect(rows.map((r) => r.name)).toEqual(['Lê Minh Thư']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ line: 3, column: 'prize' });
    expect(problems[0]!.message).toContain('giải "nhatt" không có trong danh sách');
    expect(problems[0]!.message).toContain('có phải là "nhat"?');
    expect(problems[1]).toMatchObject({ line: 4, column: 'prize' });
    expect(problems[1]!.message).not.toContain('có phải là');
  });

  it('rejects a row without a name', () => {
    const { rows, problems } = parseResultsCsv(fixture('bad-missing-name.csv'));
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([{ line: 3, column: 'name', message: 'thiếu trường bắt buộc' }]);
  });

  it('rejects scores that are not plain numbers or are negative, one problem per bad cell', () => {
    const { rows, problems } = parseResultsCsv(fixture('bad-score.csv'));
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'score'],
      [3, 'score'],
      [4, 'score'],
    ]);
    expect(problems[0]!.message).toBe('cần một số, nhận được "95 điểm"');
    expect(problems[1]!.message).toContain('điểm không được âm');
  });

  it('rejects a wrong header, naming the unknown column and its position', () => {
    const { rows, problems } = parseResultsCsv(fixture('bad-header.csv'));
    expect(rows).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(1);
    expect(problems[0]!.message).toContain('dòng tiêu đề của tệp CSV phải là "prize,name,unit,group,score"');
    expect(problems[0]!.message).toContain('cột thứ 4 "hang" không có trong mẫu');
  });

  it('rejects a header without the name column', () => {
    const { problems } = parseResultsCsv('prize,unit\nnhat,Công an xã\n');
    expect(problems[0]!.message).toContain('thiếu cột bắt buộc "name"');
  });

  it('explains an unquoted comma that shifts the cells', () => {
    const { problems } = parseResultsCsv(fixture('bad-unquoted-comma.csv'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(2);
    expect(problems[0]!.message).toContain('cần 5 cột, dòng này có 6 cột');
  });

  it('explains an open quote in Vietnamese', () => {
    const { rows, problems } = parseResultsCsv(fixture('bad-open-quote.csv'));
    expect(rows).toEqual([]);
    expect(problems[0]!.message).toContain('dấu ngoặc kép (") mở mà chưa đóng');
  });

  it('rejects an empty file', () => {
    expect(parseResultsCsv('\uFEFF').problems[0]!.message).toContain('tệp CSV trống');
  });
});

describe('prize and score helpers', () => {
  it('recognizes the ways people write the four standard prizes', () => {
    expect(['nhat', 'Nhất', 'Giải Nhất', 'giai nhat', 'GIẢI NHẤT'].map(knownPrizeId)).toEqual(Array(5).fill('nhat'));
    expect(knownPrizeId('Giải Khuyến khích')).toBe('khuyen-khich');
    expect(knownPrizeId('KK')).toBe('khuyen-khich');
    expect(knownPrizeId('Giải Triển vọng')).toBeUndefined();
  });

  it('suggests only near misses', () => {
    expect(suggestPrize('khuyen-kich')).toBe('khuyen-khich');
    expect(suggestPrize('dac-biet')).toBeUndefined();
  });

  it('reads a decimal comma or point but not thousands or words', () => {
    expect(parseScore('9,5')).toBe(9.5);
    expect(parseScore('9.5')).toBe(9.5);
    expect(parseScore('100')).toBe(100);
    expect(parseScore('1.000,5')).toBeUndefined();
    expect(parseScore('chín')).toBeUndefined();
  });
});
