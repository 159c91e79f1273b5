/**
 * The folder of copies Pagefind indexes (one per searchable page, see search-index.ts), written
 * as soon as each page and the search manifest exist. The build writes most of them while Astro
 * is still writing the other pages (PagePreparer), so that Pagefind can start the moment Astro
 * ends; the search step writes whatever is missing or changed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { WordPageCounter } from '../../src/lib/search-text.ts';
import type { SearchManifest } from '../../src/search/facts.ts';
import { finishCopy, htmlText, prepareFile, routeOfFile, withoutIgnored } from './search-index.ts';

export type Bundle = 'primary' | 'archive';

export interface CopyState {
  /** Bytes of the built page that was read: a page whose size differs at the end is read again. */
  bytes: number;
  /** Where its copy went; undefined for a page without a searchable region (home, lists). */
  bundle: Bundle | undefined;
}

export class SearchCopies {
  readonly root: string;
  readonly written = new Map<string, CopyState>();
  readonly counts: Record<Bundle, number> = { primary: 0, archive: 0 };
  /** Words of the primary bundle's pages, for its list of near-universal words. */
  readonly primaryWords = new WordPageCounter();
  /** Size of the search manifest the copies were finished with (checked against the final one). */
  manifestBytes: number | undefined;
  private readonly basePath: string;
  /** Folders already made: one mkdir per page instead of a recursive one (≈ 1 s at 10,000 pages). */
  private readonly folders = new Set<string>();

  constructor(siteDir: string, basePath: string) {
    // Inside the half-built site: a killed build leaves nothing behind that outlives it.
    this.root = join(siteDir, '.pagefind-copies');
    this.basePath = basePath;
  }

  /** The folder Pagefind reads for one bundle; the base path is a folder level of it. */
  folderOf(bundle: Bundle): string {
    return join(this.root, bundle);
  }

  private makeFolder(folder: string): void {
    if (this.folders.has(folder)) return;
    const parent = dirname(folder);
    if (parent !== folder && !this.folders.has(parent)) this.makeFolder(parent);
    mkdirSync(folder, { recursive: true });
    this.folders.add(folder);
  }

  private copyPath(bundle: Bundle, file: string): string {
    return join(this.folderOf(bundle), ...this.basePath.split('/').filter(Boolean), file);
  }

  /** Prepare, finish and write the copy of one built page (`file` relative to the site). */
  add(file: string, html: string, bytes: number, manifest: SearchManifest): void {
    const previous = this.written.get(file)?.bundle;
    if (previous) {
      this.counts[previous] -= 1;
      rmSync(this.copyPath(previous, file), { force: true });
    }
    const page = prepareFile(html);
    if (!page) {
      this.written.set(file, { bytes, bundle: undefined });
      return;
    }
    const route = routeOfFile(file);
    const facts = manifest.pages[route];
    const bundle: Bundle = facts?.archive ? 'archive' : 'primary';
    const target = this.copyPath(bundle, file);
    this.makeFolder(dirname(target));
    writeFileSync(target, finishCopy(page, facts, manifest.ownRecords[route]));
    this.counts[bundle] += 1;
    // A page rewritten after it was read (Astro writes each page once) is not counted twice.
    if (bundle === 'primary' && !previous) this.primaryWords.add(htmlText(withoutIgnored(page.after)));
    this.written.set(file, { bytes, bundle });
  }
}
