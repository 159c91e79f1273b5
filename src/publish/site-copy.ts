/**
 * The fast publish works on a copy of the live site made of hard links: 12,000 pages cost a few
 * folder entries each, not 170 MB of copying, and the live folder is never written to. A file to be
 * replaced is written beside its link and renamed over it, which swaps the copy's entry and leaves
 * the live file's bytes untouched (writing into a linked file would change both).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Errors of a file system that cannot hard-link (FAT32/exFAT USB drives, some network shares). */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'EMLINK', 'ENOSYS']);

/**
 * Make `to` (must not exist) a tree of hard links to the files of `from`; where the disk cannot
 * hard-link, of copies (slower, same result: the live folder is still never written to).
 */
export function linkTree(from: string, to: string, link: (source: string, target: string) => void = linkSync): void {
  // GNU cp does it in one process, several times faster than a walk in Node; elsewhere (Windows,
  // BusyBox without -l, a disk without hard links) the walk below does the same.
  if (process.platform === 'linux' && link === linkSync) {
    const result = spawnSync('cp', ['-al', from, to], { stdio: 'ignore' });
    if (result.status === 0) return;
    rmSync(to, { recursive: true, force: true });
  }
  let canLink = true;
  const walk = (source: string, target: string) => {
    mkdirSync(target, { recursive: true });
    for (const entry of readdirSync(source, { withFileTypes: true })) {
      const from = join(source, entry.name);
      const into = join(target, entry.name);
      if (entry.isDirectory()) {
        walk(from, into);
      } else if (entry.isFile()) {
        if (canLink) {
          try {
            link(from, into);
            continue;
          } catch (error) {
            if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
            canLink = false;
          }
        }
        copyFileSync(from, into);
      }
    }
  };
  walk(from, to);
}

export interface LinkTreeRun {
  /** Resolves once the copy is complete (rejects when it failed). */
  done: Promise<void>;
  /** Stop a copy still running (a failed build). */
  stop: () => void;
}

/**
 * linkTree() started now and finished while other work goes on: on Linux `cp -al` runs as its own
 * process (its 1.5–2 s of system time at 12,000 pages then overlap rendering and the content check);
 * elsewhere, and when cp fails, linkTree() runs when the result is awaited.
 */
export function startLinkTree(from: string, to: string): LinkTreeRun {
  if (process.platform !== 'linux') {
    return { done: Promise.resolve().then(() => linkTree(from, to)), stop: () => {} };
  }
  let copy: ChildProcess | undefined = spawn('cp', ['-al', from, to], { stdio: 'ignore' });
  const done = new Promise<void>((resolve, reject) => {
    const settle = (ok: boolean) => {
      copy = undefined;
      if (ok) return resolve();
      try {
        rmSync(to, { recursive: true, force: true });
        linkTree(from, to, (source, target) => linkSync(source, target));
        resolve();
      } catch (error) {
        reject(error);
      }
    };
    copy!.on('error', () => settle(false));
    copy!.on('close', (code) => settle(code === 0));
  });
  // A failed build may never await it; its rejection is reported where it is awaited.
  done.catch(() => {});
  return { done, stop: () => copy?.kill('SIGKILL') };
}

/** True when the two files hold the same bytes. */
function sameBytes(a: string, b: string): boolean {
  if (!existsSync(b) || statSync(a).size !== statSync(b).size) return false;
  return readFileSync(a).equals(readFileSync(b));
}

export interface Overlay {
  /** Every file moved in. */
  written: string[];
  /** Those whose bytes differ from the file they replaced (or that are new). */
  changed: string[];
}

/**
 * Move every file of `from` (on the same disk) into the linked copy `to`: a rename replaces the
 * copy's link by the new file, it never writes through the link.
 */
export function overlayTree(from: string, to: string, skip: (relative: string) => boolean = () => false, prefix = '', result: Overlay = { written: [], changed: [] }): Overlay {
  for (const entry of readdirSync(join(from, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (skip(relative)) continue;
    if (entry.isDirectory()) {
      overlayTree(from, to, skip, relative, result);
    } else if (entry.isFile()) {
      const source = join(from, relative);
      const target = join(to, relative);
      mkdirSync(dirname(target), { recursive: true });
      if (!sameBytes(source, target)) result.changed.push(relative);
      try {
        renameSync(source, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        const temporary = `${target}.new-${process.pid}`;
        copyFileSync(source, temporary);
        renameSync(temporary, target);
      }
      result.written.push(relative);
    }
  }
  return result;
}
