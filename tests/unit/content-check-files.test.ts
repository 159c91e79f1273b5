/**
 * `npm run check` file by file (src/content-check/check-content.ts and read-files.ts): which files
 * are read, which are required, how a list file, a contest's CSV, a document's attachments and the
 * optional files are checked, and what reaches the editor (file, field, Vietnamese message). Each
 * test checks its own folder inside the test, so a mutation run (docs/mutation.md) sees it.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, type CheckOptions } from '../../src/content-check/check-content.ts';
import { formatProblem } from '../../src/content-check/problems.ts';
import { listFiles, readMarkdown, readYamlFile } from '../../src/content-check/read-files.ts';
import { bulletins as B } from '../../src/i18n/bulletins.ts';
import { documents as D } from '../../src/i18n/documents.ts';
import { editor } from '../../src/i18n/editor.ts';
import { errors as E } from '../../src/i18n/errors.ts';
import { copyContent, type ContentCopy } from '../helpers/content-fixture.ts';
import { PROJECT_ROOT } from '../helpers/sites.ts';

const W = editor.check;
const BROKEN_PNG = join(PROJECT_ROOT, 'tests/fixtures/bad/broken.png');
const NEWS = 'news/huong-dan-dang-ky-tam-tru.md';

let copy: ContentCopy | undefined;
afterEach(() => copy?.remove());

/** The good fixture folder with some changes, checked as `npm run check` does. */
async function checked(change: (content: ContentCopy) => void, options: CheckOptions = {}) {
  copy = copyContent();
  change(copy);
  return checkContent(copy.dir, { today: '2026-11-22', ...options });
}
const errorsOf = async (change: (content: ContentCopy) => void, options?: CheckOptions) =>
  (await checked(change, options)).problems.filter((p) => p.severity === 'error');
const where = (problems: readonly { file: string; field?: string }[]) => problems.map((p) => `${p.file}#${p.field ?? ''}`);

const documentEntry = (number: string, file: string) =>
  ['---', `number: ${number}`, 'type: quyet-dinh', 'title: Quyết định ban hành quy chế', 'issuer: UBND xã', 'issued: 2026-01-05', 'files:', `  - file: ${file}`, '---', ''].join('\n');

describe('required files', () => {
  it('names a missing site.yaml as the whole file, without a field', async () => {
    const report = await checked((c) => rmSync(join(c.dir, 'site.yaml')));
    expect(report.problems).toStrictEqual([{ file: 'site.yaml', message: E.fileMissing, severity: 'error' }]);
    expect(report.errorCount).toBe(1);
    expect(formatProblem(report.problems[0]!)).toBe('site.yaml: thiếu tệp bắt buộc');
  });

  it('names a missing units.yaml, and the news and hotline naming a unit then fail too', async () => {
    const errors = await errorsOf((c) => rmSync(join(c.dir, 'units.yaml')));
    expect(errors[0]).toStrictEqual({ file: 'units.yaml', message: E.fileMissing, severity: 'error' });
    expect(where(errors)).toEqual(expect.arrayContaining([`${NEWS}#unit`, 'hotlines/mot-cua.yaml#unit']));
  });

  it('reports a site.yaml that is not valid YAML once, with the parser\'s first line', async () => {
    const errors = await errorsOf((c) => c.write('site.yaml', 'name: [UBND xã\nlevel: xa\n'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toStrictEqual({ file: 'site.yaml', message: expect.stringMatching(/^lỗi cú pháp YAML: [^\n]+$/), severity: 'error' });
  });

  it('names site.yaml and the field when a value of site.yaml is wrong, and goes on without its logo', async () => {
    const errors = await errorsOf((c) => c.write('site.yaml', `${c.read('site.yaml').replace('level: xa', 'level: huyen')}logo: ./logo.png\nlogoAlt: Biểu trưng\n`));
    expect(where(errors)).toEqual(['site.yaml#level']);
  });

  it('checks the logo named in site.yaml: missing, broken, or a real image', async () => {
    const logo = (c: ContentCopy) => c.write('site.yaml', `${c.read('site.yaml')}logo: ./logo.png\nlogoAlt: Biểu trưng xã\n`);
    const missing = await errorsOf(logo);
    expect(missing).toStrictEqual([{ file: 'site.yaml', field: 'logo', message: E.imageMissing('./logo.png'), severity: 'error' }]);
    copy?.remove();
    const broken = await errorsOf((c) => {
      logo(c);
      copyFileSync(BROKEN_PNG, join(c.dir, 'logo.png'));
    });
    expect(broken).toStrictEqual([{ file: 'site.yaml', field: 'logo', message: E.imageUnreadable('./logo.png'), severity: 'error' }]);
    copy?.remove();
    const good = await errorsOf((c) => {
      logo(c);
      copyFileSync(join(c.dir, 'news/images/hop.png'), join(c.dir, 'logo.png'));
    });
    expect(good).toEqual([]);
  });
});

describe('units.yaml', () => {
  it('must be a list: a single unit written as a mapping is refused', async () => {
    const errors = await errorsOf((c) => c.write('units.yaml', 'id: van-phong\nname: Văn phòng\n'));
    expect(errors.filter((e) => e.file === 'units.yaml')).toStrictEqual([
      { file: 'units.yaml', message: E.expectedList({ id: 'van-phong', name: 'Văn phòng' }), severity: 'error' },
    ]);
  });

  it('reports a units.yaml that is not valid YAML once, naming units.yaml', async () => {
    const errors = await errorsOf((c) => c.write('units.yaml', '- id: van-phong\n  name: [Văn phòng\n'));
    expect(errors[0]).toStrictEqual({ file: 'units.yaml', message: expect.stringMatching(/^lỗi cú pháp YAML: /), severity: 'error' });
    expect(errors.filter((e) => e.file === 'units.yaml')).toHaveLength(1);
  });

  it('names a duplicate unit id with its row, counting from 1', async () => {
    const errors = await errorsOf((c) => c.write('units.yaml', `${c.read('units.yaml')}- id: van-phong\n  name: Văn phòng (2)\n`));
    expect(errors).toStrictEqual([{ file: 'units.yaml', field: '[3].id', message: E.duplicateId('van-phong'), severity: 'error' }]);
  });

  it('keeps the id of a unit with another mistake, so its news and hotlines get no second error', async () => {
    const errors = await errorsOf((c) => c.edit('units.yaml', '- id: van-phong\n  name: Văn phòng HĐND và UBND xã', '- id: van-phong\n  name: ""'));
    expect(where(errors)).toEqual(['units.yaml#[1].name']);
  });

  it('lists each known unit once, even when a broken unit repeats an id', async () => {
    const errors = await errorsOf((c) => {
      c.write('units.yaml', `${c.read('units.yaml')}- id: cong-an-xa\n  name: ""\n- id: Công An\n  name: ""\n-\n`);
      c.edit(NEWS, 'unit: cong-an-xa', 'unit: cong-an-huyen');
    });
    const unknown = errors.find((e) => e.file === NEWS);
    expect(unknown?.message).toBe(E.unknownUnit('cong-an-huyen', ['van-phong', 'cong-an-xa']));
    // The empty row and the row with a bad id are each reported, and checking goes on.
    expect(where(errors.filter((e) => e.file === 'units.yaml'))).toEqual(['units.yaml#[3].name', 'units.yaml#[4].id', 'units.yaml#[4].name', 'units.yaml#[5]']);
  });
});

describe('which files are content', () => {
  it('checks .mdx files as well as .md, and leaves other files in the folder alone', async () => {
    const errors = await errorsOf((c) => {
      c.write('news/ban-mdx.mdx', '---\ntitle: Bài MDX\n---\nNội dung.\n');
      c.write('news/ghi-chu.txt', 'không phải bài viết');
      c.write('news/HOA.MD', '---\ntitle: Chữ hoa\n---\n');
    });
    expect([...new Set(errors.map((e) => e.file))].sort()).toEqual(['news/HOA.MD', 'news/ban-mdx.mdx']);
    expect(errors.find((e) => e.file === 'news/HOA.MD' && e.field === undefined)?.message).toBe(E.fileNameNotSlug('HOA', 'hoa'));
  });

  it('reads hotlines written as .yml and checks their file names', async () => {
    const errors = await errorsOf((c) => {
      c.write('hotlines/Tiep Dan.yml', 'name: Tiếp dân\nphone: "0277.385"\nscope: xa\n');
    });
    expect(where(errors).sort()).toEqual(['hotlines/Tiep Dan.yml#', 'hotlines/Tiep Dan.yml#phone']);
    expect(errors.find((e) => e.field === undefined)?.message).toBe(E.fileNameNotSlug('Tiep Dan', 'tiep-dan'));
  });

  it('refuses a document named like a page of the document list', async () => {
    const errors = await errorsOf((c) => {
      mkdirSync(join(c.dir, 'documents'));
      c.write('documents/trang.md', documentEntry('12/QĐ-UBND', 'trang.docx'));
    });
    expect(errors.find((e) => e.field === undefined)).toStrictEqual({ file: 'documents/trang.md', message: E.reservedFileName('trang'), severity: 'error' });
  });

  it('reports a file without front matter once, and still checks the rest of the folder', async () => {
    const report = await checked((c) => {
      c.write('news/khong-dau-tep.md', 'Chỉ có nội dung <script>alert(1)</script>\n');
      c.edit(NEWS, 'date: 2026-10-02', 'date: hôm nay');
    });
    expect(where(report.problems.filter((p) => p.severity === 'error')).sort()).toEqual(['news/huong-dan-dang-ky-tam-tru.md#date', 'news/khong-dau-tep.md#']);
    expect(report.problems.find((p) => p.file === 'news/khong-dau-tep.md')?.message).toBe(E.frontMatterMissing);
    expect(report.entries.find((e) => e.file === 'news/khong-dau-tep.md')).toMatchObject({ id: 'khong-dau-tep', body: '', raw: 'Chỉ có nội dung <script>alert(1)</script>\n' });
    expect(report.entries.find((e) => e.file === 'news/khong-dau-tep.md')?.data).toBeUndefined();
  });

  it('keeps what each file holds for the later checks: collection, id, body and the validated data', async () => {
    const report = await checked(() => {});
    const news = report.entries.find((e) => e.file === NEWS);
    expect(news).toMatchObject({ collection: 'news', id: 'huong-dan-dang-ky-tam-tru', body: 'Người dân có thể đăng ký tạm trú trực tuyến mà không cần đến trụ sở.\n' });
    expect(news?.data).toMatchObject({ title: 'Hướng dẫn đăng ký tạm trú trực tuyến', unit: 'cong-an-xa' });
    expect(report.entries.map((e) => `${e.collection}:${e.file}`)).toEqual([
      'news:news/hop-ban-chi-dao-cchc.md',
      'news:news/huong-dan-dang-ky-tam-tru.md',
      'procedures:procedures/dang-ky-khai-sinh.md',
      'models:models/so-hoa-ho-so.md',
      'contests:contests/tim-hieu-cchc-2025.md',
      'hotlines:hotlines/mot-cua.yaml',
    ]);
    expect(report.entries.find((e) => e.collection === 'hotlines')).toMatchObject({ id: 'mot-cua', body: '', data: { name: 'Bộ phận một cửa xã' } });
  });
});

describe('covers', () => {
  it('checks a model\'s cover image as well as a news cover', async () => {
    const errors = await errorsOf((c) => {
      c.edit('models/so-hoa-ho-so.md', 'area: chinh-phu-so', 'area: chinh-phu-so\ncover: ./anh/khong-co.jpg\ncoverAlt: Ảnh mô hình');
    });
    expect(errors).toStrictEqual([{ file: 'models/so-hoa-ho-so.md', field: 'cover', message: E.imageMissing('./anh/khong-co.jpg'), severity: 'error' }]);
  });
});

describe('contest results in a CSV file', () => {
  const CONTEST = 'contests/tim-hieu-cchc-2025.md';
  const withCsv = (c: ContentCopy, csv: string) => {
    c.edit(CONTEST, /results:[\s\S]*?(?=---)/.exec(c.read(CONTEST))![0], 'resultsFile: ket-qua.csv\n');
    c.write('contests/ket-qua.csv', csv);
  };

  it('reads the rows of the CSV as the contest\'s results', async () => {
    const report = await checked((c) => withCsv(c, 'prize,name,unit,group,score\nnhat,Lê Minh Thư,Công an xã,Cán bộ,100\nnhi,Ngô Văn Phát,,,95\n'));
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const results = report.entries.find((e) => e.file === CONTEST)?.data?.results as { name: string }[];
    expect(results.map((r) => r.name)).toEqual(['Lê Minh Thư', 'Ngô Văn Phát']);
  });

  it('names the CSV file, its line and column when a row is wrong', async () => {
    const errors = await errorsOf((c) => withCsv(c, 'prize,name,unit,group,score\nnhat,Lê Minh Thư,,,100\nnhi,Ngô Văn Phát,,,chín mươi\n'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'contests/ket-qua.csv', field: 'score', message: expect.stringMatching(/^dòng 3: /) });
  });

  it('reads a results CSV for contests only: in a news, resultsFile is an unknown field', async () => {
    const errors = await errorsOf((c) => {
      c.edit(NEWS, 'unit: cong-an-xa', 'unit: cong-an-xa\nresultsFile: ket-qua.csv');
      c.write('news/ket-qua.csv', 'prize,name,unit,group,score\nnhat,Lê Minh Thư,,,100\n');
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: NEWS, message: expect.stringContaining('"resultsFile"') });
    expect(errors[0]?.message).not.toContain('"results"');
  });

  it('refuses results written both in the file and in a CSV, and a CSV that is not there', async () => {
    const both = await errorsOf((c) => {
      c.edit(CONTEST, 'results:', 'resultsFile: ket-qua.csv\nresults:');
      c.write('contests/ket-qua.csv', 'prize,name,unit,group,score\n');
    });
    expect(both).toStrictEqual([{ file: CONTEST, field: 'resultsFile', message: E.resultsAndFile, severity: 'error' }]);
    copy?.remove();
    const missing = await errorsOf((c) => {
      withCsv(c, '');
      rmSync(join(c.dir, 'contests/ket-qua.csv'));
    });
    expect(missing).toStrictEqual([{ file: CONTEST, field: 'resultsFile', message: E.csvMissing('ket-qua.csv'), severity: 'error' }]);
  });
});

describe('documents', () => {
  it('names a missing attachment and a number used twice', async () => {
    const errors = await errorsOf((c) => {
      mkdirSync(join(c.dir, 'documents'));
      c.write('documents/quy-che-mot-cua.md', documentEntry('12/QĐ-UBND', 'quy-che.docx'));
      c.write('documents/quy-che-mot-cua-ban-sao.md', documentEntry('12/QĐ-UBND', 'quy-che.docx'));
    });
    expect(errors).toEqual([
      { file: 'documents/quy-che-mot-cua-ban-sao.md', field: 'files[1].file', message: D.errors.fileMissing('quy-che.docx'), severity: 'error' },
      { file: 'documents/quy-che-mot-cua.md', field: 'files[1].file', message: D.errors.fileMissing('quy-che.docx'), severity: 'error' },
      { file: 'documents/quy-che-mot-cua.md', field: 'number', message: D.errors.duplicateNumber('12/QĐ-UBND', 'documents/quy-che-mot-cua-ban-sao.md'), severity: 'error' },
    ]);
  });
});

describe('optional files', () => {
  it('accepts empty indices.yaml, plan.yaml and synonyms.yaml', async () => {
    const errors = await errorsOf((c) => {
      c.write('indices.yaml', '');
      c.write('plan.yaml', '# chưa có kế hoạch\n');
      c.write('synonyms.yaml', '');
    });
    expect(errors).toEqual([]);
  });

  it('wants indices.yaml and synonyms.yaml as lists, and names the row at fault', async () => {
    const errors = await errorsOf((c) => {
      c.write('indices.yaml', 'index: par-index\nyear: 2025\n');
      c.write('synonyms.yaml', '- words: [CCCD, căn cước công dân]\n- words: [sổ đỏ]\n');
    });
    expect(errors).toContainEqual({ file: 'indices.yaml', message: E.expectedList({ index: 'par-index', year: 2025 }), severity: 'error' });
    expect(where(errors)).toEqual(['indices.yaml#', 'synonyms.yaml#[2].words']);
    copy?.remove();
    const notList = await errorsOf((c) => c.write('synonyms.yaml', 'words: [CCCD, căn cước]\n'));
    expect(notList).toStrictEqual([{ file: 'synonyms.yaml', message: E.expectedList({ words: ['CCCD', 'căn cước'] }), severity: 'error' }]);
  });

  it('checks plan.yaml against the units, and reports broken YAML in each optional file', async () => {
    const plan = await errorsOf((c) => c.edit('plan.yaml', 'unit: van-phong', 'unit: phong-khong-co'));
    expect(where(plan)).toEqual(['plan.yaml#targets[1].unit']);
    copy?.remove();
    const broken = await errorsOf((c) => {
      for (const file of ['indices.yaml', 'plan.yaml', 'synonyms.yaml']) c.write(file, 'a: [b\n');
    });
    expect(broken.map((e) => e.file)).toEqual(['indices.yaml', 'plan.yaml', 'synonyms.yaml']);
    expect(broken.every((e) => e.message.startsWith('lỗi cú pháp YAML: ') && e.field === undefined)).toBe(true);
  });

  it('includes the bulletin notes\' check', async () => {
    const errors = await errorsOf((c) => {
      mkdirSync(join(c.dir, 'bulletins'));
      c.write('bulletins/so-12.md', 'Lời ban biên tập.\n');
    });
    expect(errors).toStrictEqual([{ file: 'bulletins/so-12.md', message: B.errors.noteName('so-12'), severity: 'error' }]);
  });
});

describe('options', () => {
  const script = (c: ContentCopy) => c.write(NEWS, `${c.read(NEWS)}\n<p style="color:red">đỏ</p>\n\n<script>alert(1)</script>\n`);

  it('without warnings keeps the body\'s errors and drops its warnings', async () => {
    const quiet = await checked((c) => {
      script(c);
      c.write('units.yaml', c.read('units.yaml').replace('Công an xã', 'Công an xã'.normalize('NFD')));
    }, { warnings: false });
    expect(quiet.problems.map((p) => `${p.severity}:${p.message.slice(0, 14)}`)).toEqual(['error:dòng 12: thẻ <']);
    copy?.remove();
    const full = await checked((c) => {
      script(c);
      c.write('units.yaml', c.read('units.yaml').replace('Công an xã', 'Công an xã'.normalize('NFD')));
    });
    expect(full.problems.map((p) => `${p.severity}:${p.file}`).sort()).toEqual([`error:${NEWS}`, `warning:${NEWS}`, 'warning:units.yaml']);
    expect(full.errorCount).toBe(1);
  });

  it('passes the day, the image limit and the sub-path on to the warnings', async () => {
    const link = (c: ContentCopy) => {
      c.edit('news/hop-ban-chi-dao-cchc.md', 'date: 2026-09-15', 'date: 2026-12-01');
      c.write(NEWS, `${c.read(NEWS)}\nXem [họp](/cchc/tin-tuc/hop-ban-chi-dao-cchc/).\n`);
    };
    const before = await checked(link, { today: '2026-11-22', basePath: '/cchc/' });
    expect(before.problems.map((p) => p.message)).toEqual([W.linkToUnpublished(10, '/cchc/tin-tuc/hop-ban-chi-dao-cchc/')]);
    copy?.remove();
    const after = await checked(link, { today: '2026-12-01', basePath: '/cchc/', imageLimitBytes: 100 });
    expect(after.problems).toEqual([
      { file: 'news/hop-ban-chi-dao-cchc.md', field: 'cover', severity: 'warning', message: expect.stringContaining('ảnh "./images/hop.png" nặng') },
    ]);
    copy?.remove();
    const noBase = await checked(link, { today: '2026-12-01' });
    expect(noBase.problems.map((p) => p.message)).toEqual([W.brokenLink(10, '/cchc/tin-tuc/hop-ban-chi-dao-cchc/')]);
  });

  it('takes the build day when no day is given: a news dated far ahead is not published yet', async () => {
    const report = await checkContent((copy = copyContent()).dir, { basePath: '/' });
    expect(report.problems).toEqual([]);
    copy.edit('news/hop-ban-chi-dao-cchc.md', 'date: 2026-09-15', 'date: 2099-09-15');
    copy.write(NEWS, `${copy.read(NEWS)}\nXem [họp](../hop-ban-chi-dao-cchc/).\n`);
    const ahead = await checkContent(copy.dir);
    expect(ahead.problems.map((p) => p.message)).toEqual([W.linkToUnpublished(10, '../hop-ban-chi-dao-cchc/')]);
  });
});

describe('reading files', () => {
  const dir = () => {
    copy = copyContent();
    mkdirSync(join(copy.dir, 'doc'));
    return join(copy.dir, 'doc');
  };

  it('reads front matter with a byte-order mark, Windows line ends and spaces after the closing ---', () => {
    const folder = dir();
    writeFileSync(join(folder, 'a.md'), '\uFEFF---\r\ntitle: Tiêu đề\r\ndate: 2026-10-02\r\n---  \r\nDòng một.\r\nDòng hai.\r\n');
    expect(readMarkdown(join(folder, 'a.md'))).toMatchObject({ ok: true, data: { title: 'Tiêu đề' }, body: 'Dòng một.\r\nDòng hai.\r\n' });
    writeFileSync(join(folder, 'b.md'), '---\ntitle: Chỉ có đầu tệp\n---');
    expect(readMarkdown(join(folder, 'b.md'))).toMatchObject({ ok: true, data: { title: 'Chỉ có đầu tệp' }, body: '' });
    writeFileSync(join(folder, 'c.md'), '---\n\n---\nThân bài.\n');
    expect(readMarkdown(join(folder, 'c.md'))).toEqual({ ok: true, data: {}, body: 'Thân bài.\n', raw: '---\n\n---\nThân bài.\n' });
  });

  it('refuses a file whose front matter is not at the very top or never closes', () => {
    const folder = dir();
    for (const [name, text] of [
      ['a.md', 'Lời mở đầu\n---\ntitle: A\n---\n'],
      ['b.md', '---\ntitle: A\n'],
      ['c.md', '---\ntitle: A\n---tiếp\n'],
      ['d.md', ' ---\ntitle: A\n---\n'],
    ]) {
      writeFileSync(join(folder, name!), text!);
      expect(readMarkdown(join(folder, name!)), name).toEqual({ ok: false, message: E.frontMatterMissing, raw: text });
    }
  });

  it('ends the front matter at the first closing line, not a later one in the body', () => {
    const folder = dir();
    writeFileSync(join(folder, 'a.md'), '---\ntitle: A\n---\nĐoạn một.\n\n---\n\nĐoạn hai.\n');
    expect(readMarkdown(join(folder, 'a.md'))).toMatchObject({ ok: true, data: { title: 'A' }, body: 'Đoạn một.\n\n---\n\nĐoạn hai.\n' });
  });

  it('gives one line of the YAML error, and a plain message for an alias bomb', () => {
    const folder = dir();
    writeFileSync(join(folder, 'a.yaml'), 'ten: [một\nhai: 2\n');
    const syntax = readYamlFile(join(folder, 'a.yaml'));
    expect(syntax).toMatchObject({ ok: false, raw: 'ten: [một\nhai: 2\n', message: expect.stringMatching(/^lỗi cú pháp YAML: \S[^\n]*$/) });
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', ''].join('\n');
    writeFileSync(join(folder, 'bomb.yaml'), bomb);
    expect(readYamlFile(join(folder, 'bomb.yaml'))).toEqual({ ok: false, message: E.yamlAliasBomb, raw: bomb });
    writeFileSync(join(folder, 'bomb.md'), `---\n${bomb}---\n`);
    expect(readMarkdown(join(folder, 'bomb.md'))).toMatchObject({ ok: false, message: E.yamlAliasBomb });
    writeFileSync(join(folder, 'ok.yaml'), '- a\n- b\n');
    expect(readYamlFile(join(folder, 'ok.yaml'))).toEqual({ ok: true, data: ['a', 'b'], body: '', raw: '- a\n- b\n' });
  });

  it('lists the files of a folder with the given extensions, any case, sorted; none for a missing folder', () => {
    const folder = dir();
    for (const name of ['b.md', 'a.MDX', 'c.txt', 'md', 'd.mdx.bak']) writeFileSync(join(folder, name), '');
    mkdirSync(join(folder, 'e.md'));
    expect(listFiles(folder, ['.md', '.mdx'])).toEqual(['a.MDX', 'b.md']);
    expect(listFiles(join(folder, 'khong-co'), ['.md'])).toEqual([]);
  });
});
