/**
 * Build the Pagefind index of a built site.
 *
 * Pagefind reads a copy of each page prepared here, never the served file: the copy carries the
 * page's filters, metadata and sort key (from the manifest Astro wrote, so templates stay free of
 * search attributes) and a fold region with its đ-words written as d (Pagefind folds tones, not
 * đ). Only `data-pagefind-body` regions are indexed, which keeps navigation out of the results.
 * Each hotline becomes a record of its own, linked to its card in the directory.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createIndex, close, type PagefindIndex } from 'pagefind';
import { ARCHIVE_BUNDLE, PRIMARY_BUNDLE } from '../../src/lib/search-bundles.ts';
import { foldRegion } from '../../src/lib/search-text.ts';
import { withBase } from '../../src/lib/routes.ts';
import { MANIFEST_ROUTE } from '../../src/search/keys.ts';
import type { PageFacts, SearchManifest } from '../../src/search/facts.ts';
import { walkFiles } from './run.ts';

const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Pagefind's own weight for an h1. */
const TITLE_WEIGHT = 7;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

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
 * The copy of a page that Pagefind indexes, or undefined when the page has no searchable region
 * (home, lists: they only repeat what the entries say).
 */
export function indexedCopy(html: string, facts: PageFacts | undefined, ownRecordIds: string[] = []): string | undefined {
  let copy = html.normalize('NFC');
  const marker = copy.indexOf('data-pagefind-body');
  if (marker < 0) return undefined;
  for (const id of ownRecordIds) {
    copy = copy.replace(`id="${id}"`, `id="${id}" data-pagefind-ignore="all"`);
  }
  const bodyStart = copy.indexOf('>', marker) + 1;
  const mainEnd = copy.indexOf('</main>', bodyStart);
  const fold = foldRegion(htmlText(copy.slice(bodyStart, mainEnd > 0 ? mainEnd : undefined)));
  // The title's folded words get a heading's weight, as the accented title has.
  const title = /<(h[1-6])\b[^>]*data-pagefind-meta="title"[^>]*>([\s\S]*?)<\/\1>/.exec(copy.slice(bodyStart))?.[2] ?? '';
  const titleFold = foldRegion(htmlText(title));
  const extra =
    factsBlock(facts) +
    (titleFold ? `<p data-pagefind-weight="${TITLE_WEIGHT}">${escapeHtml(titleFold)}</p>` : '') +
    (fold ? `<p>${escapeHtml(fold)}</p>` : '');
  return copy.slice(0, bodyStart) + extra + copy.slice(bodyStart);
}

/**
 * Only the part of a page that Pagefind indexes: the element carrying `data-pagefind-body` up to
 * the end of <main>. Header, navigation, help block and footer are half of every page's bytes;
 * sending and parsing them 10,000 times cost seconds of build time for nothing (see
 * docs/performance.md). Pages without the attribute are returned unchanged (and skipped later).
 */
export function indexedRegion(html: string): string {
  const marker = html.indexOf('data-pagefind-body');
  if (marker < 0) return html;
  const start = html.lastIndexOf('<', marker);
  const end = html.indexOf('</main>', marker);
  const lang = /<html[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? 'vi';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${html.slice(start, end < 0 ? undefined : end)}</body></html>`;
}

/** `thu-tuc/x/index.html` → `thu-tuc/x/` (the route as the content model writes it). */
export function routeOfFile(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

function readManifest(siteDir: string): SearchManifest {
  const path = join(siteDir, MANIFEST_ROUTE);
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as SearchManifest;
    rmSync(path, { force: true });
    return manifest;
  } catch {
    return { pages: {}, records: [], ownRecords: {}, archiveCutoff: '' };
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
  const { index, errors } = await createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(errors.join('; '));
  return index;
}

/**
 * Two bundles (src/lib/search-bundles.ts): `pagefind/` with procedures, hotlines, models, contests
 * and recent news, and `pagefind-luu-tru/` with older news, only written when there are any.
 */
export async function buildSearchIndex(siteDir: string, basePath: string): Promise<SearchIndexStats> {
  const manifest = readManifest(siteDir);
  try {
    const primary = await newIndex();
    const archive = await newIndex();
    const problems: string[] = [];
    const files = walkFiles(siteDir).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
    const counts = { primary: 0, archive: 0 };
    // Pagefind reads the prepared copies from a folder, parsing them in its own threads: faster than
    // sending 10,000 pages to it one message at a time (docs/performance.md). The folder sits
    // inside the half-built site, so a killed build leaves nothing behind that outlives it, and
    // the base path is a folder level so that the URLs Pagefind derives from file names carry it.
    const copiesRoot = join(siteDir, '.pagefind-copies');
    const copiesOf = (bundle: keyof typeof counts) => join(copiesRoot, bundle);
    try {
      for (const file of files) {
        const route = routeOfFile(file);
        const facts = manifest.pages[route];
        const copy = indexedCopy(indexedRegion(readFileSync(join(siteDir, file), 'utf8')), facts, manifest.ownRecords[route]);
        if (copy === undefined) continue;
        const bundle = facts?.archive ? 'archive' : 'primary';
        const target = join(copiesOf(bundle), ...basePath.split('/').filter(Boolean), file);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, copy);
        counts[bundle] += 1;
      }
      // Both bundles are read at the same time: Pagefind parses each folder in its own threads.
      const added = await Promise.all(
        ([['primary', primary], ['archive', archive]] as const)
          .filter(([bundle]) => counts[bundle] > 0)
          .map(async ([bundle, index]) => {
            const result = await index.addDirectory({ path: copiesOf(bundle) });
            if (result.page_count !== counts[bundle]) problems.push(`Pagefind chỉ đọc được ${result.page_count}/${counts[bundle]} trang`);
            return result.errors;
          }),
      );
      problems.push(...added.flat());
    } finally {
      rmSync(copiesRoot, { recursive: true, force: true });
    }
    for (const record of manifest.records) {
      const result = await primary.addCustomRecord({
        url: withBase(basePath, record.route),
        content: `${foldRegion(record.content)} ${record.content}`,
        language: 'vi',
        meta: record.meta,
        filters: record.filters,
        sort: record.sort,
      });
      problems.push(...result.errors);
    }
    if (problems.length > 0) throw new Error(problems.join('; '));
    await writeBundle(primary, join(siteDir, PRIMARY_BUNDLE));
    if (counts.archive > 0) await writeBundle(archive, join(siteDir, ARCHIVE_BUNDLE));
    return { pages: counts.primary + counts.archive, records: manifest.records.length, archivePages: counts.archive };
  } finally {
    await close();
  }
}
