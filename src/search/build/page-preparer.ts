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
import { ARCHIVE_BUNDLE, PRIMARY_BUNDLE } from '../search-bundles.ts';
import type { SearchManifest } from '../facts.ts';
import { bundleOf, bundlesOf, SearchCopies, type Bundle } from './search-copies.ts';
import { indexBundle, routeOfFile } from './search-index.ts';

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
  private readonly basePath: string;
  /** Pages of each bundle the manifest lists, and how many of them were read. */
  private readonly listed = new Map<Bundle, number>();
  private readonly seen = new Map<Bundle, number>();
  private readonly seenFiles = new Set<string>();
  /** The bundles' folders (`pagefind`, `pagefind-luu-tru`, `pagefind-luu-tru-2`…): Pagefind writes into them while Astro still writes pages. */
  private readonly isBundleFolder = (name: string) => name === PRIMARY_BUNDLE.replace(/\/$/, '') || name.startsWith(ARCHIVE_BUNDLE.replace(/\/$/, ''));

  constructor(siteDir: string, basePath: string) {
    this.siteDir = siteDir;
    this.basePath = basePath;
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
      for (const page of Object.values(this.manifest.pages)) this.listed.set(bundleOf(page), (this.listed.get(bundleOf(page)) ?? 0) + 1);
    } catch {
      this.manifest = undefined;
    }
  }

  private poll(): void {
    if (this.stopped) return;
    if (!this.manifest) this.readManifest();
    // Astro creates the output folder itself, once it starts writing.
    if (this.manifest && existsSync(this.siteDir)) this.walk('');
    this.startBundlesWhenComplete();
    this.timer = setTimeout(() => this.poll(), POLL_MS);
  }

  /**
   * Pagefind indexes a bundle on one core, mostly, and after Astro the two bundles of a
   * 10,000-entry site took 20 s on two cores, the archive (7,585 pages) setting the time. Each
   * bundle now starts as soon as the last page the manifest lists for it is read, at this
   * process's lowered priority. Astro writes the recent news first and then the older ones oldest
   * first (src/pages/tin-tuc/[id].astro): the primary bundle is complete as the news begin
   * (unless pages it holds come after them, as documents do), a large archive's older part
   * midway through them, the newest part a few seconds before Astro ends (the news lists, the
   * home page and Astro's own finishing come after it). The cores are not idle then (Astro, and
   * this process's copies): in `npm run bench` this brought the full build from 1.05× to 0.98×
   * the bare build, not more (docs/performance.md, seventh session). A page the
   * manifest does not list (a recent bulletin issue, the plan) is written before the news. The
   * search step uses a run only if none of its bundle's copies changed since
   * (SearchCopies.version), and starts the others itself.
   */
  private startBundlesWhenComplete(): void {
    const manifest = this.manifest;
    if (!manifest) return;
    for (const bundle of bundlesOf(manifest)) {
      if (this.copies.early[bundle] || (this.seen.get(bundle) ?? 0) !== this.listed.get(bundle)) continue;
      this.copies.startEarly(bundle, (signal) => indexBundle(this.copies, bundle, manifest, this.siteDir, this.basePath, signal));
    }
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
        if (!this.finished.has(file) && !file.startsWith('.pagefind-copies') && !this.isBundleFolder(file)) this.walk(file);
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
      const facts = this.manifest!.pages[routeOfFile(file)];
      if (facts && !this.seenFiles.has(file)) {
        this.seenFiles.add(file);
        this.seen.set(bundleOf(facts), (this.seen.get(bundleOf(facts)) ?? 0) + 1);
      }
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
