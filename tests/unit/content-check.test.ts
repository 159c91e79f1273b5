/**
 * The content contract as an editor meets it: each broken file gives one error naming the file,
 * the field and what was expected, in Vietnamese; a good folder gives none.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatProblem } from '../../src/content-check/problems.ts';
import { copyContent, GOOD_CONTENT, type ContentCopy } from '../helpers/content-fixture.ts';
import { PROJECT_ROOT } from '../helpers/sites.ts';

let copy: ContentCopy | undefined;
afterEach(() => copy?.remove());

async function errorsAfter(mutate: (content: ContentCopy) => void) {
  copy = copyContent();
  mutate(copy);
  const report = await checkContent(copy.dir);
  return report.problems.filter((p) => p.severity === 'error');
}

describe('content check', () => {
  it('accepts the good fixture folder and the embedded sample content', async () => {
    expect((await checkContent(GOOD_CONTENT)).errorCount).toBe(0);
    const sample = await checkContent(join(PROJECT_ROOT, 'content'));
    expect(sample.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('names the file and the field when a required title is missing', async () => {
    const errors = await errorsAfter((c) =>
      c.edit('news/huong-dan-dang-ky-tam-tru.md', 'title: Hướng dẫn đăng ký tạm trú trực tuyến\n', ''),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'news/huong-dan-dang-ky-tam-tru.md', field: 'title' });
    expect(errors[0]?.message).toContain('thiếu trường bắt buộc');
  });

  it('rejects a date that is not a date and shows the expected form', async () => {
    const errors = await errorsAfter((c) => c.edit('news/huong-dan-dang-ky-tam-tru.md', 'date: 2026-10-02', 'date: 2/10/2026'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'news/huong-dan-dang-ky-tam-tru.md', field: 'date' });
    expect(errors[0]?.message).toContain('YYYY-MM-DD');
    expect(errors[0]?.message).toContain('"2/10/2026"');
  });

  it('rejects an impossible calendar date', async () => {
    const errors = await errorsAfter((c) => c.edit('news/huong-dan-dang-ky-tam-tru.md', 'date: 2026-10-02', 'date: "2026-02-30"'));
    expect(errors.map((e) => e.field)).toEqual(['date']);
  });

  it('rejects a unit that is not in units.yaml and lists the known ones', async () => {
    const errors = await errorsAfter((c) => c.edit('news/huong-dan-dang-ky-tam-tru.md', 'unit: cong-an-xa', 'unit: cong-an-huyen'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field: 'unit' });
    expect(errors[0]?.message).toContain('"cong-an-huyen"');
    expect(errors[0]?.message).toContain('van-phong, cong-an-xa');
  });

  it('rejects a category outside the list and names the allowed values', async () => {
    const errors = await errorsAfter((c) =>
      c.edit('news/huong-dan-dang-ky-tam-tru.md', 'category: cai-cach-tthc', 'category: thu-tuc-hanh-chinh'),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field: 'category' });
    expect(errors[0]?.message).toContain('chi-dao-dieu-hanh');
    expect(errors[0]?.message).toContain('chinh-phu-so');
  });

  it('rejects a file name with diacritics or spaces and suggests the slug', async () => {
    const errors = await errorsAfter((c) => c.rename('news/huong-dan-dang-ky-tam-tru.md', 'news/Hướng dẫn tạm trú.md'));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.file).toBe('news/Hướng dẫn tạm trú.md');
    expect(errors[0]?.message).toContain('huong-dan-tam-tru');
  });

  it('requires coverAlt when a cover is given', async () => {
    const errors = await errorsAfter((c) =>
      c.edit('news/hop-ban-chi-dao-cchc.md', 'coverAlt: Toàn cảnh cuộc họp Ban Chỉ đạo tại hội trường xã\n', ''),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'news/hop-ban-chi-dao-cchc.md', field: 'coverAlt' });
    expect(errors[0]?.message).toContain('coverAlt');
  });

  it('reports a cover image that is missing or unreadable', async () => {
    const missing = await errorsAfter((c) => c.edit('news/hop-ban-chi-dao-cchc.md', './images/hop.png', './images/khong-co.png'));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ field: 'cover' });
    expect(missing[0]?.message).toContain('không tìm thấy');
    copy?.remove();
    const broken = await errorsAfter((c) =>
      copyFileSync(join(PROJECT_ROOT, 'tests/fixtures/bad/broken.png'), join(c.dir, 'news/images/hop.png')),
    );
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ file: 'news/hop-ban-chi-dao-cchc.md', field: 'cover' });
    expect(broken[0]?.message).toContain('hỏng');
  });

  it('checks procedure fields against the national database rules', async () => {
    const errors = await errorsAfter((c) => {
      c.edit('procedures/dang-ky-khai-sinh.md', 'code: "1.001193"', 'code: "1-001193"');
      c.edit('procedures/dang-ky-khai-sinh.md', 'channel: truc-tiep', 'channel: qua-mang');
      c.edit('procedures/dang-ky-khai-sinh.md', '    original: 1\n', '    original: mot\n');
    });
    expect(errors.map((e) => e.field).sort()).toEqual(['code', 'documents[1].original', 'methods[1].channel']);
    expect(errors.find((e) => e.field === 'code')?.message).toContain('1.001193');
  });

  it('rejects a hotline number that fits no Vietnamese numbering rule', async () => {
    const errors = await errorsAfter((c) => c.edit('hotlines/mot-cua.yaml', 'phone: "0277.3851.234"', 'phone: "0277.385"'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'hotlines/mot-cua.yaml', field: 'phone' });
  });

  it('reports broken YAML with the file name', async () => {
    const errors = await errorsAfter((c) => c.write('hotlines/mot-cua.yaml', 'name: [Bộ phận một cửa\nphone: 1022\n'));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.file).toBe('hotlines/mot-cua.yaml');
    expect(errors[0]?.message).toContain('YAML');
  });

  it('reports every problem at once, not only the first', async () => {
    const errors = await errorsAfter((c) => {
      c.edit('news/huong-dan-dang-ky-tam-tru.md', 'date: 2026-10-02', 'date: hôm nay');
      c.edit('models/so-hoa-ho-so.md', 'area: chinh-phu-so', 'area: so-hoa');
      c.edit('contests/tim-hieu-cchc-2025.md', 'endDate: 2025-07-31', 'endDate: 2025-05-31');
    });
    expect(errors.map((e) => `${e.file}#${e.field}`).sort()).toEqual([
      'contests/tim-hieu-cchc-2025.md#endDate',
      'models/so-hoa-ho-so.md#area',
      'news/huong-dan-dang-ky-tam-tru.md#date',
    ]);
  });

  it('requires onlineUrl when a procedure is done online, and only then', async () => {
    const online = await errorsAfter((c) => c.edit('procedures/dang-ky-khai-sinh.md', /onlineUrl: .*\n/.exec(c.read('procedures/dang-ky-khai-sinh.md'))![0], ''));
    expect(online).toHaveLength(1);
    expect(online[0]).toMatchObject({ file: 'procedures/dang-ky-khai-sinh.md', field: 'onlineUrl' });
    expect(online[0]?.message).toContain('Cổng Dịch vụ công');
    copy?.remove();
    const partly = await errorsAfter((c) => {
      c.edit('procedures/dang-ky-khai-sinh.md', /onlineUrl: .*\n/.exec(c.read('procedures/dang-ky-khai-sinh.md'))![0], '');
      c.edit('procedures/dang-ky-khai-sinh.md', 'onlineLevel: toan-trinh', 'onlineLevel: mot-phan');
    });
    expect(partly.map((e) => e.field)).toEqual(['onlineUrl']);
    copy?.remove();
    const offline = await errorsAfter((c) => {
      c.edit('procedures/dang-ky-khai-sinh.md', /onlineUrl: .*\n/.exec(c.read('procedures/dang-ky-khai-sinh.md'))![0], '');
      c.edit('procedures/dang-ky-khai-sinh.md', 'onlineLevel: toan-trinh', 'onlineLevel: khong');
    });
    expect(offline).toEqual([]);
  });

  it.each([
    ['news/huong-dan-dang-ky-tam-tru.md', 'news/trang.md', 'trang'],
    ['news/huong-dan-dang-ky-tam-tru.md', 'news/chuyen-muc.md', 'chuyen-muc'],
    ['procedures/dang-ky-khai-sinh.md', 'procedures/linh-vuc.md', 'linh-vuc'],
    ['procedures/dang-ky-khai-sinh.md', 'procedures/truc-tuyen.md', 'truc-tuyen'],
    ['models/so-hoa-ho-so.md', 'models/nam.md', 'nam'],
  ])('rejects a file name that is also a page of the site (%s → %s)', async (from, to, name) => {
    const errors = await errorsAfter((c) => c.rename(from, to));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: to });
    expect(errors[0]?.message).toBe(`tên tệp "${name}" trùng với một đường dẫn của trang; hãy đặt tên khác`);
  });

  it('names the row of units.yaml and indices.yaml at fault, counting from 1', async () => {
    const errors = await errorsAfter((c) => {
      c.edit('units.yaml', '- id: cong-an-xa\n  name: Công an xã', '- id: cong-an-xa\n  name: ""');
      c.write('indices.yaml', `${c.read('indices.yaml')}- index: sipas\n  year: 2025\n  score: cao\n`);
    });
    const inLists = errors.filter((e) => e.file.endsWith('.yaml'));
    expect(inLists.map((e) => `${e.file}#${e.field}`).sort()).toEqual(['indices.yaml#[2].score', 'units.yaml#[2].name']);
    expect(inLists.map(formatProblem).sort()[1]).toMatch(/^units\.yaml › trường "\[2\]\.name": /);
  });

  it('rejects a misspelt field and names the field it was meant to be (drfat → draft)', async () => {
    const errors = await errorsAfter((c) => c.edit('news/huong-dan-dang-ky-tam-tru.md', 'unit: cong-an-xa', 'unit: cong-an-xa\ndrfat: true'));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.file).toBe('news/huong-dan-dang-ky-tam-tru.md');
    expect(errors[0]?.message).toContain('"drfat"');
    expect(errors[0]?.message).toContain('có phải là "draft"?');
  });

  it('rejects unknown fields inside nested groups too, and lists the known ones when nothing is close', async () => {
    const errors = await errorsAfter((c) => {
      c.edit('procedures/dang-ky-khai-sinh.md', '    fee: Miễn lệ phí', '    fee: Miễn lệ phí\n    chanel: buu-chinh');
      c.edit('procedures/dang-ky-khai-sinh.md', '    copy: 0', '    copy: 0\n    orginal: 2');
      c.edit('procedures/dang-ky-khai-sinh.md', 'agency: ', 'legalBasis:\n  - code: 04/2020/TT-BTP\n    title: Thông tư\n    isuer: Bộ Tư pháp\nagency: ');
      c.edit('contests/tim-hieu-cchc-2025.md', '    score: 98', '    score: 98\n    gruop: Cán bộ');
      c.edit('contests/tim-hieu-cchc-2025.md', 'results:', 'participants:\n  officals: 10\nresults:');
      c.edit('hotlines/mot-cua.yaml', 'scope: xa', 'scope: xa\nghiChu: trực cả thứ Bảy');
      c.write('units.yaml', `${c.read('units.yaml')}  shortname: Công an\n`);
      c.write('indices.yaml', `${c.read('indices.yaml')}  nguon: Bộ Nội vụ\n`);
    });
    const where = errors.map((e) => `${e.file}#${e.field ?? ''}`).sort();
    expect(where).toEqual([
      'contests/tim-hieu-cchc-2025.md#participants',
      'contests/tim-hieu-cchc-2025.md#results[1]',
      'hotlines/mot-cua.yaml#',
      'indices.yaml#[1]',
      'procedures/dang-ky-khai-sinh.md#documents[1]',
      'procedures/dang-ky-khai-sinh.md#legalBasis[1]',
      'procedures/dang-ky-khai-sinh.md#methods[1]',
      'units.yaml#[2]',
    ]);
    const message = (field: string) => errors.find((e) => `${e.file}#${e.field ?? ''}`.endsWith(field))?.message ?? '';
    expect(message('#methods[1]')).toContain('"chanel" (có phải là "channel"?)');
    expect(message('#documents[1]')).toContain('có phải là "original"?');
    expect(message('#legalBasis[1]')).toContain('có phải là "issuer"?');
    expect(message('#results[1]')).toContain('có phải là "group"?');
    expect(message('#participants')).toContain('có phải là "officials"?');
    expect(message('#[2]')).toContain('có phải là "shortName"?');
    // Nothing close: the message lists what may be written instead.
    expect(message('mot-cua.yaml#')).toContain('"ghiChu"');
    expect(message('mot-cua.yaml#')).toContain('name, phone, scope, unit, topics, hours');
    expect(message('indices.yaml#[1]')).toContain('"nguon"');
  });

  it('normalizes decomposed (NFD) text to NFC before validating', async () => {
    const errors = await errorsAfter((c) =>
      c.edit('units.yaml', '- id: cong-an-xa\n  name: Công an xã', `- id: cong-an-xa\n  name: ${'Công an xã'.normalize('NFD')}`),
    );
    expect(errors).toEqual([]);
  });
});
