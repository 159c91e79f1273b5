/**
 * `npm run check` warnings, one problem class at a time, on tests/fixtures/editor/problems
 * (each file there carries one kind of mistake) and the clean tests/fixtures/editor/good.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckReport } from '../../src/content-check/check-content.ts';
import { formatProblem } from '../../src/content-check/problems.ts';
import { firstNfdLine } from '../../src/content-check/warnings.ts';
import { PROJECT_ROOT } from '../helpers/sites.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'editor');
const GOOD = join(FIXTURES, 'good');
const PROBLEMS = join(FIXTURES, 'problems');
/** Small enough that the 34 KB sample photo counts as too heavy. */
const LIMIT = 20 * 1024;
const TODAY = '2026-04-01';

// Checked inside each test, not once in beforeAll: a mutation run (docs/mutation.md) counts code run
// outside a test as module-level and then re-runs every test for each of its mutants.
const check = (): Promise<CheckReport> => checkContent(PROBLEMS, { imageLimitBytes: LIMIT, today: TODAY });
const about = async (file: string) => (await check()).problems.filter((p) => p.file === file);
const messages = async (file: string) => (await about(file)).map(formatProblem);

describe('content check warnings', () => {
  it('reports nothing on a clean folder, even with examples of bad syntax inside code', async () => {
    const good = await checkContent(GOOD, { imageLimitBytes: 1024 * 1024, today: TODAY });
    expect(good.problems.map(formatProblem)).toEqual([]);
  });

  it('warns about an image over the size limit, once per file, with its size', async () => {
    const heavy = (await about('news/anh-lon-khong-mo-ta.md')).filter((p) => p.message.includes('quá giới hạn'));
    expect(heavy).toHaveLength(1);
    expect(heavy[0]).toMatchObject({ severity: 'warning', field: 'cover' });
    expect(heavy[0]?.message).toContain('nặng 34 KB, quá giới hạn 20 KB');
  });

  it('warns about Markdown and HTML images without alt text, with the line number', async () => {
    const lines = await messages('news/anh-lon-khong-mo-ta.md');
    expect(lines).toContainEqual(expect.stringContaining('dòng 13: ảnh "images/anh-lon.jpg" chưa có mô tả (alt)'));
    expect(lines).toContainEqual(expect.stringContaining('dòng 15: thẻ <img> chưa có mô tả alt'));
    expect(lines).toContainEqual(expect.stringContaining('dòng 17: không tìm thấy tệp ảnh "images/khong-co.jpg"'));
  });

  it('warns about duplicate titles on both files, ignoring case and spacing', async () => {
    expect(await messages('news/trung-tieu-de-1.md')).toContainEqual(expect.stringContaining('trùng với news/anh-lon-khong-mo-ta.md'));
    expect(await messages('news/anh-lon-khong-mo-ta.md')).toContainEqual(expect.stringContaining('trùng với news/trung-tieu-de-1.md'));
  });

  it('warns about NFD text with the first affected line', async () => {
    expect(await messages('news/chu-to-hop-nfd.md')).toEqual([expect.stringContaining('dòng 2: chữ tiếng Việt đang ở dạng tổ hợp (NFD')]);
    expect(firstNfdLine('Hòa An\nHo\u0300a An')).toBe(2);
    expect(firstNfdLine('Hòa An')).toBeUndefined();
  });

  it('warns about each broken internal link and says what to write instead', async () => {
    const lines = await messages('news/lien-ket-hong.md');
    expect(lines).toEqual([
      expect.stringContaining('dòng 9: liên kết "../../thu-tuc/khong-ton-tai/" trỏ tới trang không có'),
      expect.stringContaining('dòng 11: liên kết "../ban-nhap-chua-dang/" trỏ tới bài chưa đăng'),
      expect.stringContaining('hãy dùng đường dẫn trang "../../thu-tuc/dang-ky-khai-sinh/"'),
      expect.stringContaining('dòng 15: không tìm thấy tệp "mau-to-khai.pdf"'),
      expect.stringContaining('dòng 17: liên kết "/mo-hinh/khong-co/" trỏ tới trang không có'),
    ]);
  });

  it('refuses to publish a leftover placeholder, but only warns inside a draft', async () => {
    expect(await about('news/con-cho-can-dien.md')).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(await about('news/ban-nhap-chua-dang.md')).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect((await check()).errorCount).toBe(1);
  });
});

describe('npm run check (command line)', () => {
  let copy: string;
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'editor-check-'));
    cpSync(PROBLEMS, copy, { recursive: true });
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'check.ts'), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CONTENT_DIR: copy, BUILD_DATE: TODAY },
      encoding: 'utf8',
    });

  it('prints every problem at once and exits non-zero on an error', () => {
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('LỖI  news/con-cho-can-dien.md');
    expect(result.stdout).toContain('Cảnh báo  news/lien-ket-hong.md');
    expect(result.stdout).toContain('Cảnh báo  news/chu-to-hop-nfd.md');
    expect(result.stdout).toContain('Có 1 lỗi trong nội dung');
  });

  it('--fix rewrites NFD files in NFC and the NFD warning disappears', () => {
    const path = join(copy, 'news', 'chu-to-hop-nfd.md');
    expect(firstNfdLine(readFileSync(path, 'utf8'))).toBe(2);
    const result = run('--fix');
    expect(result.stdout).toContain('Đã chuyển 1 tệp sang dạng Unicode dựng sẵn (NFC): news/chu-to-hop-nfd.md');
    const text = readFileSync(path, 'utf8');
    expect(firstNfdLine(text)).toBeUndefined();
    expect(text).toContain('Tiếp nhận hồ sơ đăng ký cư trú');
    expect(run().stdout).not.toContain('chu-to-hop-nfd.md');
  });
});
