/**
 * The search side of the fast publish (docs/fast-publish.md): the pages it changed since the last
 * full build are indexed into small bundles of their own, which the search page merges into the
 * primary bundle (and older news into the archive one) with Pagefind's mergeIndex; the addresses
 * whose results in the main bundles are out of date (edited or deleted pages) are written with them
 * for the search page to leave out. Re-indexing 10,000 pages for one article took most of a full
 * build's search step; this indexes a handful.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withBase } from '../../lib/routes.ts';
import type { SearchManifest } from '../facts.ts';
import type { VocabularyFile } from '../query-plan.ts';
import { COMMON_WORDS_FILE, DELTA_ARCHIVE_BUNDLE, DELTA_BUNDLE, DELTA_META, type DeltaStatus } from '../search-bundles.ts';
import { SearchCopies, type Bundle } from './search-copies.ts';
import { runPagefindCli } from './search-index.ts';

/** Files of a Pagefind bundle a delta does not need: the primary bundle's engine searches it. */
const ENGINE_FILES = /^(pagefind\.js|pagefind-worker\.js|wasm\..*\.pagefind)$/;

/**
 * Say what the delta bundles hold in the vocabulary file, which every search reads first: no
 * request of its own. Written as a new file, never through the hard link the fast publish's copy
 * of the site holds to the live one.
 */
function writeStatus(siteDir: string, status: DeltaStatus): void {
  const file = join(siteDir, COMMON_WORDS_FILE);
  const vocabulary = JSON.parse(readFileSync(file, 'utf8')) as VocabularyFile;
  rmSync(file);
  writeFileSync(file, JSON.stringify({ ...vocabulary, delta: status }));
}

/**
 * Index the pages at `routes` of the site in `siteDir` that have a searchable region into the delta
 * bundles, and list the routes `staleOf(indexed)` gives as out of date in the main bundles. Returns
 * the routes indexed.
 */
export async function writeSearchDelta(
  siteDir: string,
  basePath: string,
  manifest: SearchManifest,
  routes: readonly string[],
  staleOf: (indexed: readonly string[]) => readonly string[],
): Promise<string[]> {
  for (const folder of [DELTA_BUNDLE, DELTA_ARCHIVE_BUNDLE]) rmSync(join(siteDir, folder), { recursive: true, force: true });
  const pages: SearchManifest['pages'] = {};
  for (const route of routes) {
    // Pages without facts (recent bulletin issues) are indexed all the same, as in the full build;
    // each carries the mark that tells its results from the out-of-date ones.
    const facts = manifest.pages[route];
    pages[route] = { filters: facts?.filters ?? {}, meta: { ...facts?.meta, [DELTA_META]: '1' }, sort: facts?.sort ?? {}, ...(facts?.archive && { archive: true as const }) };
  }
  const deltaManifest: SearchManifest = { ...manifest, pages, records: [] };
  const indexed: string[] = [];
  const copies = new SearchCopies(siteDir, basePath);
  try {
    copies.makeFolders(deltaManifest);
    for (const route of routes) {
      const file = `${route}index.html`;
      const bytes = readFileSync(join(siteDir, file));
      copies.add(file, bytes.toString('utf8'), bytes.length, deltaManifest);
      // Home and list pages have no searchable region: nothing of theirs is in any index.
      if (copies.written.get(file)?.bundle) indexed.push(route);
    }
    const bundles: [Bundle, string][] = [
      ['primary', DELTA_BUNDLE],
      ['archive', DELTA_ARCHIVE_BUNDLE],
    ];
    for (const [bundle, folder] of bundles) {
      if (copies.counts[bundle] === 0) continue;
      const output = join(siteDir, folder);
      const { pageCount, problems } = await runPagefindCli(copies.folderOf(bundle), output);
      if (problems.length > 0) throw new Error(problems.join('; '));
      if (pageCount !== copies.counts[bundle]) throw new Error(`Pagefind chỉ đọc được ${pageCount}/${copies.counts[bundle]} trang`);
      for (const name of readdirSync(output)) if (ENGINE_FILES.test(name)) rmSync(join(output, name), { force: true });
    }
  } finally {
    rmSync(copies.root, { recursive: true, force: true });
  }
  writeStatus(siteDir, {
    pages: copies.counts.primary,
    archivePages: copies.counts.archive,
    stale: staleOf(indexed).map((route) => withBase(basePath, route)),
  });
  return indexed;
}
