/**
 * The search side of the fast publish (docs/fast-publish.md): the pages it changed since the last
 * full build are indexed into a small bundle of their own, which the search page merges into the
 * primary one (Pagefind's mergeIndex), and the addresses whose results in the main bundles are out
 * of date (edited or deleted pages) are listed beside it for the search page to leave out. Re-indexing
 * 10,000 pages for one article took most of a full build's search step; this indexes a handful.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { withBase } from '../../lib/routes.ts';
import type { SearchManifest } from '../facts.ts';
import { DELTA_BUNDLE, DELTA_META, DELTA_STATUS_FILE, type DeltaStatus } from '../search-bundles.ts';
import { SearchCopies } from './search-copies.ts';
import { runPagefindCli } from './search-index.ts';

/** Written by every full build: nothing to merge, nothing out of date. */
export function writeEmptyDelta(siteDir: string): void {
  rmSync(join(siteDir, DELTA_BUNDLE), { recursive: true, force: true });
  writeStatus(siteDir, { pages: 0, stale: [] });
}

function writeStatus(siteDir: string, status: DeltaStatus): void {
  const file = join(siteDir, DELTA_STATUS_FILE);
  mkdirSync(dirname(file), { recursive: true });
  // A fresh file, never a write through the hard link the fast publish's copy of the site holds.
  rmSync(file, { force: true });
  writeFileSync(file, JSON.stringify(status));
}

/** Files of a Pagefind bundle the delta does not need: the primary bundle's engine searches it. */
const ENGINE_FILES = /^(pagefind\.js|pagefind-worker\.js|wasm\..*\.pagefind)$/;

/**
 * Index the pages at `routes` of the site in `siteDir` that have a searchable region into the delta
 * bundle, and list the routes `staleOf(indexed)` gives as out of date in the main bundles. Returns
 * the routes indexed.
 */
export async function writeSearchDelta(
  siteDir: string,
  basePath: string,
  manifest: SearchManifest,
  routes: readonly string[],
  staleOf: (indexed: readonly string[]) => readonly string[],
): Promise<string[]> {
  const bundle = join(siteDir, DELTA_BUNDLE);
  rmSync(bundle, { recursive: true, force: true });
  // Every page of the delta goes in one bundle (the primary folder of the copies), older news
  // too, and carries the mark that tells its results from the out-of-date ones.
  const pages: SearchManifest['pages'] = {};
  for (const route of routes) {
    // Pages without facts (recent bulletin issues) are indexed all the same, as in the full build.
    const facts = manifest.pages[route];
    pages[route] = { filters: facts?.filters ?? {}, meta: { ...facts?.meta, [DELTA_META]: '1' }, sort: facts?.sort ?? {} };
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
    if (indexed.length > 0) {
      const { pageCount, problems } = await runPagefindCli(copies.folderOf('primary'), bundle);
      if (problems.length > 0) throw new Error(problems.join('; '));
      if (pageCount !== indexed.length) throw new Error(`Pagefind chỉ đọc được ${pageCount}/${indexed.length} trang`);
      for (const file of readdirSync(bundle)) if (ENGINE_FILES.test(file)) rmSync(join(bundle, file), { force: true });
    }
  } finally {
    rmSync(copies.root, { recursive: true, force: true });
  }
  writeStatus(siteDir, { pages: indexed.length, stale: staleOf(indexed).map((route) => withBase(basePath, route)) });
  return indexed;
}
