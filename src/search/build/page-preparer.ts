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
import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_ROUTE } from '../keys.ts';
import type { SearchManifest } from '../facts.ts';
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
  /** Page folders whose pages all have their copy (see walk()). */
  private readonly finished = new Set<string>();

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
    // Astro creates the output folder itself, once it starts writing.
    if (this.manifest && existsSync(this.siteDir)) this.walk('');
    this.timer = setTimeout(() => this.poll(), POLL_MS);
  }

  /**
   * Looks through a folder for pages without a copy. A page folder is looked into until every page
   * in it has its copy, then never again: walking all 12,000 folders every half second was 4.8 s
   * of this process's CPU in a 10,000-entry build (CPU profile, `readdir`), on the core that Astro's
   * file writes and the content check share. Folders holding other folders are always looked
   * through, since Astro may still add pages under them.
   */
  private walk(relative: string): void {
    let entries: Dirent[];
    try {
      entries = readdirSync(relative ? join(this.siteDir, relative) : this.siteDir, { withFileTypes: true });
    } catch {
      // A folder changed under the walk: the next poll sees it.
      return;
    }
    let pages = 0;
    let allCopied = true;
    let hasFolders = false;
    for (const entry of entries) {
      const file = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        hasFolders = true;
        if (!this.finished.has(file) && !file.startsWith('.pagefind-copies')) this.walk(file);
      } else if (file.endsWith('.html')) {
        pages += 1;
        if (!this.copies.written.has(file) && !this.prepare(file)) allCopied = false;
      }
    }
    // An empty folder may be one Astro has just made for a page it is about to write.
    if (relative && !hasFolders && pages > 0 && allCopied) this.finished.add(relative);
  }

  /** Writes the copy of one page; false when it cannot yet (half-written, unreadable). */
  private prepare(file: string): boolean {
    try {
      const bytes = readFileSync(join(this.siteDir, file));
      const html = bytes.toString('utf8');
      // Half-written: the next poll reads it again.
      if (!html.trimEnd().endsWith('</html>')) return false;
      this.copies.add(file, html, bytes.length, this.manifest!);
      return true;
    } catch {
      // Unreadable for now: the search step reads it at the end.
      return false;
    }
  }

  /** Stop looking; the copies written so far are kept for the search step. */
  stop(): SearchCopies {
    this.stopped = true;
    clearTimeout(this.timer);
    return this.copies;
  }
}
