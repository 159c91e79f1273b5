/**
 * Writes the search copies of pages while Astro is still writing the others.
 *
 * Astro renders on one core; the other one sat idle for most of the build while the search step
 * later spent seconds reading every page, computing its fold regions and writing its copy
 * (docs/performance.md). This poller does that work as the pages appear, once Astro has written
 * the search manifest (each copy needs its page's facts). It is only a head start: the search
 * step checks the size of every page and of the manifest against what was read here and redoes
 * any page missed, read half-written or rewritten, so a lost event (or a platform where watching
 * fails) costs time, never a wrong index.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_ROUTE } from '../keys.ts';
import type { SearchManifest } from '../facts.ts';
import { walkFiles } from '../../../scripts/lib/run.ts';
import { SearchCopies } from './search-copies.ts';

/**
 * How often the output folder is looked through. A walk of 10,000 page folders takes ≈ 55 ms.
 * Node's recursive fs.watch was tried first: on Linux it made Astro's build five times slower
 * (78 s instead of 14 s at 10,000 entries), so the folder is polled instead.
 */
const POLL_MS = 500;

export class PagePreparer {
  readonly copies: SearchCopies;
  private manifest: SearchManifest | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly siteDir: string;

  constructor(siteDir: string, basePath: string) {
    this.siteDir = siteDir;
    this.copies = new SearchCopies(siteDir, basePath);
    this.timer = setTimeout(() => this.poll(), POLL_MS);
  }

  private readManifest(): void {
    try {
      const text = readFileSync(join(this.siteDir, MANIFEST_ROUTE), 'utf8');
      // Half-written JSON does not parse: the next poll reads it again.
      this.manifest = JSON.parse(text) as SearchManifest;
      this.copies.manifestBytes = Buffer.byteLength(text);
      this.copies.makeFolders(this.manifest);
    } catch {
      this.manifest = undefined;
    }
  }

  private poll(): void {
    if (this.stopped) return;
    if (!this.manifest) this.readManifest();
    const manifest = this.manifest;
    let files: string[] = [];
    try {
      // Astro creates the output folder itself, once it starts writing.
      if (manifest && existsSync(this.siteDir)) files = walkFiles(this.siteDir);
    } catch {
      // A folder changed under the walk: the next poll sees it.
    }
    for (const file of files) {
      if (!file.endsWith('.html') || this.copies.written.has(file) || file.startsWith('.pagefind-copies')) continue;
      try {
        const bytes = readFileSync(join(this.siteDir, file));
        const html = bytes.toString('utf8');
        // Half-written: the next poll reads it again.
        if (!html.trimEnd().endsWith('</html>')) continue;
        this.copies.add(file, html, bytes.length, manifest!);
      } catch {
        // Unreadable for now: the search step reads it at the end.
      }
    }
    this.timer = setTimeout(() => this.poll(), POLL_MS);
  }

  /** Stop looking; the copies written so far are kept for the search step. */
  stop(): SearchCopies {
    this.stopped = true;
    clearTimeout(this.timer);
    return this.copies;
  }
}
