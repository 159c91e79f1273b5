/**
 * Putting a finished build in place of the live site folder, and getting the live site back after a
 * build was killed in the middle of doing so.
 *
 * Node offers no atomic exchange of two folders (Linux's renameat2 RENAME_EXCHANGE is not exposed),
 * so the swap is two renames: live → `<out>.old-<pid>`, new → live. A build killed between them
 * (power cut, closed window) leaves no live folder, but the last published site complete under
 * `.old-<pid>`. The next build puts that copy back before it deletes anything, and the old copy
 * itself is only deleted once the new one is in place: at every moment one complete site exists.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file-system operations the swap uses (tests replace them to make one fail). */
export interface SwapFs {
  exists: (path: string) => boolean;
  rename: (from: string, to: string) => void;
  remove: (path: string) => void;
  list: (folder: string) => string[];
}

export const nodeSwapFs: SwapFs = {
  exists: existsSync,
  rename: renameSync,
  remove: (path) => rmSync(path, { recursive: true, force: true }),
  list: (folder) => readdirSync(folder),
};

/** Where the live site waits while the new one is moved in. */
export function previousFolder(outDir: string, pid: number): string {
  return `${outDir}.old-${pid}`;
}

/** The build id in a `<out>.old-<pid>` name beside `outDir`, or undefined for any other name. */
export function previousFolderPid(outDir: string, name: string): number | undefined {
  const prefix = `${basename(outDir)}.old-`;
  if (!name.startsWith(prefix)) return undefined;
  const pid = name.slice(prefix.length);
  return /^\d+$/.test(pid) ? Number(pid) : undefined;
}

/**
 * Replace `outDir` by `newDir`. If moving the new folder in fails, the old site is moved back and
 * the error is rethrown; the old site is deleted only after the new one is in place.
 */
export function swapIntoPlace(newDir: string, outDir: string, pid: number, fs: SwapFs = nodeSwapFs): void {
  const previous = previousFolder(outDir, pid);
  const hadPrevious = fs.exists(outDir);
  if (hadPrevious) fs.rename(outDir, previous);
  try {
    fs.rename(newDir, outDir);
  } catch (error) {
    if (hadPrevious) fs.rename(previous, outDir);
    throw error;
  }
  if (hadPrevious) fs.remove(previous);
}

/**
 * A build killed between the two renames left no `outDir` and the last published site under
 * `<out>.old-<pid>`: put it back. Call it holding the build lock, before anything is deleted;
 * with the lock held no other build of this folder is running, so any such folder is a leftover.
 * Returns the folder that was restored, if any.
 */
export function recoverInterruptedSwap(outDir: string, fs: SwapFs = nodeSwapFs): string | undefined {
  if (fs.exists(outDir)) return undefined;
  const parent = dirname(outDir);
  if (!fs.exists(parent)) return undefined;
  // Only one can exist (each build restores the one before it); sorted so the choice is stable.
  const left = fs
    .list(parent)
    .filter((name) => previousFolderPid(outDir, name) !== undefined)
    .sort();
  const restored = left[0];
  if (restored === undefined) return undefined;
  fs.rename(join(parent, restored), outDir);
  return join(parent, restored);
}
