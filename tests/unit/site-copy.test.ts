import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkTree, overlayTree } from '../../src/publish/site-copy.ts';

let work: string;
let live: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'cchc-site-copy-'));
  live = join(work, 'dist');
  mkdirSync(join(live, 'tin-tuc', 'a'), { recursive: true });
  writeFileSync(join(live, 'index.html'), 'trang chủ cũ');
  writeFileSync(join(live, 'tin-tuc', 'a', 'index.html'), 'tin a');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('the copy a fast publish works on', () => {
  it('shares the live files without copying them, and replacing one in the copy never changes the live site', () => {
    const copy = join(work, 'copy');
    linkTree(live, copy);
    expect(statSync(join(copy, 'tin-tuc', 'a', 'index.html')).ino).toBe(statSync(join(live, 'tin-tuc', 'a', 'index.html')).ino);
    const rendered = join(work, 'rendered');
    mkdirSync(join(rendered, 'tin-tuc', 'b'), { recursive: true });
    mkdirSync(join(rendered, 'tin-tuc', 'a'), { recursive: true });
    writeFileSync(join(rendered, 'index.html'), 'trang chủ mới');
    writeFileSync(join(rendered, 'tin-tuc', 'b', 'index.html'), 'tin b');
    writeFileSync(join(rendered, 'tin-tuc', 'a', 'index.html'), 'tin a');
    const { written, changed } = overlayTree(rendered, copy);
    expect(written.sort()).toEqual(['index.html', 'tin-tuc/a/index.html', 'tin-tuc/b/index.html']);
    expect(changed.sort()).toEqual(['index.html', 'tin-tuc/b/index.html']);
    expect(readFileSync(join(copy, 'index.html'), 'utf8')).toBe('trang chủ mới');
    expect(readFileSync(join(live, 'index.html'), 'utf8')).toBe('trang chủ cũ');
  });

  it('copies instead where the disk cannot hard-link (a FAT32 USB drive)', () => {
    const copy = join(work, 'copy');
    const noLinks = () => {
      throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
    };
    linkTree(live, copy, noLinks);
    expect(readFileSync(join(copy, 'tin-tuc', 'a', 'index.html'), 'utf8')).toBe('tin a');
    expect(statSync(join(copy, 'index.html')).ino).not.toBe(statSync(join(live, 'index.html')).ino);
  });

  it('stops on any other error instead of publishing half a copy', () => {
    const broken = () => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    expect(() => linkTree(live, join(work, 'copy'), broken)).toThrow(/no space/);
  });
});
