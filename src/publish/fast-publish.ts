/**
 * The fast publish (issue 17, docs/fast-publish.md): when only news files changed since the build
 * that made the output folder, Astro renders the pages those articles touch (src/publish/news-plan.ts)
 * into a folder of its own, and the new site is a hard-linked copy of the live one with those files
 * put in, swapped into place like a full build. Anything else takes the full build.
 *
 * The build script drives it in this order: `new FastPublish(…)` (decides, before Astro starts),
 * `plan(entries)` once the content check has read every file (writes the route list Astro waits
 * for), `assemble(tempDir)` once Astro is done, `record(…)` after the swap.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { publishing } from '../i18n/publishing.ts';
import { MANIFEST_ROUTE } from '../search/keys.ts';
import type { SearchManifest } from '../search/facts.ts';
import { writeSearchDelta } from '../search/build/search-delta.ts';
import { routeOfFile } from '../search/build/search-index.ts';
import { walkFiles } from '../../scripts/lib/run.ts';
import { codeFingerprint, compareContent, readContentFolder, type ReadContentFile } from './fingerprint.ts';
import { planNewsChange, type NewsFact, type NewsPlan } from './news-plan.ts';
import { readMarkdown } from '../content-check/read-files.ts';
import { parseContentDate } from '../lib/dates.ts';
import { deepNFC } from '../lib/vietnamese.ts';
import { ONLY_ROUTES_VARIABLE, routeMatcher } from './only-routes.ts';
import { sitemapFiles } from './sitemap.ts';
import { decide, newsIdOf, publishedNewsFacts, readState, statePath, writeState, type Decision, type Present, type PublishState } from './state.ts';
import { linkTree, overlayTree, startLinkTree, type LinkTreeRun } from './site-copy.ts';
import { takeSpare } from './spare-copy.ts';
import { KIT_CODE_VARIABLE, KIT_DIR_VARIABLE, kitBase, readStoreRecord, usableKit, writeStoreRecord } from './render-kit/kit.ts';
import type { KitChanges } from './render-kit/render.ts';

const R = publishing.build.fast.reasons;

/**
 * Above this many pages in the small search index, the next build is a full one: each search
 * downloads the delta's page table too, and the full build folds it back into the main index.
 */
export const MAX_DELTA_PAGES = 300;

/** A page's file ('tin-tuc/x/index.html'; routeOfFile gives its route 'tin-tuc/x/'). */
const PAGE_FILE = /(^|\/)index\.html$/;

export interface FastPublishOptions {
  projectRoot: string;
  contentDir: string;
  outDir: string;
  cacheDir: string;
  /** The build's working folder (removed with it, also after a killed build): holds the route list. */
  workDir: string;
  siteUrl: string;
  basePath: string;
  day: string;
  /** `builtAt` of the live folder's build-info.json. */
  outputBuiltAt: string | undefined;
  /** The editor asked for a full build. */
  force: boolean;
}

type CheckedEntries = Parameters<typeof publishedNewsFacts>[0];

/** Every file under `prefix` ('ban-tin/2026/14/') of `root`, as paths relative to `root`. */
function filesUnder(root: string, prefix: string): string[] {
  const dir = join(root, prefix);
  return existsSync(dir) ? walkFiles(dir, prefix.replace(/\/$/, '')) : [];
}

/** Page paths of a sitemap written by src/publish/sitemap.ts. */
function sitemapPaths(siteDir: string, address: string): string[] {
  const paths: string[] = [];
  for (let chunk = 0; existsSync(join(siteDir, `sitemap-${chunk}.xml`)); chunk += 1) {
    const xml = readFileSync(join(siteDir, `sitemap-${chunk}.xml`), 'utf8');
    for (const match of xml.matchAll(/<loc>([^<]*)<\/loc>/g)) {
      const loc = match[1]!.replace(/&amp;/g, '&');
      if (loc.startsWith(address)) paths.push(loc.slice(address.length));
    }
  }
  return paths;
}

export class FastPublish {
  readonly decision: Decision;
  /** Where Astro writes in a fast publish (beside the output folder: renames, never copies). */
  readonly astroOutDir: string;
  readonly routesFile: string;
  private readonly stateFile: string;
  private readonly present: Present;
  private readFiles: Map<string, ReadContentFile> | undefined;
  private readonly previous: PublishState | undefined;
  private newsPlan: NewsPlan | undefined;
  private fullReason: string | undefined;
  /** Files the fast publish wrote into the site. */
  renderedPages = 0;
  private manifest: SearchManifest | undefined;
  /** The changed articles as read for the early plan (compared with the content check's reading). */
  private earlyFacts: NewsFact[] | undefined;
  private earlyDocuments: string[] | undefined;
  private nextDelta: PublishState['searchDelta'] = { pages: [], stale: [] };
  private copy: LinkTreeRun | undefined;

  private readonly options: FastPublishOptions;
  /** The render kit of this content folder (src/publish/render-kit/). */
  readonly kitDir: string;
  /** False once the kit handed this publish over to Astro (or was never asked). */
  kitUsed = false;

  constructor(options: FastPublishOptions) {
    this.options = options;
    const { projectRoot, contentDir, outDir, cacheDir, siteUrl, basePath, day } = options;
    const content = readContentFolder(contentDir);
    this.readFiles = content.files;
    this.present = { code: codeFingerprint(projectRoot), day, siteUrl, basePath, content: content.hashes };
    this.stateFile = statePath(cacheDir, outDir);
    this.previous = readState(this.stateFile);
    const decision = options.force ? { fast: false as const, reason: R.forced } : decide(this.previous, this.present, options.outputBuiltAt);
    const deltaFull = decision.fast && (this.previous?.searchDelta.pages.length ?? 0) > MAX_DELTA_PAGES;
    this.decision = deltaFull ? { fast: false, reason: R.searchDelta } : decision;
    const base = kitBase(options);
    this.astroOutDir = base.outDir;
    this.routesFile = base.routesFile;
    this.kitDir = base.kitDir;
    rmSync(this.routesFile, { force: true });
    rmSync(base.goFile, { force: true });
  }

  /**
   * The content files as the fingerprint read them, for the content check, which would otherwise
   * read them again; handed over once, so that 20 MB of bytes are not kept for the rest of the build.
   */
  takeReadFiles(): Map<string, ReadContentFile> | undefined {
    const files = this.readFiles;
    this.readFiles = undefined;
    return files;
  }

  /** The fingerprint of the code, configuration and dependencies this build runs (fingerprint.ts). */
  get code(): string {
    return this.present.code;
  }

  /** True while this build is a fast publish (it may turn into a full build once the plan is known). */
  get fast(): boolean {
    return this.decision.fast && this.fullReason === undefined;
  }

  /** Why this is a full build, for the editor. */
  get reason(): string | undefined {
    return this.decision.fast ? this.fullReason : this.decision.reason;
  }

  get changedFiles(): number {
    if (!this.decision.fast) return 0;
    const { added, changed, removed } = this.decision.changes;
    return added.length + changed.length + removed.length;
  }

  /**
   * Environment for the Astro run: the route list it waits for in a fast publish, and where to keep
   * the render kit for the next one.
   */
  astroEnv(): Record<string, string> {
    const kit = { [KIT_DIR_VARIABLE]: this.kitDir, [KIT_CODE_VARIABLE]: this.present.code };
    return this.decision.fast ? { ...kit, [ONLY_ROUTES_VARIABLE]: this.routesFile } : kit;
  }

  /**
   * The changes for the render kit's process, when this fast publish can use the kit: compiled from
   * the same code, and the data store as the last successful Astro run left it (kit.ts,
   * StoreRecord). Undefined when Astro must render.
   */
  kitChanges(): KitChanges | undefined {
    if (!this.decision.fast) return undefined;
    const { cacheDir } = this.options;
    const store = readStoreRecord(cacheDir);
    if (!store || !usableKit(this.kitDir, this.present.code, cacheDir)) return undefined;
    // Every news file changed since the store was written, not only since the live site: the kit
    // leaves the store as it was.
    const { added, changed, removed } = compareContent(store.content, this.present.content);
    if ([...added, ...changed, ...removed].some((file) => newsIdOf(file) === undefined)) return undefined;
    this.kitUsed = true;
    return { changed: [...added, ...changed], removed };
  }

  private writeRoutes(routes: string[]): void {
    mkdirSync(dirname(this.routesFile), { recursive: true });
    writeFileSync(`${this.routesFile}.tmp`, JSON.stringify(routes));
    renameSync(`${this.routesFile}.tmp`, this.routesFile);
  }

  /** Plan from a list of published articles: the routes Astro waits for are written at once. */
  private planFrom(after: NewsFact[], documentIds: string[]): NewsPlan | undefined {
    const plan = planNewsChange(this.previous!.news, after, this.touched(), { documentIds, day: this.options.day });
    if (plan.fullBuild) {
      this.fullReason = plan.fullBuild === 'cover' ? R.cover : R.categorySet;
      this.writeRoutes(['*']);
      return undefined;
    }
    this.newsPlan = plan;
    this.writeRoutes(plan.render);
    return plan;
  }

  /** Entries of the plan's render list (a '…*' entry stands for a subtree). */
  get plannedPages(): number {
    return this.newsPlan?.render.length ?? 0;
  }

  get plannedRemovals(): number {
    return this.newsPlan?.remove.length ?? 0;
  }

  private touched(): Set<string> {
    return this.decision.fast ? this.decision.touched : new Set();
  }

  /**
   * Plan from the changed files alone, right after the decision, so that Astro does not wait for
   * the content check of 10,000 files (which runs meanwhile, on the other core, over every file).
   * Returns false when a changed file cannot be read this way: the plan then waits for the check.
   */
  planEarly(): boolean {
    if (!this.decision.fast || !this.previous) return false;
    const { contentDir, day } = this.options;
    const touched = this.touched();
    const read: NewsFact[] = [];
    for (const id of touched) {
      const file = ['md', 'mdx'].map((extension) => `news/${id}.${extension}`).find((name) => name in this.present.content);
      if (!file) continue;
      const result = readMarkdown(join(contentDir, file));
      if (!result.ok || typeof result.data !== 'object' || result.data === null) return false;
      const data = deepNFC(result.data) as Record<string, unknown>;
      const date = parseContentDate(data.date);
      if (!date || typeof data.category !== 'string' || typeof data.unit !== 'string') return false;
      read.push(...publishedNewsFacts([{ collection: 'news', id, data: { ...data, date } }], day));
    }
    this.earlyFacts = read;
    const after = [...this.previous.news.filter((fact) => !touched.has(fact.id)), ...read];
    const documentIds = Object.keys(this.present.content).flatMap((file) => /^documents\/([^/]+)\.mdx?$/.exec(file)?.[1] ?? []);
    this.earlyDocuments = documentIds;
    this.planFrom(after, documentIds);
    return true;
  }

  /**
   * Once the content check has read every file: plan from what it validated, or, when the plan was
   * made early, check that the check read the changed articles the same way (then the plan is the
   * same, from the same inputs). Returns the plan, or undefined when the change needs the full
   * build after all (Astro is then told to render every page). Throws when the early plan was
   * made from facts the check reads otherwise: that build must not be published.
   */
  plan(entries: CheckedEntries): NewsPlan | undefined {
    if (!this.decision.fast || !this.previous) return undefined;
    const touched = this.touched();
    const checked = publishedNewsFacts(entries, this.options.day);
    const documentIds = entries.filter((entry) => entry.collection === 'documents').map((entry) => entry.id);
    if (this.earlyFacts) {
      const same = (a: readonly unknown[], b: readonly unknown[]) => JSON.stringify(a) === JSON.stringify(b);
      const checkedTouched = checked.filter((fact) => touched.has(fact.id)).sort((a, b) => a.id.localeCompare(b.id));
      const early = [...this.earlyFacts].sort((a, b) => a.id.localeCompare(b.id));
      if (!same(checkedTouched, early) || !same([...documentIds].sort(), [...(this.earlyDocuments ?? [])].sort())) {
        rmSync(this.stateFile, { force: true });
        throw new Error(publishing.build.fast.mismatch);
      }
      return this.fast ? this.newsPlan : undefined;
    }
    return this.planFrom(checked, documentIds);
  }

  /**
   * After Astro: make `tempDir` the new site. In a fast publish, a linked copy of the live site with
   * the rendered files put in and the pages that no longer exist taken out; when the plan turned
   * into a full build, Astro's complete output.
   */
  async assemble(tempDir: string): Promise<void> {
    if (!this.decision.fast) return;
    if (!this.fast || !this.newsPlan) {
      // The linked copy started for nothing: the change needed every page after all.
      if (this.copy) {
        this.copy.stop();
        await this.copy.done.catch(() => {});
        rmSync(tempDir, { recursive: true, force: true });
      }
      renameSync(this.astroOutDir, tempDir);
      return;
    }
    const { outDir, siteUrl, basePath } = this.options;
    const plan = this.newsPlan;
    if (this.copy) await this.copy.done;
    else linkTree(outDir, tempDir);
    const removed: string[] = [];
    const removePage = (path: string) => {
      const file = join(tempDir, path, 'index.html');
      if (!existsSync(file)) return;
      rmSync(file);
      removed.push(path);
      // The page's folder goes too once empty (an article folder holds only its page).
      try {
        rmdirSync(join(tempDir, path));
      } catch {
        // Not empty: other pages live under it.
      }
    };
    for (const path of plan.remove) removePage(path);
    // A subtree rendered whole: whatever Astro did not write again is gone from the site.
    for (const prefix of plan.render.filter((path) => path.endsWith('*')).map((path) => path.slice(0, -1))) {
      const fresh = new Set(filesUnder(this.astroOutDir, prefix));
      // Other files first, so that a removed page's folder (a bulletin issue: its page and its
      // email file) is empty when its page goes, and goes with it.
      const leftOver = filesUnder(tempDir, prefix).filter((file) => !fresh.has(file));
      for (const file of leftOver.filter((name) => !PAGE_FILE.test(name))) rmSync(join(tempDir, file));
      for (const file of leftOver.filter((name) => PAGE_FILE.test(name))) removePage(routeOfFile(file));
    }
    // The search manifest is read by the search step and never published (src/search/build/).
    this.manifest = JSON.parse(readFileSync(join(this.astroOutDir, MANIFEST_ROUTE), 'utf8')) as SearchManifest;
    const { written, changed } = overlayTree(this.astroOutDir, tempDir, (file) => file === MANIFEST_ROUTE);
    this.renderedPages = written.filter((file) => !file.startsWith('_astro/')).length;
    rmSync(this.astroOutDir, { recursive: true, force: true });

    // The sitemap of the live site, with the pages added and removed by this publish.
    const address = `${siteUrl}${basePath}`;
    const gone = new Set(removed);
    const paths = new Set(sitemapPaths(tempDir, address).filter((path) => !gone.has(path)));
    const listed = routeMatcher(['nhung/*']);
    for (const file of written) {
      if (!PAGE_FILE.test(file)) continue;
      const path = routeOfFile(file);
      if (!listed(path)) paths.add(path);
    }
    for (const [name, text] of sitemapFiles([...paths].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })), siteUrl, basePath)) {
      rmSync(join(tempDir, name), { force: true });
      writeFileSync(join(tempDir, name), text);
    }

    // Search: the pages whose bytes changed since the last full build go to the small index, and
    // their addresses (with those of removed pages) are out of date in the main one.
    const previous = this.previous?.searchDelta ?? { pages: [], stale: [] };
    const changedRoutes = changed.filter((file) => PAGE_FILE.test(file)).map(routeOfFile);
    const pages = new Set([...previous.pages, ...changedRoutes].filter((route) => !gone.has(route)));
    this.nextDelta = { pages: [...pages].sort(), stale: [...new Set([...previous.stale, ...removed])] };
  }

  /**
   * Start the linked copy of the live site into `tempDir` (which must not exist) now, so that it is
   * made while the pages are rendered and the content is checked (site-copy.ts).
   */
  startCopy(tempDir: string): void {
    if (!this.decision.fast || this.copy) return;
    const { outDir } = this.options;
    // Made ahead by the last build when it could be (spare-copy.ts), else linked now.
    const link = () => startLinkTree(outDir, tempDir);
    this.copy = takeSpare(outDir, tempDir, link) ?? link();
  }

  /** The fast publish's search step: the small index of what changed (src/search/build/search-delta.ts). */
  async indexSearch(tempDir: string): Promise<void> {
    if (!this.manifest) throw new Error('indexSearch() before assemble()');
    const { pages, stale } = this.nextDelta;
    // Only pages with a searchable region count (home and lists are in no index). Each one's old
    // version, if the last full build had one, is out of date in the main bundles.
    const indexed = await writeSearchDelta(tempDir, this.options.basePath, this.manifest, pages, (routes) => [...new Set([...stale, ...routes])].sort());
    this.nextDelta = { pages: indexed, stale: [...new Set([...stale, ...indexed])].sort() };
  }

  /** Remember what the live folder was built from, for the next build. */
  record(builtAt: string, entries: CheckedEntries): void {
    const searchDelta = this.fast ? this.nextDelta : { pages: [], stale: [] };
    // An Astro run synced the store with the content of this build (the kit leaves it as it was).
    if (!this.kitUsed) writeStoreRecord(this.options.cacheDir, this.present.content);
    writeState(this.stateFile, {
      version: 1,
      ...this.present,
      builtAt,
      news: publishedNewsFacts(entries, this.options.day),
      searchDelta,
    });
  }

  cleanUp(): void {
    this.copy?.stop();
    rmSync(this.astroOutDir, { recursive: true, force: true });
    rmSync(this.routesFile, { force: true });
    rmSync(`${this.routesFile}.tmp`, { force: true });
  }
}
