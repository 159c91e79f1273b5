/**
 * The render kit (docs/fast-publish.md): what a build keeps of Astro's compiled pages so that the
 * next fast publish can render a handful of pages in a second, without starting Astro, bundling,
 * or syncing 10,000 content files.
 *
 * Astro 7 compiles every page into one "prerender" bundle, imports it and renders each path; it
 * deletes the bundle when the build ends. The kit is a copy of that bundle, the few facts its
 * renderer asks of Astro's build (the stylesheets of each page, a handful of settings), and the
 * fingerprint of the code it was compiled from. Content is never in the kit: the bundle reads the
 * data store through a module that the kit replaces (data-module.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { KitBase } from './render.ts';

export const KIT_VERSION = 1;
/** Set by the build script for the Astro run: where to write the kit (absent: no kit). */
export const KIT_DIR_VARIABLE = 'TRANG_CCHC_RENDER_KIT';
/** Set by the build script for the Astro run: the code fingerprint the kit is compiled from. */
export const KIT_CODE_VARIABLE = 'TRANG_CCHC_CODE';
/** Global the replaced data-store module reads first (the renderer puts the patched store there). */
export const STORE_GLOBAL = 'trang-cchc.data-store';
/** Environment variable naming the data store file the replaced module reads otherwise. */
export const STORE_FILE_VARIABLE = 'TRANG_CCHC_DATA_STORE';

export interface StoreStamp {
  size: number;
  mtimeMs: number;
}

export interface KitFile {
  version: number;
  code: string;
  /** The bundle's entry module, relative to `<kit>/prerender/`. */
  entry: string;
  /** Astro's build data per page key: the stylesheets it links (all the renderer asks of it). */
  pages: [string, { styles: unknown[] }][];
  /** Settings the renderer needs (image file names, Markdown rendering). */
  config: KitConfig;
  /** The data store the bundle was compiled with: the kit is used only with that store. */
  store: StoreStamp;
}

export interface KitConfig {
  /** The project root Astro built from (store file paths are relative to it). */
  root: string;
  base: string;
  site: string;
  assets: string;
  assetsPrefix: unknown;
  imageServiceEntrypoint: string;
  markdown: { syntaxHighlight: unknown; shikiConfig: unknown; gfm: unknown; smartypants: unknown };
  image: unknown;
}

/**
 * The kit must sit inside the project: its modules import packages from node_modules by name, and
 * Node looks for them in the folders above the importing file. One kit per cache folder (per
 * content folder).
 */
export function kitDirFor(projectRoot: string, cacheDir: string): string {
  const key = createHash('sha256').update(cacheDir).digest('hex').slice(0, 12);
  return join(projectRoot, 'node_modules', '.astro', `render-kit-${key}`);
}

export const dataStoreFile = (cacheDir: string) => join(cacheDir, 'data-store.json');

export function storeStamp(file: string): StoreStamp | undefined {
  try {
    const stat = statSync(file);
    return { size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return undefined;
  }
}

export const sameStamp = (a: StoreStamp | undefined, b: StoreStamp | undefined) =>
  a !== undefined && b !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;

export function readKit(kitDir: string): KitFile | undefined {
  const file = join(kitDir, 'kit.json');
  if (!existsSync(file)) return undefined;
  try {
    const kit = JSON.parse(readFileSync(file, 'utf8')) as KitFile;
    return kit.version === KIT_VERSION ? kit : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The kit serves a fast publish only when it was compiled from the same code and the data store is
 * still the one it was made with (a failed build may have synced other content into it since).
 */
export function usableKit(kitDir: string, code: string, cacheDir: string): KitFile | undefined {
  const kit = readKit(kitDir);
  if (!kit || kit.code !== code) return undefined;
  if (!existsSync(join(kitDir, 'prerender', kit.entry))) return undefined;
  return sameStamp(kit.store, storeStamp(dataStoreFile(cacheDir))) ? kit : undefined;
}


/**
 * What Astro's data store in a cache folder holds: the content (file hashes) of the last successful
 * build whose Astro run wrote it, and the store file as that run left it. The kit renders from that
 * store with every news file changed since patched in, and never writes the store; any other
 * change to the store (a failed build's content sync) shows in its stamp and the kit is not used.
 * One record per cache folder, whatever output folder the build wrote.
 */
export interface StoreRecord {
  stamp: StoreStamp;
  content: Record<string, string>;
}

const storeRecordFile = (cacheDir: string) => join(cacheDir, 'data-store-content.json');

export function readStoreRecord(cacheDir: string): StoreRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(storeRecordFile(cacheDir), 'utf8')) as StoreRecord;
    return sameStamp(record.stamp, storeStamp(dataStoreFile(cacheDir))) ? record : undefined;
  } catch {
    return undefined;
  }
}

export function writeStoreRecord(cacheDir: string, content: Record<string, string>): void {
  const stamp = storeStamp(dataStoreFile(cacheDir));
  const file = storeRecordFile(cacheDir);
  if (!stamp) return;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(`${file}.${process.pid}`, JSON.stringify({ stamp, content }));
  renameSync(`${file}.${process.pid}`, file);
}

/**
 * Where a fast publish renders, and where the render kit's process works: known from the options
 * alone, so that the kit can start loading before the build has fingerprinted anything.
 */
export function kitBase(options: { projectRoot: string; cacheDir: string; contentDir: string; outDir: string; workDir: string }): KitBase {
  const { projectRoot, cacheDir, contentDir, outDir, workDir } = options;
  return {
    kitDir: kitDirFor(projectRoot, cacheDir),
    cacheDir,
    contentDir,
    liveDir: outDir,
    outDir: join(dirname(outDir), `.build-fast-${basename(outDir)}-${process.pid}`),
    routesFile: join(workDir, 'fast-routes.json'),
    reasonFile: join(workDir, 'kit-reason.txt'),
    goFile: join(workDir, 'kit-go.json'),
  };
}

/** Worth starting the kit's process before the decision: a kit and a recorded store exist. */
export function kitMayServe(base: KitBase): boolean {
  return readKit(base.kitDir) !== undefined && readStoreRecord(base.cacheDir) !== undefined;
}
