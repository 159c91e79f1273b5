/**
 * Build the Pagefind index of a built site.
 *
 * Pagefind reads a copy of each page prepared here, never the served file: the copy carries the
 * page's filters, metadata and sort key (from the manifest Astro wrote, so templates stay free of
 * search attributes) and a fold region with its đ-words written as d (Pagefind folds tones, not
 * đ). Only `data-pagefind-body` regions are indexed, which keeps navigation out of the results.
 * Each hotline becomes a record of its own, linked to its card in the directory.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createIndex, close, type PagefindIndex } from 'pagefind';
import { PROJECT_ROOT } from '../../config/paths.ts';
import { archivePartFolder, COMMON_WORDS_FILE, PRIMARY_BUNDLE } from '../search-bundles.ts';
import { FOLD_CLOSE, FOLD_OPEN, foldRegion } from '../search-text.ts';
import { nameWeight, titleNameTokens } from '../name-tokens.ts';
import { packVocabulary } from '../query-plan.ts';
import { withBase } from '../../lib/routes.ts';
import { MANIFEST_ROUTE } from '../keys.ts';
import type { PageFacts, SearchManifest } from '../facts.ts';
import { bundlesOf, partNumber, SearchCopies, type ArchivePart, type Bundle } from './search-copies.ts';
import { walkFiles } from '../../../scripts/lib/run.ts';

const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Above this many older news, the archive's fragments (one small file per page, what a result
 * shows) are bundled a few to a file. Creating 7,000 files was ≈ 1.4 s of the archive's CPU time
 * and 0.8 s of the build at 10,000 entries; a search of the archive, asked for on purpose, then
 * fetches each result with a few neighbours (docs/performance.md).
 */
const ARCHIVE_FRAGMENT_FILES = 2000;

/**
 * Positions per index chunk (Pagefind's default: 20,000). A search downloads, for each word, the
 * chunk holding it, whatever the word: with the default a chunk weighed 12–36 KB compressed at
 * 10,000 entries and a query of three or four words went over 150 KB (docs/search.md). Pagefind
 * 1.6 reads this from an environment variable it calls unstable; a version without it keeps its
 * default and only the bytes per query grow (`npm run bench:search` shows it).
 */
const INDEX_CHUNK_POSITIONS = '5000';
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Pagefind's own weight for an h1. */
const TITLE_WEIGHT = 7;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * Table cells and description terms written side by side (`<dt>Lĩnh vực</dt><dd>Hộ tịch</dd>`)
 * reach Pagefind as one word ("vựchộ", "hiệutrích" from the legal table's header), so neither word
 * was found: a space after each cell separates them.
 */
export function separateCells(html: string): string {
  return html.replace(/<\/(td|th|dt|dd|li|caption)>/gi, (tag) => `${tag} `);
}

/**
 * Where the element whose start tag begins at `start` ends (after its closing tag), or the end of
 * the text. Astro writes well-formed HTML: counting the same tag name opening and closing is enough.
 */
export function elementEnd(html: string, start: number): number {
  const name = /^<([a-z0-9-]+)/i.exec(html.slice(start, start + 40))?.[1]?.toLowerCase() ?? '';
  if (!name) return html.length;
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : tag[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return tag.index + tag[0].length;
  }
  return html.length;
}

const IGNORED = /<[a-z][^>]*\sdata-pagefind-ignore\b/i;

/**
 * HTML without the elements Pagefind leaves out of the index (`data-pagefind-ignore`: print
 * footer, jump links), for counting the words the index holds.
 */
export function withoutIgnored(html: string): string {
  let out = html;
  for (let at = out.search(IGNORED); at >= 0; at = out.search(IGNORED)) out = out.slice(0, at) + out.slice(elementEnd(out, at));
  return out;
}

/** Rough visible text of HTML: enough to collect the words of a page, not to display it. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? ' ');
}

function factsBlock(facts: PageFacts | undefined): string {
  if (!facts) return '';
  const spans = [
    ...Object.entries(facts.filters).flatMap(([key, values]) =>
      values.map((value) => `<span data-pagefind-filter="${escapeHtml(key)}">${escapeHtml(value)}</span>`),
    ),
    ...Object.entries(facts.meta).map(([key, value]) => `<span data-pagefind-meta="${escapeHtml(key)}">${escapeHtml(value)}</span>`),
    ...Object.entries(facts.sort).map(([key, value]) => `<span data-pagefind-sort="${escapeHtml(key)}">${escapeHtml(value)}</span>`),
  ];
  // Filters, metadata and sort keys inside an ignored element are kept; its text is not indexed.
  return `<div data-pagefind-ignore>${spans.join('')}</div>`;
}

/**
 * What a page's copy needs from the page itself: its text made NFC and its fold regions. This is
 * the costly part (≈ 2.5 s at 10,000 pages), and it needs nothing from the manifest, so the build
 * does it while Astro is still writing the other pages (see PagePreparer).
 */
export interface PreparedPage {
  /** The NFC page, cut where the extra regions go. */
  before: string;
  after: string;
  /** The extra regions: folded title (with a heading's weight) and folded body. */
  folds: string;
  /** The body's text as Pagefind indexes it (ignored elements left out), for counting its words. */
  text: string;
  /** The page's title (its `title` heading) as text. */
  title: string;
}

export function preparePage(html: string): PreparedPage | undefined {
  const copy = separateCells(html.normalize('NFC'));
  const marker = copy.indexOf('data-pagefind-body');
  if (marker < 0) return undefined;
  const bodyStart = copy.indexOf('>', marker) + 1;
  // The body element's own closing tag stays out, so the cut is just before it.
  const bodyEnd = copy.lastIndexOf('</', elementEnd(copy, copy.lastIndexOf('<', marker)) - 1);
  // Only what Pagefind indexes: the print footer's "Đường dây nóng" (ignored) folded on every
  // procedure page made `duong day nong` find them all while `Đường dây nóng` did not.
  const text = htmlText(withoutIgnored(copy.slice(bodyStart, bodyEnd > bodyStart ? bodyEnd : undefined)));
  const fold = foldRegion(text);
  // The title's folded words get a heading's weight, as the accented title has.
  const title = /<(h[1-6])\b[^>]*data-pagefind-meta="title"[^>]*>([\s\S]*?)<\/\1>/.exec(copy.slice(bodyStart))?.[2] ?? '';
  const titleText = htmlText(title).replace(/\s+/g, ' ').trim();
  const titleFold = foldRegion(titleText);
  const folds =
    (titleFold ? `<p data-pagefind-weight="${TITLE_WEIGHT}">${escapeHtml(titleFold)}</p>` : '') + (fold ? `<p>${escapeHtml(fold)}</p>` : '');
  return { before: copy.slice(0, bodyStart), after: copy.slice(bodyStart), folds, text, title: titleText };
}

/**
 * The name tokens of a procedure (src/search/name-tokens.ts) as the region its copy carries: in
 * the fold markers (cut out of excerpts), weighted by how short the title is.
 */
export function nameRegion(title: string, groups: readonly string[][]): string {
  const tokens = titleNameTokens(title, groups);
  return tokens.length > 0 ? `<p data-pagefind-weight="${nameWeight(title)}">${FOLD_OPEN} ${tokens.join(' ')} ${FOLD_CLOSE}</p>` : '';
}

/** The copy Pagefind reads: the prepared page with the manifest's facts for it (and its name tokens). */
export function finishCopy(page: PreparedPage, facts: PageFacts | undefined, ownRecordIds: string[] = [], names = ''): string {
  let { before, after } = page;
  // Records of their own (hotline cards) must not be found twice, as part of the page too.
  for (const id of ownRecordIds) {
    const attribute = `id="${id}"`;
    if (before.includes(attribute)) before = before.replace(attribute, `${attribute} data-pagefind-ignore="all"`);
    else after = after.replace(attribute, `${attribute} data-pagefind-ignore="all"`);
  }
  return before + factsBlock(facts) + page.folds + names + after;
}

/**
 * The copy of a page that Pagefind indexes, or undefined when the page has no searchable region
 * (home, lists: they only repeat what the entries say).
 */
export function indexedCopy(html: string, facts: PageFacts | undefined, ownRecordIds: string[] = []): string | undefined {
  const page = preparePage(html);
  return page && finishCopy(page, facts, ownRecordIds);
}

/**
 * Only the part of a page that Pagefind indexes: the element carrying `data-pagefind-body`.
 * Header, navigation, related news, help block and footer are more than half of every page's
 * bytes; writing and parsing them 10,000 times cost seconds of build time for nothing (see
 * docs/performance.md), and the related headlines must not lend their words to the page.
 * Pages without the attribute are returned unchanged (and skipped later).
 */
export function indexedRegion(html: string): string {
  const marker = html.indexOf('data-pagefind-body');
  if (marker < 0) return html;
  const start = html.lastIndexOf('<', marker);
  const lang = /<html[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? 'vi';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${html.slice(start, elementEnd(html, start))}</body></html>`;
}

/** A built page as the search step keeps it: its indexed region, prepared. */
export function prepareFile(html: string): PreparedPage | undefined {
  return preparePage(indexedRegion(html));
}

/** `thu-tuc/x/index.html` → `thu-tuc/x/` (the route as the content model writes it). */
export function routeOfFile(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

function readManifest(siteDir: string): { manifest: SearchManifest; bytes: number | undefined } {
  const path = join(siteDir, MANIFEST_ROUTE);
  try {
    const text = readFileSync(path, 'utf8');
    const manifest = JSON.parse(text) as SearchManifest;
    rmSync(path, { force: true });
    return { manifest, bytes: Buffer.byteLength(text) };
  } catch {
    return { manifest: { pages: {}, records: [], ownRecords: {}, archiveCutoff: '' }, bytes: undefined };
  }
}

export interface SearchIndexStats {
  pages: number;
  records: number;
  /** Pages in the archive bundle (older news). */
  archivePages: number;
}

/** Write one bundle's files and drop the ready-made interfaces it does not use. */
async function writeBundle(index: PagefindIndex, outputPath: string): Promise<void> {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  // The search page has its own interface; Pagefind's ready-made ones would only weigh down
  // the copy a commune puts on its PC or LAN.
  for (const file of UNUSED_BUNDLE_FILES) rmSync(join(outputPath, file), { force: true });
}

async function newIndex(): Promise<PagefindIndex> {
  // The Node API starts its Pagefind process with this process's environment.
  process.env[CHUNK_SIZE_VARIABLE] ??= INDEX_CHUNK_POSITIONS;
  const { index, errors } = await createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(errors.join('; '));
  return index;
}

/**
 * Index a folder of prepared copies with a Pagefind process of its own and write its bundle. The
 * Node API sends every index to one shared Pagefind process, which handles them one after the
 * other: the archive (7,000 older news at 10,000 entries) took longer to write than everything
 * else, so it gets its own process and runs alongside the primary bundle.
 */
export interface PagefindRun {
  pageCount: number;
  problems: string[];
}

export async function runPagefindCli(site: string, outputPath: string, extraArguments: string[] = [], signal?: AbortSignal): Promise<PagefindRun> {
  // The binary itself, not the npm wrapper: the wrapper waits for it with spawnSync, so stopping
  // the wrapper would leave the binary writing into a folder the failed build is removing.
  const binaryModule = pathToFileURL(join(PROJECT_ROOT, 'node_modules', 'pagefind', 'lib', 'resolveBinary.js')).href;
  const { resolveBinaryPath } = (await import(binaryModule)) as { resolveBinaryPath: (names: string[]) => string };
  const binary = resolveBinaryPath(['pagefind_extended', 'pagefind']);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(binary, ['--site', site, '--output-path', outputPath, '--force-language', 'vi', '--silent', ...extraArguments], {
      stdio: ['ignore', 'ignore', 'pipe'],
      ...(signal && { signal }),
      env: { ...process.env, [CHUNK_SIZE_VARIABLE]: process.env[CHUNK_SIZE_VARIABLE] ?? INDEX_CHUNK_POSITIONS },
    });
    const stopChild = () => child.kill();
    process.once('exit', stopChild);
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      process.off('exit', stopChild);
      const problems = code === 0 ? [] : [errors.trim() || `pagefind: ${code}`];
      let pageCount = 0;
      try {
        const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        pageCount = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
      } catch {
        if (code === 0) problems.push(`Pagefind không ghi được ${join(outputPath, 'pagefind-entry.json')}`);
      }
      for (const file of UNUSED_BUNDLE_FILES) rmSync(join(outputPath, file), { force: true });
      resolvePromise({ pageCount, problems });
    });
  });
}

/** Folder of a bundle, relative to the site. */
const folderOfBundle = (bundle: Bundle) => (bundle === 'primary' ? PRIMARY_BUNDLE : archivePartFolder(partNumber(bundle)));

/** Index the copies of an archive part into its bundle in the site (a Pagefind process of its own). */
export function indexArchive(copies: SearchCopies, part: ArchivePart, manifest: SearchManifest, siteDir: string, signal?: AbortSignal): Promise<PagefindRun> {
  // The archive's fragment files stay at ARCHIVE_FRAGMENT_FILES in all, however many parts.
  const fragmentFiles = Math.ceil(ARCHIVE_FRAGMENT_FILES / Math.max(1, bundlesOf(manifest).length - 1));
  return runPagefindCli(copies.folderOf(part), join(siteDir, folderOfBundle(part)), ['--max-fragments', String(fragmentFiles)], signal);
}

/**
 * Index the primary copies and the manifest's records (one per hotline) into the primary bundle,
 * through the Node API: records cannot be given to the command-line program.
 */
export async function indexPrimary(copies: SearchCopies, manifest: SearchManifest, siteDir: string, basePath: string): Promise<PagefindRun> {
  const index = await newIndex();
  const problems: string[] = [];
  let pageCount = 0;
  try {
    if (copies.counts.primary > 0) {
      // Pagefind reads the copies from a folder, parsing them in its own threads: faster than
      // sending 10,000 pages to it one message at a time (docs/performance.md).
      const result = await index.addDirectory({ path: copies.folderOf('primary') });
      pageCount = result.page_count;
      problems.push(...result.errors);
    }
    for (const record of manifest.records) {
      const result = await index.addCustomRecord({
        url: withBase(basePath, record.route),
        content: `${foldRegion(record.content)} ${record.content}`,
        language: 'vi',
        meta: record.meta,
        filters: record.filters,
        sort: record.sort,
      });
      problems.push(...result.errors);
    }
    if (problems.length === 0) await writeBundle(index, join(siteDir, PRIMARY_BUNDLE));
  } finally {
    // The Pagefind process is shared and stays up: a run started anew must not add to this index.
    await index.deleteIndex();
  }
  return { pageCount, problems };
}

/** Index one bundle of the site: the primary one through the Node API, an archive part alone. */
export function indexBundle(copies: SearchCopies, bundle: Bundle, manifest: SearchManifest, siteDir: string, basePath: string, signal?: AbortSignal): Promise<PagefindRun> {
  return bundle === 'primary' ? indexPrimary(copies, manifest, siteDir, basePath) : indexArchive(copies, bundle, manifest, siteDir, signal);
}

/** A bundle's run: the one started while Astro ran if its copies are still the same, else a new one. */
async function runOf(copies: SearchCopies, bundle: Bundle, start: () => Promise<PagefindRun>, siteDir: string): Promise<{ done: Promise<PagefindRun> } | undefined> {
  const early = copies.early[bundle];
  if (early && early.version === copies.version[bundle]) return { done: early.done };
  if (early) {
    await copies.stopEarly(bundle);
    rmSync(join(siteDir, folderOfBundle(bundle)), { recursive: true, force: true });
  }
  return bundle === 'primary' || (copies.counts[bundle] ?? 0) > 0 ? { done: start() } : undefined;
}

/** Stop and discard every run started early (the copies are about to be made again). */
async function discardEarlyRuns(copies: SearchCopies, siteDir: string): Promise<void> {
  for (const bundle of copies.earlyBundles()) {
    await copies.stopEarly(bundle);
    rmSync(join(siteDir, folderOfBundle(bundle)), { recursive: true, force: true });
  }
}

/**
 * Two bundles (src/search/search-bundles.ts): `pagefind/` with procedures, hotlines, models,
 * contests and recent news, and `pagefind-luu-tru/` with older news, only written when there are
 * any; a large archive is written in parts (`pagefind-luu-tru-2/`…, older and older). `copies`
 * holds what the build already wrote while Astro ran (PagePreparer), and the bundles it already
 * began to index; whatever is missing, changed since, or finished with another manifest is done
 * here.
 */
export async function buildSearchIndex(siteDir: string, basePath: string, given?: SearchCopies): Promise<SearchIndexStats> {
  const { manifest, bytes: manifestBytes } = readManifest(siteDir);
  let copies = given ?? new SearchCopies(siteDir, basePath);
  if (copies.manifestBytes !== undefined && copies.manifestBytes !== manifestBytes) {
    await discardEarlyRuns(copies, siteDir);
    rmSync(copies.root, { recursive: true, force: true });
    copies = new SearchCopies(siteDir, basePath);
  }
  if (copies.manifestBytes === undefined) copies.makeFolders(manifest);
  const problems: string[] = [];
  // BUILD_TIMINGS=1: when each bundle was done (docs/performance.md).
  const searchStarted = performance.now();
  const files = walkFiles(siteDir).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind') && !file.startsWith('.pagefind-copies'));
  try {
    for (const file of files) {
      const path = join(siteDir, file);
      if (copies.written.get(file)?.bytes === statSync(path).size) continue;
      const bytes = readFileSync(path);
      copies.add(file, bytes.toString('utf8'), bytes.length, manifest);
    }
    const { counts } = copies;
    // Usually already running, or even done: each bundle's pages are all written before Astro
    // ends, and it is indexed from then on (page-preparer.ts).
    const runs: { bundle: Bundle; done: Promise<PagefindRun> }[] = [];
    try {
      // A run started for a bundle the final manifest no longer has is stopped by runOf.
      for (const bundle of new Set<Bundle>([...bundlesOf(manifest), ...copies.earlyBundles()])) {
        const start = () => indexBundle(copies, bundle, manifest, siteDir, basePath);
        const run = await runOf(copies, bundle, start, siteDir);
        if (run) runs.push({ bundle, done: run.done });
      }
    } finally {
      // Even with one failing, every run is waited for, and the primary's process closed, before leaving.
      for (const { bundle, done } of runs) {
        const run = await done.catch((error: Error) => ({ pageCount: -1, problems: [error.message] }));
        if (process.env.BUILD_TIMINGS === '1') console.log(`    [${bundle} done at ${((performance.now() - searchStarted) / 1000).toFixed(2)} s of the search step]`);
        problems.push(...run.problems);
        const expected = counts[bundle] ?? 0;
        if (run.problems.length === 0 && run.pageCount !== expected) problems.push(`Pagefind chỉ đọc được ${run.pageCount}/${expected} trang`);
      }
      await close();
    }
    if (problems.length === 0) {
      for (const record of manifest.records) copies.primaryWords.add(record.content);
      const archiveParts = runs.filter(({ bundle }) => bundle !== 'primary').map(({ bundle }) => folderOfBundle(bundle));
      const vocabulary = { ...copies.vocabulary(), ...(archiveParts.length > 1 && { archiveParts }) };
      writeFileSync(join(siteDir, COMMON_WORDS_FILE), JSON.stringify(packVocabulary(vocabulary)));
    }
  } finally {
    // A run started early and still going (the copies failed): stopped before its input is removed.
    await Promise.all(copies.earlyBundles().map((bundle) => copies.stopEarly(bundle)));
    rmSync(copies.root, { recursive: true, force: true });
  }
  if (problems.length > 0) throw new Error(problems.join('; '));
  const pages = Object.values(copies.counts).reduce((sum, count) => sum + count, 0);
  return { pages, records: manifest.records.length, archivePages: pages - copies.counts.primary };
}
