/**
 * Astro loaders for the top-level content folder. They wrap Astro's own `glob()` so that
 * - ids are the file names as written (the content model's URL slugs), and a file name that is
 *   not an ASCII slug stops the build with a Vietnamese message instead of becoming `/đường-dây/`;
 * - every string is NFC before validation and the rendered HTML is NFC too (NFD text would lose
 *   its marks in the search index);
 * - contest results may come from a CSV beside the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { errors as E } from '../i18n/errors.ts';
import { parseResultsCsv } from '../lib/contest-csv.ts';
import { isSlug, slugify } from '../lib/slug.ts';
import { deepNFC } from '../lib/vietnamese.ts';
import { sanitizeBodyHtml } from '../lib/sanitize-body.ts';
import { isAliasBombError, MAX_ALIAS_COUNT, withinExpansionLimit } from '../lib/yaml-limits.ts';

export class ContentError extends Error {
  constructor(file: string, field: string | undefined, message: string) {
    super(field ? `${file}: trường "${field}": ${message}` : `${file}: ${message}`);
    this.name = 'ContentError';
  }
}

/** The id of a content file: its name, which must be an ASCII slug and not a reserved page name. */
export function idFromFileName(relative: string, folder: string, reserved: readonly string[]): string {
  const name = basename(relative, extname(relative));
  if (!isSlug(name)) throw new ContentError(`${folder}/${relative}`, undefined, E.fileNameNotSlug(name, slugify(name)));
  if (reserved.includes(name)) throw new ContentError(`${folder}/${relative}`, undefined, E.reservedFileName(name));
  return name;
}

type Prepare = (data: Record<string, unknown>, filePath: string | undefined) => Record<string, unknown>;

/** A file path as the editor knows it: relative to the project (Astro's own form), else as given. */
function shownPath(context: LoaderContext, filePath: string | undefined): string {
  if (!filePath) return '?';
  const root = fileURLToPath(context.config.root);
  return relative(root, resolve(root, filePath)).split(sep).join('/');
}

function withNfc(context: LoaderContext, prepare?: Prepare): LoaderContext {
  const store = context.store;
  const nfcStore = Object.create(store) as typeof store;
  nfcStore.set = (entry) =>
    store.set({
      ...entry,
      ...(entry.body !== undefined && { body: entry.body.normalize('NFC') }),
      // Rendered Markdown is cleaned of anything that could run in a reader's browser (the check
      // reports it to the editor first; this holds for files the check never saw).
      ...(entry.rendered && { rendered: { ...entry.rendered, html: sanitizeBodyHtml(entry.rendered.html).normalize('NFC') } }),
    });
  return {
    ...context,
    store: nfcStore,
    parseData: (props) => {
      // Astro parsed the file with js-yaml, which keeps aliases as shared references: refuse a
      // bomb here, before anything walks the data as a tree (see src/lib/yaml-limits.ts).
      if (!withinExpansionLimit(props.data)) throw new ContentError(shownPath(context, props.filePath), undefined, E.yamlAliasBomb);
      const data = deepNFC(props.data);
      return context.parseData({ ...props, data: (prepare ? prepare(data, props.filePath) : data) as typeof props.data });
    },
  };
}

/** Markdown / MDX files of one folder of the content directory. */
export function markdownCollection(
  contentDir: string,
  folder: string,
  options: { reserved?: readonly string[]; prepare?: Prepare } = {},
): Loader {
  const inner = glob({
    pattern: ['*.md', '*.mdx'],
    base: join(contentDir, folder),
    generateId: ({ entry }) => idFromFileName(entry, folder, options.reserved ?? []),
    // Pages use the rendered HTML, never the raw Markdown: keeping 10,000 bodies in the data store
    // as well only costs memory and store size.
    retainBody: false,
  });
  return { name: `trang-cchc:${folder}`, load: (context) => inner.load(withNfc(context, options.prepare)) };
}

/**
 * Astro calls a collection's schema function once per entry, to hand it an `image()` helper bound
 * to that entry's file. Building the news schema (a dozen refined fields) 8,000 times cost about a
 * second of a 10,000-entry build. Our Markdown collections are flat folders (`*.md` in one
 * folder), so every entry's helper resolves image paths from the same folder and the schema built
 * for one entry serves them all. Only a helper that resolves paths (a transform) is shared: the
 * plain-string helper Astro passes when it writes the JSON schemas for editors gets its own schema,
 * and anything else falls back to a fresh schema per call, which is slower but always right.
 */
export function sharedAcrossFolder<C extends { image: () => unknown }, S>(factory: (context: C) => S): (context: C) => S {
  let shared: S | undefined;
  return (context) => {
    const probe = context.image() as { _zod?: { def?: { type?: string } } };
    if (probe._zod?.def?.type !== 'pipe') return factory(context);
    shared ??= factory(context);
    return shared;
  };
}

/** One YAML file per entry (hotlines). */
export function yamlFolderCollection(contentDir: string, folder: string): Loader {
  const inner = glob({
    pattern: ['*.yaml', '*.yml'],
    base: join(contentDir, folder),
    generateId: ({ entry }) => idFromFileName(entry, folder, []),
  });
  return { name: `trang-cchc:${folder}`, load: (context) => inner.load(withNfc(context)) };
}

/** News and hotlines name their unit by id: the list comes from units.yaml ([] when unreadable: the check reports it). */
export function readUnitIds(contentDir: string): string[] {
  try {
    const units = readYaml(contentDir, 'units.yaml');
    if (!Array.isArray(units)) return [];
    return units.flatMap((unit) => (unit && typeof unit.id === 'string' ? [unit.id] : []));
  } catch {
    return [];
  }
}

/** Read a YAML file of the content folder; `undefined` when it is absent (optional files). */
export function readYaml(contentDir: string, file: string): unknown {
  const path = join(contentDir, file);
  if (!existsSync(path)) return undefined;
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'), { maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new ContentError(file, undefined, isAliasBombError(error) ? E.yamlAliasBomb : E.yamlSyntax((error as Error).message));
  }
  return deepNFC(data);
}

/**
 * Entries from a single YAML file: a list (`units.yaml`, `indices.yaml`) or one object
 * (`site.yaml`, `plan.yaml`). `idOf` names each entry.
 */
export function yamlFileCollection(
  contentDir: string,
  file: string,
  idOf: (entry: Record<string, unknown>, index: number) => string,
): Loader {
  return {
    name: `trang-cchc:${file}`,
    load: async ({ store, parseData, config }) => {
      const parsed = readYaml(contentDir, file);
      store.clear();
      if (parsed === undefined || parsed === null) return;
      const list = Array.isArray(parsed) ? parsed : [parsed];
      const filePath = join(contentDir, file);
      for (const [index, raw] of list.entries()) {
        const entry = (raw ?? {}) as Record<string, unknown>;
        const id = idOf(entry, index);
        const data = await parseData({ id, data: entry, filePath });
        // Astro keeps file paths relative to the project root (POSIX separators).
        store.set({ id, data, filePath: relative(fileURLToPath(config.root), filePath).split(sep).join('/') });
      }
    },
  };
}

/** Merge a contest's `resultsFile` CSV into `results`, or stop with the line and column at fault. */
export function contestResultsFromCsv(): Prepare {
  return (data, filePath) => {
    const file = data.resultsFile;
    if (typeof file !== 'string' || !filePath) return data;
    const csvPath = resolve(dirname(filePath), file);
    const shown = `contests/${file}`;
    if (data.results !== undefined) throw new ContentError(`contests/${basename(filePath)}`, 'resultsFile', E.resultsAndFile);
    if (!existsSync(csvPath)) throw new ContentError(`contests/${basename(filePath)}`, 'resultsFile', E.csvMissing(file));
    const { rows, problems } = parseResultsCsv(readFileSync(csvPath, 'utf8'));
    if (problems.length > 0) {
      const details = problems.map((p) => E.csvRow(p.line, p.column ? `cột ${p.column}: ${p.message}` : p.message));
      throw new ContentError(shown, undefined, details.join('; '));
    }
    return { ...data, results: rows };
  };
}
