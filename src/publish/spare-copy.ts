/**
 * The linked copy a fast publish starts from, made ahead of time.
 *
 * A fast publish works on a hard-linked copy of the live site (site-copy.ts). At 12,000 pages that
 * copy is 17,000 links and 1.5–2 s of system time, on a 2-core machine that is busy checking the
 * content and rendering at that moment. Nothing in it depends on the next change, so every
 * successful build makes it once the new site is live, in a process of its own that outlives the
 * build (`.build-spare-<site>`, beside the site). The next fast publish takes it with one rename.
 *
 * A spare is taken only if it was made from the site that is live now: its `build-info.json` must
 * be the same file (device, inode, size, time) as the live one, which every build writes anew. A
 * spare being made when the next build starts is waited for; one that is stale, or a copy that
 * failed, means the fast publish links its own copy as before.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { discardInBackground, trashPrefix } from '../../scripts/lib/discard.ts';
import { isAlive } from '../../scripts/lib/process-alive.ts';
import type { LinkTreeRun } from './site-copy.ts';

/** The ready spare of a site. */
export const spareDir = (outDir: string) => join(dirname(outDir), `.build-spare-${basename(outDir)}`);

/** How long a fast publish waits for a spare being made before it links its own copy. */
const MAX_WAIT_MS = 30_000;

/** A spare being made: the name ends with the id of the process making it. */
export const sparePartPrefix = (outDir: string) => `.build-spare-wip-${basename(outDir)}-`;

/** What makes `build-info.json` this build's and no other's: every build writes a new one. */
export function siteStamp(site: string): string | undefined {
  try {
    const info = statSync(join(site, 'build-info.json'), { bigint: true });
    return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}`;
  } catch {
    return undefined;
  }
}

/** The detached process that links a spare (spare-maker.ts). */
const MAKER = fileURLToPath(new URL('./spare-maker.ts', import.meta.url));

/**
 * After a build put a new site in place: discard the spare of the site it replaced and start
 * making one of the new site. Only where GNU `cp -al` links a tree in one process (Linux): a walk in
 * Node would cost the machine more than it saves. The part folder exists when this returns, so
 * whoever looks beside the site afterwards (the next build, a test) sees that a spare is coming.
 */
export function prepareSpare(outDir: string): Promise<void> {
  const spare = spareDir(outDir);
  if (existsSync(spare)) discardInBackground(spare, join(dirname(outDir), `${trashPrefix(basename(outDir))}spare-${process.pid}`));
  const stamp = siteStamp(outDir);
  if (process.platform !== 'linux' || !stamp) return Promise.resolve();
  const prefix = join(dirname(outDir), sparePartPrefix(outDir));
  const part = `${prefix}${process.pid}`;
  try {
    rmSync(part, { recursive: true, force: true });
    mkdirSync(part);
    const maker = spawn(process.execPath, [MAKER, outDir, part, prefix, spare, stamp], { detached: true, stdio: 'ignore' });
    // Resolves when the maker is done (tests wait for it; the build does not).
    const made = new Promise<void>((resolve) => {
      maker.on('error', () => {
        rmSync(part, { recursive: true, force: true });
        resolve();
      });
      maker.on('exit', () => resolve());
    });
    maker.unref();
    return made;
  } catch {
    // No spare: the next fast publish links its own copy.
    rmSync(part, { recursive: true, force: true });
    return Promise.resolve();
  }
}

/** The part folders beside the site: spares being made, or left by a maker that died. */
function partFolders(outDir: string): string[] {
  try {
    return readdirSync(dirname(outDir)).filter((name) => name.startsWith(sparePartPrefix(outDir)));
  } catch {
    return [];
  }
}

/** True while a spare of this site is being made (a part folder is beside it). */
export const spareBeingMade = (outDir: string): boolean => partFolders(outDir).length > 0;

/** Spares being made by processes still running. */
function sparesInProgress(outDir: string): string[] {
  const prefix = sparePartPrefix(outDir);
  return partFolders(outDir).filter((name) => isAlive(Number(name.slice(prefix.length))));
}

/** Move the spare to `to` if it was made from the live site; a stale one is discarded. */
function claim(outDir: string, to: string): boolean {
  const spare = spareDir(outDir);
  if (!existsSync(spare)) return false;
  const live = siteStamp(outDir);
  if (live !== undefined && siteStamp(spare) === live) {
    try {
      renameSync(spare, to);
      return true;
    } catch {
      return false;
    }
  }
  discardInBackground(spare, join(dirname(outDir), `${trashPrefix(basename(outDir))}spare-${process.pid}`));
  return false;
}

/**
 * The fast publish's copy from the spare: at once when one is ready, after waiting for it when one
 * is being made. Undefined when there is none to wait for; `fallback()` links a copy when the one
 * waited for turns out unusable.
 */
export function takeSpare(outDir: string, to: string, fallback: () => LinkTreeRun, maxWaitMs = MAX_WAIT_MS): LinkTreeRun | undefined {
  if (claim(outDir, to)) return { done: Promise.resolve(), stop: () => {} };
  if (sparesInProgress(outDir).length === 0) return undefined;
  let stopped = false;
  let linking: LinkTreeRun | undefined;
  const done = (async () => {
    // Bounded: a part folder left by a maker killed at a power cut may carry a number the system
    // has since given to another process. A real maker links 12,000 pages in about 2 s.
    for (let waited = 0; !stopped && waited < maxWaitMs && !existsSync(spareDir(outDir)) && sparesInProgress(outDir).length > 0; waited += 50) {
      await sleep(50);
    }
    if (stopped || claim(outDir, to)) return;
    linking = fallback();
    await linking.done;
  })();
  done.catch(() => {});
  return {
    done,
    stop: () => {
      stopped = true;
      linking?.stop();
    },
  };
}
