/**
 * `npm run cms -- --xuat DIR` writes the editor page into DIR, emptying it first: it must never
 * empty a folder that holds someone's files unless told so with --ghi-de.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXPORT_MARKER } from '../../src/cms/prepare.ts';
import { PROJECT_ROOT } from '../helpers/sites.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-cms-export-'));
  made.push(dir);
  return dir;
}

const exportTo = (dir: string, ...extra: string[]) => {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'cms.ts'), '--xuat', dir, ...extra], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

describe('npm run cms -- --xuat', () => {
  it('refuses a folder with other files in it, in Vietnamese, and leaves them untouched', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bao-cao-quy-3.docx'), 'quan trọng');
    mkdirSync(join(dir, 'anh'));
    const { status, output } = exportTo(dir);
    expect(status).toBe(1);
    expect(output).toContain(dir);
    expect(output).toContain('không phải bản xuất trình soạn thảo');
    expect(output).toContain('--ghi-de');
    expect(readdirSync(dir).sort()).toEqual(['anh', 'bao-cao-quy-3.docx']);
  });

  it('refuses a path that is a file', () => {
    const file = join(tempDir(), 'ghi-chu.txt');
    writeFileSync(file, 'x');
    const { status, output } = exportTo(file);
    expect(status).toBe(1);
    expect(output).toContain('không phải thư mục');
    expect(existsSync(file)).toBe(true);
  });

  it('writes into a new folder, and rewrites its own previous export without asking', () => {
    const dir = join(tempDir(), 'trinh-soan-thao');
    expect(exportTo(dir).status).toBe(0);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['index.html', 'config.yml', EXPORT_MARKER]));
    writeFileSync(join(dir, 'cu.txt'), 'left from last time');
    const again = exportTo(dir);
    expect(again.status, again.output).toBe(0);
    expect(existsSync(join(dir, 'cu.txt'))).toBe(false);
    expect(existsSync(join(dir, 'index.html'))).toBe(true);
  });

  it('empties a foreign folder only with --ghi-de', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'tep-cu.txt'), 'x');
    const { status, output } = exportTo(dir, '--ghi-de');
    expect(status, output).toBe(0);
    expect(existsSync(join(dir, 'tep-cu.txt'))).toBe(false);
    expect(existsSync(join(dir, 'index.html'))).toBe(true);
  });
});
