/**
 * `npm run new`: the file it writes has the right name (ASCII slug, no collision, no reserved
 * route) and every required field, so `npm run check` only asks for the CẦN ĐIỀN placeholders.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { ENTRY_KINDS, entryFileName, type EntryKind } from '../../src/editor/new-entry.ts';
import { PROJECT_ROOT } from '../helpers/sites.ts';

const GOOD = join(PROJECT_ROOT, 'tests', 'fixtures', 'editor', 'good');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'editor-new-'));
  cpSync(GOOD, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const runNew = (...args: string[]) =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'new.ts'), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CONTENT_DIR: dir, BUILD_DATE: '2026-03-15' },
    encoding: 'utf8',
  });

describe('npm run new', () => {
  it('names the file with an ASCII slug of the Vietnamese title, đ included', () => {
    expect(entryFileName('tin-tuc', 'Đường dây nóng: Tiếp nhận phản ánh, kiến nghị', [])).toBe(
      'duong-day-nong-tiep-nhan-phan-anh-kien-nghi.md',
    );
    expect(entryFileName('duong-day-nong', 'Tổng đài 1022', [])).toBe('tong-dai-1022.yaml');
  });

  it('never overwrites: a second article with the same title gets -2, and list routes are avoided', () => {
    expect(entryFileName('tin-tuc', 'Trang', [])).toBe('trang-2.md');
    expect(entryFileName('thu-tuc', 'Trực tuyến', [])).toBe('truc-tuyen-2.md');
    const first = runNew('tin-tuc', 'Hội nghị sơ kết quý I');
    const second = runNew('tin-tuc', 'Hội nghị sơ kết quý I');
    expect(first.status).toBe(0);
    expect(second.status).toBe(0);
    const names = readdirSync(join(dir, 'news')).filter((name) => name.startsWith('hoi-nghi'));
    expect(names.sort()).toEqual(['hoi-nghi-so-ket-quy-i-2.md', 'hoi-nghi-so-ket-quy-i.md']);
  });

  it('writes a news draft dated today that passes the check with no error', async () => {
    const result = runNew('tin-tuc', 'Xã Hòa An ra mắt tổ công nghệ số', '--don-vi', 'cong-an-xa');
    expect(result.stdout).toContain('Đã tạo tệp');
    const text = readFileSync(join(dir, 'news', 'xa-hoa-an-ra-mat-to-cong-nghe-so.md'), 'utf8');
    expect(text).toContain('title: "Xã Hòa An ra mắt tổ công nghệ số"');
    expect(text).toContain('date: 2026-03-15');
    expect(text).toContain('unit: cong-an-xa');
    expect(text).toContain('draft: true');
    const report = await checkContent(dir, { today: '2026-03-15' });
    expect(report.errorCount).toBe(0);
    expect(report.problems.filter((p) => p.file.includes('xa-hoa-an'))).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('CẦN ĐIỀN') }),
    ]);
  });

  it.each(Object.keys(ENTRY_KINDS) as EntryKind[])('%s: no required field is missing, only placeholders to fill', async (kind) => {
    // One kind per folder copy, so the problems belong to the new file only.
    expect(runNew(kind, 'Mục mới để thử').status).toBe(0);
    const report = await checkContent(dir, { today: '2026-03-15' });
    const messages = report.problems.map((p) => p.message);
    expect(messages.some((m) => m.includes('thiếu trường bắt buộc'))).toBe(false);
    expect(messages.some((m) => m.includes('CẦN ĐIỀN'))).toBe(true);
  });

  it('explains in Vietnamese when the kind, title, date or unit is wrong', () => {
    expect(runNew('bai-viet', 'Tiêu đề').stderr).toContain('không có loại nội dung "bai-viet"');
    expect(runNew('tin-tuc').stderr).toContain('thiếu tiêu đề bài');
    expect(runNew('tin-tuc', 'Tiêu đề', '--ngay', '2026-02-30').stderr).toContain('ngày "2026-02-30" không hợp lệ');
    const unit = runNew('tin-tuc', 'Tiêu đề', '--don-vi', 'phong-khong-co');
    expect(unit.status).toBe(1);
    expect(unit.stderr).toContain('các mã hiện có: van-phong, cong-an-xa');
    expect(readdirSync(join(dir, 'news')).some((name) => name.startsWith('tieu-de'))).toBe(false);
  });
});
