/**
 * Render-time half of the render kit (kit.ts): the pages of a fast publish rendered from the
 * compiled bundle kept by the last Astro build, with the changed articles patched into the data
 * store, written where and as Astro would write them. About a second at 10,000 entries, where an
 * Astro run costs 15–30 s (content sync, bundling, every route's paths).
 *
 * Astro's build hands its renderer two things the bundle cannot know: the stylesheets of each page
 * (kept in the kit) and a function naming the file of each optimised image. That function is
 * Astro's own rule, rebuilt here from its helpers; an image whose file the live site does not have
 * yet would need Astro to make it, so the kit hands the publish over instead.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { PROJECT_ROOT } from '../../config/paths.ts';
import { publishing } from '../../i18n/publishing.ts';
import { routeMatcher, sitePath } from '../only-routes.ts';
import { dataStoreFile, STORE_FILE_VARIABLE, STORE_GLOBAL, type KitFile } from './kit.ts';
import { NeedsAstro, NewsEntryMaker } from './news-entry.ts';
import { deleteEntry, setEntry, storedAssetImports, type FlatStore } from './store-patch.ts';

const K = publishing.build.fast.kit;

/** Where the kit's process works: known before the build has decided what changed. */
export interface KitBase {
  kitDir: string;
  cacheDir: string;
  contentDir: string;
  /** The live site (its images must already exist). */
  liveDir: string;
  /** Where the rendered files go (laid out as Astro lays out its output). */
  outDir: string;
  /** The route list the build script writes once it has planned (a JSON array, see only-routes.ts). */
  routesFile: string;
  /** Where the process says why Astro must render instead (exit code NEEDS_ASTRO_EXIT). */
  reasonFile: string;
  /** Written by the build once it has decided to use the kit: the changes (KitChanges). */
  goFile: string;
}

/** The news files changed since the data store was written, relative to the content folder. */
export interface KitChanges {
  changed: string[];
  removed: string[];
}

interface RouteData {
  route: string;
  component: string;
  type: string;
  pathname?: string;
  pattern: RegExp;
  prerender: boolean;
  segments: { content: string; dynamic: boolean; spread: boolean }[][];
}

interface BundleApp {
  manifest: { routes: { routeData: RouteData }[]; base: string; trailingSlash: string; serverLike: boolean };
  routeCache: unknown;
  setInternals: (value: unknown) => void;
  setOptions: (value: unknown) => void;
  getComponentByRoute: (route: RouteData) => Promise<unknown>;
  render: (request: Request, options: { routeData: RouteData }) => Promise<Response>;
}

const astroModule = async <T>(path: string) => (await import(pathToFileURL(join(PROJECT_ROOT, 'node_modules', 'astro', 'dist', path)).href)) as T;

/** Astro's `addStaticImage` of a static build (assets/vite-plugin-assets.js), without queueing the work. */
async function staticImages(kit: KitFile) {
  const hash = await astroModule<{ hashTransform: (...args: unknown[]) => string; propsToFilename: (...args: unknown[]) => string }>('assets/utils/hash.js');
  const path = await astroModule<Record<'joinPaths' | 'prependForwardSlash' | 'removeBase', (...args: string[]) => string>>('core/path.js');
  const { getAssetsPrefix } = await astroModule<{ getAssetsPrefix: (extension: string, prefix: unknown) => string }>('assets/utils/getAssetsPrefix.js');
  const { isESMImportedImage } = await astroModule<{ isESMImportedImage: (src: unknown) => boolean }>('assets/utils/index.js');
  const files = new Set<string>();
  const { base, assets, assetsPrefix, imageServiceEntrypoint } = kit.config;
  const add = (options: { src: unknown }, hashProperties: unknown) => {
    const src = (isESMImportedImage(options.src) ? (options.src as { src: string }).src : options.src) as string;
    const prefix = getAssetsPrefix(extname(src), assetsPrefix);
    const original = path.removeBase!(path.removeBase!(src, base), prefix);
    const digest = hash.hashTransform(options, imageServiceEntrypoint, hashProperties);
    const file = path.prependForwardSlash!(path.joinPaths!(isESMImportedImage(options.src) ? '' : assets, path.prependForwardSlash!(hash.propsToFilename(original, options, digest))));
    files.add(file);
    if (assetsPrefix) throw new NeedsAstro(K.missingImage(file));
    return encodeURI(path.prependForwardSlash!(path.joinPaths!(base, file)));
  };
  return { add, files };
}

async function routeListWhenWritten(file: string): Promise<string[]> {
  while (!existsSync(file)) await sleep(20);
  return JSON.parse(readFileSync(file, 'utf8')) as string[];
}

/** Astro's output file of a path (core/build/common.js, `build.format: 'directory'`). */
function outputFile(pathname: string, route: RouteData): string {
  const path = decodeURI(pathname).replace(/^\//, '');
  if (route.type === 'endpoint') return path;
  if (route.route === '/404' || route.route === '/500') return `${route.route.slice(1)}.html`;
  return posix.join(path, 'index.html');
}

/** The kit loaded: the store read, the bundle imported and given what Astro's build would give it. */
export interface PreparedKit {
  kit: KitFile;
  store: FlatStore;
  maker: NewsEntryMaker;
  app: BundleApp;
  images: Awaited<ReturnType<typeof staticImages>>;
}

/**
 * Everything that does not depend on the change, done while the build is still deciding (it
 * fingerprints the code and 10,000 content files meanwhile): about half of the kit's second.
 */
export async function prepareKit(base: KitBase, kit: KitFile): Promise<PreparedKit> {
  const store = JSON.parse(readFileSync(dataStoreFile(base.cacheDir), 'utf8')) as FlatStore;
  const maker = new NewsEntryMaker(base.contentDir, kit.config);
  maker.warm();
  // The bundle reads the store at its first content query, after the changes are patched in.
  (globalThis as Record<symbol, unknown>)[Symbol.for(STORE_GLOBAL)] = store;
  process.env[STORE_FILE_VARIABLE] = dataStoreFile(base.cacheDir);
  const images = await staticImages(kit);
  const astroAsset = ((globalThis as { astroAsset?: Record<string, unknown> }).astroAsset ??= {});
  astroAsset.addStaticImage = images.add;
  const { app } = (await import(pathToFileURL(join(base.kitDir, 'prerender', kit.entry)).href)) as { app: BundleApp };
  app.setInternals({ pagesByKeys: new Map(kit.pages), entrySpecifierToBundleMap: new Map() });
  const destination = { write: (event: { level: string; message: string }) => (event.level === 'error' && console.error(event.message), true) };
  app.setOptions({ settings: { scripts: [], config: {} }, logger: { options: { destination, level: 'warn' } } });
  return { kit, store, maker, app, images };
}

/**
 * Patch the changes into the store and render the planned pages into `outDir`. Throws NeedsAstro
 * when the change needs Astro (the build then runs it), any other error when something is wrong.
 */
export async function renderChanges(prepared: PreparedKit, job: KitBase, changes: KitChanges): Promise<{ pages: number }> {
  const { kit, store, maker, app, images } = prepared;
  const options = { ...job, ...changes };
  const { contentDir } = options;
  for (const file of options.removed) deleteEntry(store, 'news', posix.basename(file).replace(/\.mdx?$/, ''));
  for (const file of options.changed) {
    const { id, entry } = await maker.make(join(contentDir, file));
    // A cover is compiled into the bundle as an import of the image file: only one the bundle
    // already has (the same article with the same cover) can be rendered without Astro.
    const covers = entry.assetImports ?? [];
    const had = storedAssetImports(store, 'news', id) ?? [];
    if (covers.some((cover) => !had.includes(cover))) throw new NeedsAstro(K.cover(posix.basename(file)));
    setEntry(store, 'news', id, entry);
  }

  const routeList = await routeListWhenWritten(options.routesFile);
  if (routeList.includes('*')) throw new NeedsAstro(K.everything);
  const wanted = routeMatcher(routeList);
  const { callGetStaticPaths } = await astroModule<{ callGetStaticPaths: (options: Record<string, unknown>) => Promise<{ params: Record<string, string | undefined> }[]> }>('core/render/route-cache.js');
  const { stringifyParams } = await astroModule<{ stringifyParams: (params: unknown, route: RouteData, trailingSlash: string) => string }>('core/routing/params.js');
  const base = kit.config.base;
  // The first route to give a path renders it, as in Astro (its routes come in priority order).
  const paths = new Map<string, { pathname: string; route: RouteData }>();
  const keep = (pathname: string, route: RouteData) => {
    const key = pathname.replace(/\/+$/, '');
    if (!paths.has(key) && wanted(sitePath(pathname, base))) paths.set(key, { pathname, route });
  };
  for (const { routeData: route } of app.manifest.routes) {
    if (!route.prerender) continue;
    if (route.pathname !== undefined) {
      keep(route.pathname, route);
      continue;
    }
    // A dynamic route's paths cost a call of its getStaticPaths (all 8,000 articles for one): only
    // for routes whose fixed leading part can hold a wanted path.
    if (!mayHold(routeList, fixedPrefix(route))) continue;
    const component = await app.getComponentByRoute(route);
    const list = await callGetStaticPaths({ mod: component, route, routeCache: app.routeCache, ssr: false, base: app.manifest.base, trailingSlash: app.manifest.trailingSlash });
    for (const { params } of list) keep(stringifyParams(params, route, app.manifest.trailingSlash), route);
  }
  for (const wantedPath of routeList.filter((path) => !path.endsWith('*'))) {
    if (!paths.has(`/${wantedPath}`.replace(/\/+$/, ''))) throw new NeedsAstro(K.noRoute(wantedPath));
  }

  let pages = 0;
  for (const { pathname, route } of paths.values()) {
    // Astro asks for pages with the trailing slash the site uses ('always'); files keep their name.
    const asked = route.type === 'endpoint' || pathname.endsWith('/') ? pathname : `${pathname}/`;
    const url = new URL(`${base.replace(/\/$/, '')}${asked}`, kit.config.site || 'http://localhost/');
    const response = await app.render(new Request(url), { routeData: route });
    if (response.status >= 300 && response.status < 400) throw new NeedsAstro(K.redirect(pathname));
    const file = join(options.outDir, outputFile(pathname, route));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    pages += 1;
  }
  for (const file of images.files) {
    if (!existsSync(join(options.liveDir, file))) throw new NeedsAstro(K.missingImage(file));
  }
  return { pages };
}

/** The leading segments of a route that hold no parameter, site-relative: 'tin-tuc/' for /tin-tuc/[slug]. */
export function fixedPrefix(route: Pick<RouteData, 'segments'>): string {
  const fixed: string[] = [];
  for (const segment of route.segments) {
    if (segment.some((part) => part.dynamic)) break;
    fixed.push(segment.map((part) => part.content).join(''));
  }
  return fixed.map((part) => `${part}/`).join('');
}

/** Could a route whose paths all start with `prefix` give one of the listed paths (see routeMatcher)? */
export function mayHold(list: readonly string[], prefix: string): boolean {
  return list.some((path) => {
    const bare = path.endsWith('*') ? path.slice(0, -1) : path;
    return bare.startsWith(prefix) || (path.endsWith('*') && prefix.startsWith(bare));
  });
}
