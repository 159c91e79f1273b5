/**
 * Prepares the search copies of pages while Astro is still writing the others.
 *
 * Astro renders on one core; the other one sat idle for most of the build while the search step
 * later spent ≈ 2.5 s reading every page and computing its fold regions (docs/performance.md).
 * This poller does that work as the pages appear. It is only a head start: the search step
 * checks the size of every file against what was read here and prepares again any page missed,
 * read half-written or rewritten, so a lost event (or a platform where watching fails) costs time,
 * never a wrong index.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkFiles } from './run.ts';
import { prepareFile, type PreparedPage } from './search-index.ts';

export interface PreparedFile {
  /** Bytes read: a file whose size differs at the end is read again. */
  bytes: number;
  page: PreparedPage | undefined;
}

/**
 * How often the output folder is looked through. A walk of 10,000 page folders takes ≈ 55 ms.
 * Node's recursive fs.watch was tried first: on Linux it made Astro's build five times slower
 * (78 s instead of 14 s at 10,000 entries), so the folder is polled instead.
 */
const POLL_MS = 500;

export class PagePreparer {
  readonly prepared = new Map<string, PreparedFile>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly siteDir: string;

  constructor(siteDir: string) {
    this.siteDir = siteDir;
    this.timer = setTimeout(() => this.poll(), POLL_MS);
  }

  private poll(): void {
    if (this.stopped) return;
    let files: string[] = [];
    try {
      // Astro creates the output folder itself, once it starts writing.
      if (existsSync(this.siteDir)) files = walkFiles(this.siteDir);
    } catch {
      // A folder changed under the walk: the next poll sees it.
    }
    for (const file of files) {
      if (!file.endsWith('.html') || this.prepared.has(file) || file.startsWith('.pagefind-copies')) continue;
      try {
        const bytes = readFileSync(join(this.siteDir, file));
        const html = bytes.toString('utf8');
        // Half-written: the next poll reads it again.
        if (!html.trimEnd().endsWith('</html>')) continue;
        this.prepared.set(file, { bytes: bytes.length, page: prepareFile(html) });
      } catch {
        // Unreadable for now: the search step reads it at the end.
      }
    }
    this.timer = setTimeout(() => this.poll(), POLL_MS);
  }

  /** Stop looking; what was prepared so far is kept. */
  stop(): Map<string, PreparedFile> {
    this.stopped = true;
    clearTimeout(this.timer);
    return this.prepared;
  }
}
