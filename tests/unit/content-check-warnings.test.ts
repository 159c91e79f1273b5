/**
 * The editorial warnings of `npm run check` (src/content-check/warnings.ts), on small folders built
 * in each test: which links count as pages of the site, drafts and news dated ahead, files beside an
 * article, heavy images, placeholders, duplicate titles and decomposed (NFD) text. Each message is
 * checked as the editor reads it (file, line, link).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckedEntry } from '../../src/content-check/check-content.ts';
import { contentTextFiles, contentWarnings, DEFAULT_IMAGE_LIMIT_BYTES, firstNfdLine, rewriteToNfc } from '../../src/content-check/warnings.ts';
import { editor, PLACEHOLDER_MARK } from '../../src/i18n/editor.ts';

const W = editor.check;
const TODAY = '2026-11-22';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A content folder holding the given files (text or a byte count for a stand-in image). */
function folder(files: Record<string, string | number> = {}): string {
  dir = mkdtempSync(join(tmpdir(), 'cchc-warnings-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), typeof content === 'number' ? Buffer.alloc(content) : content);
  }
  return dir;
}

/** A checked entry as check-content.ts hands it on: three front-matter lines, then the body. */
function entry(file: string, body: string, data: Record<string, unknown> = {}, collection?: CheckedEntry['collection']): CheckedEntry {
  const id = file.replace(/^.*\//, '').replace(/\.[a-z]+$/, '');
  const kind = collection ?? (file.split('/')[0] as CheckedEntry['collection']);
  return { collection: kind, file, id, raw: `---\ntitle: x\n---\n${body}`, body, data: { title: `Bài ${file}`, ...data } };
}
const news = (id: string, body = '', data: Record<string, unknown> = {}) => entry(`news/${id}.md`, body, { date: new Date('2026-10-02T00:00:00Z'), ...data });

const warnings = (entries: CheckedEntry[], options: { basePath?: string; imageLimitBytes?: number; today?: string } = {}, files: Record<string, string | number> = {}) =>
  contentWarnings(dir ?? folder(files), entries, { today: TODAY, ...options });
/** Only the messages, each prefixed with its file. */
const said = (problems: { file: string; message: string }[]) => problems.map((p) => `${p.file}: ${p.message}`);

describe('links to pages of the site', () => {
  it('knows every page the site builds from its lists, feeds and filters', () => {
    folder();
    const links = [
      '/', '/tin-tuc/', '/thu-tuc/', '/thu-tuc/truc-tuyen/', '/thu-tuc/truc-tuyen/mot-phan/', '/thu-tuc/cap/xa/', '/thu-tuc/cap/tinh/',
      '/duong-day-nong/', '/mo-hinh/', '/cuoc-thi/', '/chi-so/', '/tim-kiem/', '/van-ban/', '/rss.xml', '/atom.xml', '/feed.json',
      '/tin-tuc/chuyen-muc/cai-cach-tthc/', '/tin-tuc/chuyen-muc/chinh-phu-so/', '/tin-tuc/trang/2/', '/tin-tuc/chuyen-muc/cai-cach-bo-may/trang/3/',
      '/thu-tuc/linh-vuc/ho-tich/trang/2/', '/thu-tuc/cap/xa/trang/12/', '/thu-tuc/truc-tuyen/trang/2/', '/thu-tuc/truc-tuyen/mot-phan/trang/2/',
      '/thu-tuc/linh-vuc/ho-tich/', '/thu-tuc/dang-ky-khai-sinh/', '/mo-hinh/so-hoa/', '/cuoc-thi/tim-hieu/', '/van-ban/quy-che/', '/tin-tuc',
    ];
    const body = links.map((link) => `[trang](${link})`).join('\n');
    const problems = warnings([
      news('bai', body),
      entry('procedures/dang-ky-khai-sinh.md', '', { field: 'Hộ tịch' }),
      entry('models/so-hoa.md', ''),
      entry('contests/tim-hieu.md', ''),
      entry('documents/quy-che.md', ''),
    ]);
    expect(said(problems)).toEqual([]);
  });

  it.each([
    '/tin-tuc/trang/hai/', '/mo-hinh/trang/2/', '/xtin-tuc/trang/2/', '/tin-tuc/trang/2/them/', '/thu-tuc/cap/x1/trang/2/',
    '/thu-tuc/linh-vuc/ho-tich/', '/duong-day-nong/mot-cua/', '/tin-tuc/khong-co', '/news/bai.md', '/tin-tuc/chuyen-muc/khong-co/', '/thu-tuc/truc-tuyen/khac/',
  ])('warns about a link to %s, a page the site does not build', (link) => {
    folder();
    const problems = warnings([news('bai', `Xem [đây](${link}).`), entry('hotlines/mot-cua.yaml', '', { name: 'Một cửa' }, 'hotlines')]);
    expect(problems).toStrictEqual([{ file: 'news/bai.md', message: W.brokenLink(4, link), severity: 'warning' }]);
  });

  it('resolves a link relative to the article\'s own page, with or without the sub-path', () => {
    folder();
    const entries = [
      news('bai', ['[a](../khac/)', '[b](../../thu-tuc/)', '[c](khac/)', '[d](/cchc/tin-tuc/khac/)', '[e](/cchc/tin-tuc/khong-co/)', '[f](/cchcx/tin-tuc/)'].join('\n')),
      news('khac'),
      entry('procedures/lam-the.md', '[g](../../tin-tuc/khac/#doan-2)\n[h](../lam-the/?in=1)\n[i](../dang-ky/)'),
    ];
    expect(said(warnings(entries, { basePath: '/cchc/' }))).toEqual([
      `news/bai.md: ${W.brokenLink(6, 'khac/')}`,
      `news/bai.md: ${W.brokenLink(8, '/cchc/tin-tuc/khong-co/')}`,
      `news/bai.md: ${W.brokenLink(9, '/cchcx/tin-tuc/')}`,
      `procedures/lam-the.md: ${W.brokenLink(6, '../dang-ky/')}`,
    ]);
    // Without a sub-path (or with "/") a link holding one is broken.
    expect(said(warnings([news('bai', '[d](/cchc/tin-tuc/khac/)\n[e](/tin-tuc/khac/)'), news('khac')], { basePath: '/' }))).toEqual([
      `news/bai.md: ${W.brokenLink(4, '/cchc/tin-tuc/khac/')}`,
    ]);
  });

  it('leaves web, mail, phone and in-page links alone, and reports a malformed escape as broken', () => {
    folder();
    const body = ['[a](https://dichvucong.gov.vn/)', '[b](mailto:vp@xa.gov.vn)', '[c](tel:02773851234)', '[d](#muc-2)', '[e](//cdn.vn/x)', '[f](/tin-tuc/%E0%A4%A/)'].join('\n');
    expect(said(warnings([news('bai', body)]))).toEqual([`news/bai.md: ${W.brokenLink(9, '/tin-tuc/%E0%A4%A/')}`]);
  });

  it('says a draft or a news dated after today is not published yet; a news of today is', () => {
    folder();
    const entries = [
      news('bai', '[a](../nhap/)\n[b](../sap-toi/)\n[c](../hom-nay/)\n[d](/tin-tuc/sap-toi/)'),
      news('nhap', '', { draft: true }),
      news('sap-toi', '', { date: new Date('2026-11-23T00:00:00+07:00') }),
      news('hom-nay', '', { date: new Date('2026-11-22T08:00:00+07:00') }),
    ];
    expect(said(warnings(entries))).toEqual([
      `news/bai.md: ${W.linkToUnpublished(4, '../nhap/')}`,
      `news/bai.md: ${W.linkToUnpublished(5, '../sap-toi/')}`,
      `news/bai.md: ${W.linkToUnpublished(7, '/tin-tuc/sap-toi/')}`,
    ]);
    expect(said(warnings(entries, { today: '2026-11-23' }))).toEqual([`news/bai.md: ${W.linkToUnpublished(4, '../nhap/')}`]);
  });

  it('does not count a page whose file failed its check, nor a draft procedure-like field', () => {
    folder();
    const broken: CheckedEntry = { collection: 'news', file: 'news/loi.md', id: 'loi', raw: '---\n---\n', body: '' };
    const problems = warnings([news('bai', '[a](/tin-tuc/loi/)\n[b](/thu-tuc/linh-vuc/ho-tich/)'), broken, entry('procedures/x.md', '', { field: 42 })]);
    expect(said(problems)).toEqual([`news/bai.md: ${W.brokenLink(4, '/tin-tuc/loi/')}`, `news/bai.md: ${W.brokenLink(5, '/thu-tuc/linh-vuc/ho-tich/')}`]);
  });
});

describe('links to files', () => {
  it('points a link to another content file at the page it becomes', () => {
    folder({ 'procedures/dang-ky-khai-sinh.md': '', 'news/khac.md': '', 'news/images/anh.md': '', 'contests/tim-hieu.md': '' });
    const body = ['[a](../procedures/dang-ky-khai-sinh.md)', '[k](../contests/tim-hieu.md)', '[b](khac.md#doan)', '[c](../procedures/khong-co.md)', '[d](images/anh.md)', '[e](../hotlines/mot-cua.md)', '[f](/news/khac.md)'].join('\n');
    expect(said(warnings([news('bai', body), news('khac')]))).toEqual([
      `news/bai.md: ${W.linkToSourceFile(4, '../procedures/dang-ky-khai-sinh.md', '../../thu-tuc/dang-ky-khai-sinh/')}`,
      `news/bai.md: ${W.linkToSourceFile(5, '../contests/tim-hieu.md', '../../cuoc-thi/tim-hieu/')}`,
      `news/bai.md: ${W.linkToSourceFile(6, 'khac.md#doan', '../khac/')}`,
      `news/bai.md: ${W.brokenFileLink(7, '../procedures/khong-co.md')}`,
      `news/bai.md: ${W.brokenFileLink(8, 'images/anh.md')}`,
      `news/bai.md: ${W.brokenFileLink(9, '../hotlines/mot-cua.md')}`,
      `news/bai.md: ${W.brokenLink(10, '/news/khac.md')}`,
    ]);
  });

  it('names the page of a model or a document for a link to its .mdx file', () => {
    folder({ 'models/so-hoa.mdx': '', 'documents/quy-che.md': '' });
    expect(said(warnings([entry('models/mot-cua.md', '[a](so-hoa.mdx)\n[b](../documents/quy-che.md)')]))).toEqual([
      `models/mot-cua.md: ${W.linkToSourceFile(4, 'so-hoa.mdx', '../so-hoa/')}`,
      `models/mot-cua.md: ${W.linkToSourceFile(5, '../documents/quy-che.md', '../../van-ban/quy-che/')}`,
    ]);
  });

  it('wants a file beside the article to exist (a form, a spreadsheet), names with spaces included', () => {
    folder({ 'news/mau to khai.pdf': 10, 'news/bieu-mau.docx': 10 });
    const body = ['[a](mau%20to%20khai.pdf)', '[b](bieu-mau.docx?v=2)', '[c](khong-co.pdf)', '[d](./tep/khong-co.xlsx#trang-2)'].join('\n');
    expect(said(warnings([news('bai', body)]))).toEqual([
      `news/bai.md: ${W.brokenFileLink(6, 'khong-co.pdf')}`,
      `news/bai.md: ${W.brokenFileLink(7, './tep/khong-co.xlsx#trang-2')}`,
    ]);
  });
});

describe('images', () => {
  it('warns about a heavy image once per file, cover and body alike, with the field for the cover', () => {
    folder({ 'news/anh.jpg': 2048, 'news/nho.jpg': 1024, 'news/images/ke.jpg': 1025, 'models/anh.jpg': 2048 });
    const entries = [
      news('bai', '![Ảnh](anh.jpg)\n![Ảnh](./anh.jpg)\n![Nhỏ](nho.jpg)\n![Kề](images/ke.jpg)', { cover: './anh.jpg' }),
      news('bai-2', '![Ảnh](anh.jpg)'),
      entry('models/mo-hinh.md', '', { cover: 'anh.jpg' }),
    ];
    expect(warnings(entries, { imageLimitBytes: 1024 })).toStrictEqual([
      { file: 'news/bai.md', field: 'cover', message: W.imageTooLarge('./anh.jpg', 2048, 1024), severity: 'warning' },
      { file: 'news/bai.md', message: W.imageTooLarge('images/ke.jpg', 1025, 1024), severity: 'warning' },
      { file: 'news/bai-2.md', message: W.imageTooLarge('anh.jpg', 2048, 1024), severity: 'warning' },
      { file: 'models/mo-hinh.md', field: 'cover', message: W.imageTooLarge('anh.jpg', 2048, 1024), severity: 'warning' },
    ]);
  });

  it('takes 1 MB as the limit unless told otherwise', () => {
    expect(DEFAULT_IMAGE_LIMIT_BYTES).toBe(1024 * 1024);
    folder({ 'news/vua.jpg': 1024 * 1024, 'news/nang.jpg': 1024 * 1024 + 1 });
    expect(said(warnings([news('bai', '![Vừa](vua.jpg)\n![Nặng](nang.jpg)')]))).toEqual([
      `news/bai.md: ${W.imageTooLarge('nang.jpg', 1024 * 1024 + 1, 1024 * 1024)}`,
    ]);
  });

  it('warns about missing alt text and missing files, not about images on the web or a folder', () => {
    folder({ 'news/anh mot.jpg': 10, 'news/thu-muc.jpg/x': 10 });
    const body = ['![](anh%20mot.jpg)', '![Ảnh](anh%20mot.jpg?v=2#to)', '![](https://cdn.vn/b.jpg)', '![Ảnh](khong-co.jpg?v=1)', '![Ảnh](thu-muc.jpg)', '<img src="anh%20mot.jpg">', '<img src="x.jpg" alt="Trụ sở">'].join('\n');
    expect(said(warnings([news('bai', body, { cover: 'khong-co-bia.jpg' })], { imageLimitBytes: 1 }))).toEqual([
      `news/bai.md: ${W.imageNoAlt(4, 'anh%20mot.jpg')}`,
      `news/bai.md: ${W.imageTooLarge('anh%20mot.jpg', 10, 1)}`,
      `news/bai.md: ${W.imageNoAlt(6, 'https://cdn.vn/b.jpg')}`,
      `news/bai.md: ${W.bodyImageMissing(7, 'khong-co.jpg?v=1')}`,
      `news/bai.md: ${W.htmlImageNoAlt(9)}`,
    ]);
  });
});

describe('placeholders left by npm run new', () => {
  it('refuses them outside a news draft, naming the line; inside a draft they are a warning', () => {
    folder();
    const raw = (body: string) => `---\ntitle: x\nsummary: ${PLACEHOLDER_MARK}\n---\n${body}`;
    const entries: CheckedEntry[] = [
      { ...news('ban-nhap', '', { draft: true }), raw: raw('') },
      { ...news('chua-xong', 'a'), raw: raw('a') },
      { ...entry('procedures/thu-tuc.md', 'a', { draft: true }), raw: `---\ntitle: x\n---\n\n\n${PLACEHOLDER_MARK.normalize('NFD')}` },
      { ...news('xong', ''), raw: '---\ntitle: x\n---\nCẦN ĐIỀU' },
      // A file whose front matter was deleted: no data, the placeholder on its first line.
      { collection: 'news', file: 'news/mat-dau-tep.md', id: 'mat-dau-tep', raw: `${PLACEHOLDER_MARK}: tiêu đề\n`, body: '' },
    ];
    expect(warnings(entries)).toStrictEqual([
      { file: 'news/ban-nhap.md', message: W.placeholderLeft(3), severity: 'warning' },
      { file: 'news/chua-xong.md', message: W.placeholderLeft(3), severity: 'error' },
      { file: 'procedures/thu-tuc.md', message: W.placeholderLeft(6), severity: 'error' },
      { file: 'news/mat-dau-tep.md', message: W.placeholderLeft(1), severity: 'error' },
    ]);
  });
});

describe('duplicate titles', () => {
  it('warns on every file of a collection sharing a title, folded, and names the others', () => {
    folder();
    const entries = [
      news('a', '', { title: 'Hòa An  ra mắt tổ công nghệ' }),
      news('b', '', { title: ' hoà an ra mắt TỔ công nghệ ' }),
      news('c', '', { title: 'Hoa An ra mat to cong nghe' }),
      news('d', '', { title: 'Hòa An ra mắt tổ công nghệ số' }),
      news('e', '', { title: 'Hòa An ra mắt tổcông nghệ' }),
      entry('models/a.md', '', { title: 'Hòa An ra mắt tổ công nghệ' }),
      { ...entry('hotlines/x.yaml', '', {}, 'hotlines'), data: { name: 'Một cửa' } },
      { ...entry('hotlines/y.yaml', '', {}, 'hotlines'), data: { name: 'MỘT CỬA' } },
      { ...entry('hotlines/z.yaml', '', {}, 'hotlines'), data: { phone: '1022' } },
    ];
    expect(warnings(entries)).toStrictEqual([
      { file: 'news/a.md', field: 'title', message: W.duplicateTitle('Hòa An  ra mắt tổ công nghệ', ['news/b.md', 'news/c.md']), severity: 'warning' },
      { file: 'news/b.md', field: 'title', message: W.duplicateTitle(' hoà an ra mắt TỔ công nghệ ', ['news/a.md', 'news/c.md']), severity: 'warning' },
      { file: 'news/c.md', field: 'title', message: W.duplicateTitle('Hoa An ra mat to cong nghe', ['news/a.md', 'news/b.md']), severity: 'warning' },
      { file: 'hotlines/x.yaml', field: 'name', message: W.duplicateTitle('Một cửa', ['hotlines/y.yaml']), severity: 'warning' },
      { file: 'hotlines/y.yaml', field: 'name', message: W.duplicateTitle('MỘT CỬA', ['hotlines/x.yaml']), severity: 'warning' },
    ]);
  });
});

describe('decomposed (NFD) text', () => {
  const nfd = (text: string) => text.normalize('NFD');

  it('finds the first line that is not NFC', () => {
    expect(firstNfdLine(nfd('Hòa An'))).toBe(1);
    expect(firstNfdLine(`a\nb\n${nfd('Hòa')}\n${nfd('Hòa')}`)).toBe(3);
    expect(firstNfdLine('Hòa An\nxã')).toBeUndefined();
  });

  it('warns about every text file of the folder, sub-folders included, but not hidden folders or other files', () => {
    const files = {
      'site.yaml': `name: ${nfd('Xã Hòa An')}\n`,
      'news/bai.MD': `---\ntitle: a\n---\n${nfd('Hòa')}\n`,
      'contests/ket-qua.csv': `prize,name\nnhat,${nfd('Lê Thư')}\n`,
      'hotlines/a.yml': nfd('name: Tổ'),
      'models/b.mdx': `\n${nfd('Mô hình')}`,
      'news/ghi-chu.txt': nfd('Hòa'),
      '.git/x.md': nfd('Hòa'),
      'news/sach.md': 'Hòa An',
      'documents/2026/c.md': nfd('Văn bản'),
    };
    folder(files);
    expect(contentTextFiles(dir!).sort()).toEqual(['contests/ket-qua.csv', 'documents/2026/c.md', 'hotlines/a.yml', 'models/b.mdx', 'news/bai.MD', 'news/sach.md', 'site.yaml']);
    expect(warnings([]).map((p) => `${p.file}: ${p.message}`).sort()).toEqual([
      `contests/ket-qua.csv: ${W.nfd(2)}`,
      `documents/2026/c.md: ${W.nfd(1)}`,
      `hotlines/a.yml: ${W.nfd(1)}`,
      `models/b.mdx: ${W.nfd(2)}`,
      `news/bai.MD: ${W.nfd(4)}`,
      `site.yaml: ${W.nfd(1)}`,
    ]);
    expect(contentTextFiles(join(dir!, 'khong-co'))).toEqual([]);
  });

  it('--fix rewrites only the NFD files, in NFC', () => {
    folder({ 'news/a.md': nfd('Hòa An'), 'news/b.md': 'Hòa An', 'units.yaml': nfd('- name: Tổ') });
    expect(rewriteToNfc(dir!).sort()).toEqual(['news/a.md', 'units.yaml']);
    expect(readFileSync(join(dir!, 'news/a.md'), 'utf8')).toBe('Hòa An');
    expect(readFileSync(join(dir!, 'units.yaml'), 'utf8')).toBe('- name: Tổ');
    expect(rewriteToNfc(dir!)).toEqual([]);
  });
});
