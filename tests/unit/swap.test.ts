/**
 * The last step of `npm run build`: the new site takes the place of the live one. Whatever fails
 * or stops in the middle (a rename refused, the power cut between the two renames), one complete
 * site must exist on disk at every moment, and the live folder must come back.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeSwapFs, previousFolder, previousFolderPid, recoverInterruptedSwap, swapIntoPlace, type SwapFs } from '../../scripts/lib/swap.ts';

let work: string;
let outDir: string;
let newDir: string;
const PID = 4242;

function site(folder: string, label: string): void {
  mkdirSync(join(folder, 'tin-tuc'), { recursive: true });
  writeFileSync(join(folder, 'index.html'), `<title>${label}</title>`);
  writeFileSync(join(folder, 'tin-tuc', 'index.html'), `<title>${label}: tin tức</title>`);
}

/** Which site (by its label) the live folder holds, or undefined when there is none. */
function live(): string | undefined {
  const index = join(outDir, 'index.html');
  return existsSync(index) ? readFileSync(index, 'utf8').replace(/<\/?title>/g, '') : undefined;
}

/** Every complete site on disk beside the output folder (live, set aside, or new). */
function completeSites(): string[] {
  return readdirSync(work).filter((name) => existsSync(join(work, name, 'index.html')) && existsSync(join(work, name, 'tin-tuc', 'index.html')));
}

/** The real file system, checked after every operation: the old site is never the only loss. */
function watchedFs(options: { failRenameFrom?: string; dieAfter?: number } = {}): SwapFs & { moments: string[][] } {
  const moments: string[][] = [];
  let done = 0;
  const step = <T>(run: () => T): T => {
    if (options.dieAfter !== undefined && done >= options.dieAfter) throw new Error('tiến trình đã bị dừng');
    const result = run();
    done += 1;
    moments.push(completeSites());
    return result;
  };
  return {
    moments,
    exists: (path) => nodeSwapFs.exists(path),
    list: (folder) => nodeSwapFs.list(folder),
    rename: (from, to) =>
      step(() => {
        if (from === options.failRenameFrom) throw Object.assign(new Error(`EACCES: permission denied, rename '${from}' -> '${to}'`), { code: 'EACCES' });
        nodeSwapFs.rename(from, to);
      }),
    remove: (path) => step(() => nodeSwapFs.remove(path)),
  };
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'cchc-swap-'));
  outDir = join(work, 'dist');
  newDir = join(work, `.build-tmp-dist-${PID}`);
  site(outDir, 'cũ');
  site(newDir, 'mới');
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('swapping the new site into place', () => {
  it('replaces the live site and leaves nothing behind', () => {
    const fs = watchedFs();
    swapIntoPlace(newDir, outDir, PID, fs);
    expect(live()).toBe('mới');
    expect(readdirSync(work)).toEqual(['dist']);
    expect(fs.moments.every((sites) => sites.length > 0)).toBe(true);
  });

  it('publishes the first site when there was none', () => {
    rmSync(outDir, { recursive: true });
    const fs = watchedFs();
    swapIntoPlace(newDir, outDir, PID, fs);
    expect(live()).toBe('mới');
    expect(readdirSync(work)).toEqual(['dist']);
    // One move and nothing else: no deletion of a set-aside folder that was never made.
    expect(fs.moments).toHaveLength(1);
  });

  it('keeps the old site live when moving the new one in fails', () => {
    const fs = watchedFs({ failRenameFrom: newDir });
    expect(() => swapIntoPlace(newDir, outDir, PID, fs)).toThrow(/EACCES/);
    expect(live()).toBe('cũ');
    expect(existsSync(join(outDir, 'tin-tuc', 'index.html'))).toBe(true);
    expect(existsSync(previousFolder(outDir, PID))).toBe(false);
    // The new copy is still there for the build to remove (or for someone to look at).
    expect(existsSync(join(newDir, 'index.html'))).toBe(true);
    expect(fs.moments.every((sites) => sites.length > 0)).toBe(true);
  });

  it('after a build killed between the two renames, the next one puts the old site back, then swaps', () => {
    // Killed after its first operation: the live site set aside, the new one not moved in.
    expect(() => swapIntoPlace(newDir, outDir, PID, watchedFs({ dieAfter: 1 }))).toThrow('tiến trình đã bị dừng');
    expect(live()).toBeUndefined();
    expect(completeSites()).toContain(`dist.old-${PID}`);

    // The next build (another id) starts by recovering, before anything is deleted.
    const fs = watchedFs();
    expect(recoverInterruptedSwap(outDir, fs)).toBe(previousFolder(outDir, PID));
    expect(live()).toBe('cũ');
    const next = join(work, '.build-tmp-dist-5151');
    site(next, 'mới hơn');
    swapIntoPlace(next, outDir, 5151, fs);
    expect(live()).toBe('mới hơn');
    expect(fs.moments.every((sites) => sites.length > 0)).toBe(true);
  });

  it('recovers nothing while the live folder exists, and ignores folders that only look alike', () => {
    site(previousFolder(outDir, 77), 'bỏ lại');
    expect(recoverInterruptedSwap(outDir)).toBeUndefined();
    expect(live()).toBe('cũ');
    rmSync(outDir, { recursive: true });
    rmSync(previousFolder(outDir, 77), { recursive: true });
    site(join(work, 'dist.old-ban-sao'), 'tên lạ');
    site(join(work, 'dist2.old-12'), 'thư mục khác');
    expect(recoverInterruptedSwap(outDir)).toBeUndefined();
    expect(live()).toBeUndefined();
    expect(recoverInterruptedSwap(join(work, 'khong-co', 'dist'))).toBeUndefined();
  });

  it('reads the build id only from its own set-aside folders', () => {
    expect(previousFolderPid(outDir, 'dist.old-123')).toBe(123);
    expect(previousFolderPid(outDir, 'dist.old-12a')).toBeUndefined();
    expect(previousFolderPid(outDir, 'dist.old-')).toBeUndefined();
    expect(previousFolderPid(outDir, 'dist2.old-123')).toBeUndefined();
    expect(previousFolderPid(outDir, 'xdist.old-123')).toBeUndefined();
    expect(previousFolderPid(outDir, 'dist.old-a12')).toBeUndefined();
    // Nine characters, then digits: without the name check this reads as build 24.
    expect(previousFolderPid(outDir, 'backup-2024')).toBeUndefined();
  });

  it('never takes a neighbour folder such as backup-2024 for the live site', () => {
    rmSync(outDir, { recursive: true });
    site(join(work, 'backup-2024'), 'bản sao tay');
    site(join(work, 'ban-sao-0123'), 'bản sao khác');
    expect(recoverInterruptedSwap(outDir)).toBeUndefined();
    expect(live()).toBeUndefined();
    expect(completeSites().sort()).toEqual([`.build-tmp-dist-${PID}`, 'backup-2024', 'ban-sao-0123']);
  });

  it('with no live site, a refused move leaves nothing to move back and reports the refusal', () => {
    rmSync(outDir, { recursive: true });
    const fs = watchedFs({ failRenameFrom: newDir });
    expect(() => swapIntoPlace(newDir, outDir, PID, fs)).toThrow(/EACCES/);
    expect(fs.moments).toHaveLength(0);
    expect(existsSync(join(newDir, 'index.html'))).toBe(true);
  });

  it('deletes a set-aside site with everything in it, and a missing one without error', () => {
    const previous = previousFolder(outDir, 9);
    site(previous, 'cũ hơn');
    nodeSwapFs.remove(previous);
    expect(existsSync(previous)).toBe(false);
    expect(() => nodeSwapFs.remove(previous)).not.toThrow();
  });
});
