/**
 * The folder of copies Pagefind indexes (one per searchable page, see search-index.ts), written
 * as soon as each page and the search manifest exist. The build writes most of them while Astro
 * is still writing the other pages (PagePreparer), so that Pagefind can start the moment Astro
 * ends; the search step writes whatever is missing or changed.
 */
import { mkdirSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { WordPageCounter } from '../search-text.ts';
import { search as searchStrings } from '../../i18n/search.ts';
import type { PageFacts, SearchManifest } from '../facts.ts';
import { FILTER_KEYS } from '../keys.ts';
import { titlePairs } from '../name-tokens.ts';
import type { SearchVocabulary } from '../query-plan.ts';
import { searchSynonymGroups } from '../synonyms.ts';
import { finishCopy, nameRegion, prepareFile, routeOfFile, type PagefindRun } from './search-index.ts';
import { RAM_COPIES_PREFIX, RAM_FOLDER } from './ram-folder.ts';

/** An archive part (search-bundles.ts): `archive` for the newest, then `archive-1`, `archive-2`… */
export type ArchivePart = 'archive' | `archive-${number}`;
export type Bundle = 'primary' | ArchivePart;

/** The bundle a page's copy goes to. */
export function bundleOf(facts: PageFacts | undefined): Bundle {
  if (!facts?.archive) return 'primary';
  return facts.archivePart ? `archive-${facts.archivePart}` : 'archive';
}

/** Number of an archive part: 0 for the newest. */
export function partNumber(part: ArchivePart): number {
  return part === 'archive' ? 0 : Number(part.slice('archive-'.length));
}

/** The bundles `manifest` lists pages for: the primary first, then the archive parts, newest first. */
export function bundlesOf(manifest: SearchManifest): Bundle[] {
  const parts = new Set<ArchivePart>();
  for (const facts of Object.values(manifest.pages)) {
    const bundle = bundleOf(facts);
    if (bundle !== 'primary') parts.add(bundle);
  }
  return ['primary', ...[...parts].sort((a, b) => partNumber(a) - partNumber(b))];
}

/** A bundle's Pagefind run started before the search step (SearchCopies.startEarly). */
export interface EarlyRun {
  /** SearchCopies.version of its bundle when it started. */
  version: number;
  done: Promise<PagefindRun>;
  stop: AbortController;
  startedAt: number;
}

export interface CopyState {
  /** Bytes of the built page that was read: a page whose size differs at the end is read again. */
  bytes: number;
  /** Where its copy went; undefined for a page without a searchable region (home, lists). */
  bundle: Bundle | undefined;
}

export { RAM_COPIES_PREFIX, RAM_FOLDER };
/** Free space RAM_FOLDER must have: copies take ≈ 13 KB a page (130 MB at 10,000 entries). */
const RAM_FOLDER_MIN_FREE = 1024 ** 3;

/**
 * The copies are written once, read once by Pagefind and deleted: on this machine creating
 * 10,000 folders and files on disk while Astro writes its pages cost ≈ 4.5 s of CPU and their
 * removal 0.4 s at the end of the build. Where the system has a RAM-backed folder with room, they
 * go there; elsewhere (Windows, a small /dev/shm in a container) inside the half-built site.
 */
export function copiesRootFor(siteDir: string): string {
  try {
    const { bavail, bsize } = statfsSync(RAM_FOLDER);
    if (bavail * bsize >= RAM_FOLDER_MIN_FREE) return mkdtempSync(join(RAM_FOLDER, `${RAM_COPIES_PREFIX}${process.pid}-`));
  } catch {
    // No such folder, or not writable: the site folder it is.
  }
  return join(siteDir, '.pagefind-copies');
}

/** Only procedures carry name tokens: people search for them by name (name-tokens.ts). */
const isProcedure = (facts: PageFacts | undefined) => facts?.filters[FILTER_KEYS.type]?.includes(searchStrings.types.procedure) === true;

export class SearchCopies {
  readonly root: string;
  readonly written = new Map<string, CopyState>();
  readonly counts: Record<Bundle, number> = { primary: 0, archive: 0 };
  /** Words of the primary bundle's pages, for its list of near-universal words. */
  readonly primaryWords = new WordPageCounter();
  /** Synonym groups (shipped vocabulary and the site's synonyms.yaml), folded and merged. */
  readonly groups: string[][];
  /** Folded word pairs of procedure titles → how many titles hold them. */
  private readonly namePairs = new Map<string, number>();
  private procedures = 0;
  /** Counts every copy of a bundle written, rewritten or removed: an index is of one version. */
  readonly version: Record<Bundle, number> = { primary: 0, archive: 0 };
  /** Pagefind runs started before the search step (startEarly). */
  readonly early: Partial<Record<Bundle, EarlyRun>> = {};
  /** Size of the search manifest the copies were finished with (checked against the final one). */
  manifestBytes: number | undefined;
  private readonly basePath: string;
  /** Folders already made: one mkdir per page instead of a recursive one (≈ 1 s at 10,000 pages). */
  private readonly folders = new Set<string>();

  constructor(siteDir: string, basePath: string, root = copiesRootFor(siteDir), groups: string[][] = searchSynonymGroups()) {
    this.root = root;
    this.basePath = basePath;
    this.groups = groups;
  }

  /**
   * The search page's vocabulary (query-plan.ts): near-universal words, the word pairs that name
   * procedures, the synonym groups. It is part of every first query's bytes: with the 1,601 real
   * procedures, pairs in 2 titles or more made 3,462 pairs (11 KB gzip), in 3 or more 2,140
   * (7 KB), so from 200 procedures on a pair must be in 3 titles (rarer ones are still found
   * by their words). Pairs of two near-universal words ("dang ky") are never used, not written.
   * Every synonym group is written, even one that no procedure's title carries (at 10,000
   * generated entries titles carry only 8 of the 187): such a group still holds its words together as one thing, searched
   * word by word when its name is found nowhere, instead of letting a pair inside it ("dia
   * phuong" of "chính quyền địa phương hai cấp") pick procedures so named (docs/search.md).
   */
  vocabulary(): SearchVocabulary {
    const common = this.primaryWords.common();
    const minTitles = this.procedures >= 200 ? 3 : 1;
    const phrases = [...this.namePairs]
      .filter(([pair, titles]) => titles >= minTitles && pair.split(' ').some((word) => common.words[word] === undefined))
      .map(([pair]) => pair)
      .sort();
    return { ...common, phrases, groups: this.groups };
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

  /**
   * Make the folders of every page the manifest lists, in sorted order, before any copy is
   * written. Pagefind numbers pages in the order it walks the folders, and a RAM folder (tmpfs)
   * lists entries in the order they were made: made as pages came out of Astro, that order
   * changed from build to build, so every index file changed too (a province syncing its portal
   * would upload the whole index each time).
   */
  makeFolders(manifest: SearchManifest): void {
    for (const route of Object.keys(manifest.pages).sort()) {
      const bundle = bundleOf(manifest.pages[route]);
      this.makeFolder(dirname(this.copyPath(bundle, `${route}index.html`)));
    }
  }

  /**
   * Index a bundle's copies now, while the site is still being written. The search step uses this
   * run only if none of the bundle's copies changed since (its version).
   */
  startEarly(bundle: Bundle, run: (signal: AbortSignal) => Promise<PagefindRun>): void {
    const stop = new AbortController();
    const done = run(stop.signal).catch((error: Error) => ({ pageCount: -1, problems: [error.message] }));
    this.early[bundle] = { version: this.version[bundle] ?? 0, done, stop, startedAt: performance.now() };
  }

  /** The bundles with a run started early. */
  earlyBundles(): Bundle[] {
    return Object.keys(this.early) as Bundle[];
  }

  /** Stop a bundle's run started early and wait until it has ended. */
  async stopEarly(bundle: Bundle): Promise<void> {
    const run = this.early[bundle];
    if (!run) return;
    run.stop.abort();
    await run.done;
    delete this.early[bundle];
  }

  /** Signal every run started early to stop (a failed build, which exits next). */
  abortEarly(): void {
    for (const run of Object.values(this.early)) run?.stop.abort();
  }

  /** Prepare, finish and write the copy of one built page (`file` relative to the site). */
  add(file: string, html: string, bytes: number, manifest: SearchManifest): void {
    const previous = this.written.get(file)?.bundle;
    if (previous) {
      this.version[previous] = (this.version[previous] ?? 0) + 1;
      this.counts[previous] = (this.counts[previous] ?? 0) - 1;
      rmSync(this.copyPath(previous, file), { force: true });
    }
    const page = prepareFile(html);
    if (!page) {
      this.written.set(file, { bytes, bundle: undefined });
      return;
    }
    const route = routeOfFile(file);
    const facts = manifest.pages[route];
    const bundle = bundleOf(facts);
    const target = this.copyPath(bundle, file);
    this.makeFolder(dirname(target));
    const names = isProcedure(facts) ? nameRegion(page.title, this.groups) : '';
    writeFileSync(target, finishCopy(page, facts, manifest.ownRecords[route], names));
    if (names && !previous) {
      this.procedures += 1;
      for (const pair of titlePairs(page.title)) this.namePairs.set(pair, (this.namePairs.get(pair) ?? 0) + 1);
    }
    this.counts[bundle] = (this.counts[bundle] ?? 0) + 1;
    this.version[bundle] = (this.version[bundle] ?? 0) + 1;
    // A page rewritten after it was read (Astro writes each page once) is not counted twice.
    if (bundle === 'primary' && !previous) this.primaryWords.add(page.text);
    this.written.set(file, { bytes, bundle });
  }
}
