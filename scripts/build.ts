/**
 * `npm run build`: check the content, build the site and its search index into a temporary
 * folder beside the output folder, and only then put it in place of the output folder. A failed
 * or interrupted build leaves the site that was there untouched (content-model rule: nothing
 * already published is lost) and says so.
 *
 * When only news articles changed since the build that made the output folder, the pages they touch
 * are rendered and put into a hard-linked copy of the live site instead (src/publish/, the fast
 * publish); `--toan-bo` (or FULL_BUILD=1) always builds everything.
 *
 *   OUT_DIR=... (default dist)   CONTENT_DIR=...   SITE_URL=...   BASE_PATH=/cchc/   BUILD_DATE=YYYY-MM-DD
 */
import { spawn } from 'node:child_process';
import module from 'node:module';
import { constants as osConstants, setPriority } from 'node:os';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { isSafeBasePath, PROJECT_ROOT, resolveDeployment } from '../src/config/paths.ts';
import type { CheckReport } from '../src/content-check/check-content.ts';
import { formatProblem } from '../src/content-check/problems.ts';
import { errors as E } from '../src/i18n/errors.ts';
import { publishing } from '../src/i18n/publishing.ts';
import { QR_AHEAD_VARIABLE, writeQrAhead } from '../src/lib/qr.ts';
import { absoluteUrl, routes } from '../src/lib/routes.ts';
import { buildDay } from '../src/lib/dates.ts';
import { BUILD_INFO_FILE, readBuildInfo, type BuildInfo } from './lib/build-info.ts';
import type { FastPublish as FastPublishType } from '../src/publish/fast-publish.ts';
import { kitBase, kitMayServe } from '../src/publish/render-kit/kit.ts';
import { writeSitemap } from '../src/publish/sitemap.ts';
import { prepareSpare, sparePartPrefix } from '../src/publish/spare-copy.ts';
import type { KitBase, KitChanges } from '../src/publish/render-kit/render.ts';
import { KIT_JOB_VARIABLE, NEEDS_ASTRO_EXIT } from '../src/publish/render-kit/child-protocol.ts';
import { RAM_COPIES_PREFIX, RAM_FOLDER } from '../src/search/build/ram-folder.ts';
import { cacheDirFor, walkFiles } from './lib/run.ts';
import { discardInBackground, removeTrash, trashPrefix } from './lib/discard.ts';
import { isAlive } from './lib/process-alive.ts';
import { nodeSwapFs, previousFolderPid, recoverInterruptedSwap, swapIntoPlace } from './lib/swap.ts';

// The render kit's process (below) starts before anything heavy is loaded: the modules of the
// content check, the fast publish and the search (Pagefind) cost about a second to load here, and
// are loaded with import() once it runs.
const T = publishing.build;
/** Nice 10 on Unix, "below normal" on Windows. */
const BELOW_NORMAL = osConstants.priority.PRIORITY_BELOW_NORMAL;
const started = performance.now();
const deployment = resolveDeployment();
const outArg = process.env.OUT_DIR?.trim() || 'dist';
const outDir = isAbsolute(outArg) ? outArg : resolve(PROJECT_ROOT, outArg);
// Beside the output folder, so the final swap is a rename on one file system (never a copy).
const tempPrefix = `.build-tmp-${basename(outDir)}-`;
const tempDir = join(dirname(outDir), `${tempPrefix}${process.pid}`);
const lockPath = `${outDir}.lock`;
const workDir = join(PROJECT_ROOT, 'node_modules', '.astro', `build-${process.pid}`);

let holdsLock = false;
/** `BUILD_TIMINGS=1` prints how long each step took (docs/performance.md uses it). */
const timings = process.env.BUILD_TIMINGS === '1';
let lastMark = started;
function mark(step: string): void {
  if (!timings) return;
  const now = performance.now();
  console.log(`  [${step}: ${((now - lastMark) / 1000).toFixed(2)} s]`);
  lastMark = now;
}
/** Set once the build has decided between the fast publish and the full build. */
let publish: FastPublishType | undefined;
let child: ReturnType<typeof spawn> | undefined;
/** Where the search copies are written (set once the build starts writing them). */
let copiesRoot: string | undefined;
/** Stops a Pagefind process the search copies started while Astro ran (src/search/build/page-preparer.ts). */
let stopSearchEarly: (() => void) | undefined;

/**
 * In a full build, Astro's one rendering thread sets the pace; this process checks the content and
 * prepares search copies beside it, work that can wait. On the test VM, Astro took 49–52 s alone
 * and 64–74 s beside that work at normal priority, 63–67 s with this process niced (paired full
 * builds, docs/performance.md round 5). Linux sets the priority of the calling thread only (the
 * main one, where that work runs); processes started later (Pagefind, the background jobs) inherit
 * it, which costs nothing when the machine is otherwise idle and yields to the editor's own work
 * when it is not. A fast publish keeps normal priority: there the check is on the critical path.
 */
function yieldToAstro(): void {
  try {
    setPriority(BELOW_NORMAL);
  } catch {
    // Not allowed here: the build is the same, only slower.
  }
}

function releaseLock(): void {
  if (holdsLock) rmSync(lockPath, { force: true });
  holdsLock = false;
}

function cleanUp(): void {
  child?.kill('SIGTERM');
  stopSearchEarly?.();
  // First: it stops the linked copy, which would otherwise go on writing into the folder removed next.
  publish?.cleanUp();
  rmSync(tempDir, { recursive: true, force: true });
  // The search copies may sit outside the site folder, in RAM (src/search/build/search-copies.ts).
  if (copiesRoot) rmSync(copiesRoot, { recursive: true, force: true });
  rmSync(workDir, { recursive: true, force: true });
  releaseLock();
}

/** Every failure ends here: remove the half-built copy and tell the editor the live site is safe. */
function fail(message: string): never {
  cleanUp();
  const hadSite = existsSync(join(outDir, 'index.html'));
  console.error(`\n${message}\n${T.failed} ${hadSite ? T.kept(outDir) : T.nothingBefore(outDir)}`);
  process.exit(1);
}

/** Two builds into one folder would swap each other's half-finished output: one at a time. */
function acquireLock(): void {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      holdsLock = true;
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readFileSync(lockPath, 'utf8').trim();
      if (owner && isAlive(Number(owner))) fail(T.locked(lockPath, owner));
      // The build that held it was killed (power cut, closed window): its lock means nothing now.
      rmSync(lockPath, { force: true });
    }
  }
  fail(T.locked(lockPath, '?'));
}

/** Half-built copies left by builds that were killed outright take disk space on a small PC. */
function removeStaleTempDirs(): void {
  // Search copies a killed build left in RAM (src/search/build/search-copies.ts).
  let inRam: string[] = [];
  try {
    inRam = readdirSync(RAM_FOLDER);
  } catch {
    // No RAM folder on this system.
  }
  for (const name of inRam) {
    const pid = Number(name.match(new RegExp(`^${RAM_COPIES_PREFIX}(\\d+)-`))?.[1]);
    if (pid && pid !== process.pid && !isAlive(pid)) rmSync(join(RAM_FOLDER, name), { recursive: true, force: true });
  }
  const workParent = dirname(workDir);
  for (const name of existsSync(workParent) ? readdirSync(workParent) : []) {
    const pid = Number(name.match(/^build-(\d+)$/)?.[1]);
    if (pid && !isAlive(pid)) rmSync(join(workParent, name), { recursive: true, force: true });
  }
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  // The fast publish renders into a folder of its own beside the output folder (src/publish/).
  const fastPrefix = `.build-fast-${basename(outDir)}-`;
  const trash = trashPrefix(basename(outDir));
  for (const name of readdirSync(parent)) {
    // An old site whose deletion was cut short; its deleter may still be running (it outlives its build).
    if (name.startsWith(trash) && Number(name.slice(trash.length)) !== process.pid) {
      removeTrash(join(parent, name));
      continue;
    }
    const aside = previousFolderPid(outDir, name);
    const prefix = [tempPrefix, fastPrefix, sparePartPrefix(outDir)].find((start) => name.startsWith(start));
    const pid = prefix ? Number(name.slice(prefix.length)) : aside;
    const ours = prefix !== undefined || aside !== undefined;
    if (ours && pid !== undefined && Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) {
      rmSync(join(parent, name), { recursive: true, force: true });
    }
  }
}

interface AstroRun {
  /** Resolves with Astro's exit code. */
  done: Promise<number>;
  /** Print what Astro said so far and let it speak directly from now on. */
  showOutput: () => void;
  /** Stop Astro and wait until it has exited, so that nothing writes into the folders we remove. */
  stop: () => Promise<void>;
}

/**
 * Start `astro build` (or the render kit's process, src/publish/render-kit/) with its output held
 * back: it runs while the content check is still going, and if the check finds errors the editor
 * must read the check's Vietnamese report, not Astro's English complaint about the same entry.
 */
function startRenderer(command: string, args: string[], env: NodeJS.ProcessEnv): AstroRun {
  const astro = spawn(command, args, {
    cwd: workDir,
    env: { ...env, ...(process.stdout.isTTY && { FORCE_COLOR: '1' }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = astro;
  let held: { stream: NodeJS.WriteStream; chunk: Buffer }[] | undefined = [];
  const relay = (stream: NodeJS.WriteStream) => (chunk: Buffer) => (held ? held.push({ stream, chunk }) : stream.write(chunk));
  astro.stdout?.on('data', relay(process.stdout));
  astro.stderr?.on('data', relay(process.stderr));
  let exited = false;
  const done = new Promise<number>((resolvePromise) => {
    astro.on('error', () => {
      exited = true;
      resolvePromise(1);
    });
    astro.on('close', (code, signal) => {
      exited = true;
      resolvePromise(code ?? (signal ? 1 : 0));
    });
  });
  return {
    done,
    showOutput: () => {
      for (const { stream, chunk } of held ?? []) stream.write(chunk);
      held = undefined;
    },
    stop: async () => {
      if (exited) return;
      astro.kill('SIGTERM');
      const killLater = setTimeout(() => astro.kill('SIGKILL'), 5000);
      await done;
      clearTimeout(killLater);
    },
  };
}

function startAstro(env: NodeJS.ProcessEnv): AstroRun {
  // Astro puts its intermediate chunks in `<cwd>/.astro/.prerender` and deletes that folder when
  // it is done: two builds started from the project root (tests, several content folders) would
  // delete each other's chunks. A working folder of our own, still inside the project so that the
  // chunks find node_modules, keeps every build apart.
  mkdirSync(workDir, { recursive: true });
  // The working folder is also Astro's root (the config names the project's src/ and public/):
  // Astro keeps per-build maps of images and modules in `<root>/.astro/` (see astro.config.mjs).
  const config = relative(workDir, join(PROJECT_ROOT, 'astro.config.mjs'));
  return startRenderer(join(PROJECT_ROOT, 'node_modules', '.bin', 'astro'), ['build', '--root', `${workDir}/`, '--config', config, '--silent'], env);
}

/**
 * The render kit's process (src/publish/render-kit/child.ts): started before the build has decided,
 * it loads the kit meanwhile and waits for the go file; stopped when Astro must render after all.
 */
function startKit(env: NodeJS.ProcessEnv, base: KitBase): AstroRun {
  mkdirSync(workDir, { recursive: true });
  const kitEnv = { ...env, [KIT_JOB_VARIABLE]: JSON.stringify(base), NODE_COMPILE_CACHE: join(PROJECT_ROOT, 'node_modules', '.cache', 'node-compile') };
  return startRenderer(process.execPath, [join(PROJECT_ROOT, 'src', 'publish', 'render-kit', 'child.ts')], kitEnv);
}

/** Tell the kit's process what changed (by rename: it never reads half a file). */
function sendKitChanges(base: KitBase, changes: KitChanges): void {
  writeFileSync(`${base.goFile}.tmp`, JSON.stringify(changes));
  renameSync(`${base.goFile}.tmp`, base.goFile);
}

/**
 * The procedure pages' QR codes, made here while Astro reads the content (src/lib/qr.ts): ids are
 * the file names (src/loaders/content-loaders.ts). Only a head start: a code missing from the
 * file, or the file itself, is made by the page.
 */
function makeQrCodesAhead(): void {
  try {
    const folder = join(deployment.contentDir, 'procedures');
    if (!existsSync(folder)) return;
    const ids = readdirSync(folder)
      .filter((name) => /\.mdx?$/i.test(name))
      .map((name) => name.replace(/\.mdx?$/i, ''));
    writeQrAhead(qrAheadFile, ids.map((id) => absoluteUrl(deployment.siteUrl, deployment.basePath, routes.procedure(id))));
  } catch {
    // The pages make their codes themselves.
  }
  mark('QR codes ahead');
}

function requireFiles(files: string[]): void {
  const missing = files.find((file) => !existsSync(join(tempDir, file)));
  if (missing) fail(T.outputIncomplete(missing));
}

/** Replace the live folder by the new one (scripts/lib/swap.ts): the old one goes only once the new one is in. */
function putInPlace(): void {
  try {
    // The old site goes in the background once the new one is in (scripts/lib/discard.ts).
    const trash = join(dirname(outDir), `${trashPrefix(basename(outDir))}${process.pid}`);
    swapIntoPlace(tempDir, outDir, process.pid, { ...nodeSwapFs, remove: (path) => discardInBackground(path, trash) });
  } catch (error) {
    fail(T.swapFailed((error as Error).message));
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => fail(T.interrupted));
}

console.log(`${T.content(deployment.contentDir)}\n${T.address(`${deployment.siteUrl}${deployment.basePath}`)}`);
if (!isSafeBasePath(deployment.basePath)) {
  const source = process.env.BASE_PATH !== undefined ? 'biến môi trường BASE_PATH' : `${join(deployment.contentDir, 'site.yaml')}, trường basePath`;
  fail(T.badBasePath(deployment.basePath, source));
}
acquireLock();
// A build killed between the two renames of its swap left the live site set aside: put it back
// before removing what killed builds left, which would otherwise delete it.
const restored = recoverInterruptedSwap(outDir);
if (restored) console.log(T.restored(restored, outDir));
removeStaleTempDirs();
rmSync(tempDir, { recursive: true, force: true });

const cacheDir = process.env.ASTRO_CACHE_DIR || cacheDirFor(deployment.contentDir);
// Astro lets process.env override import.meta.env: an inherited DEV=1 or MODE=test (Vitest sets
// both in its workers) would turn this into a development build that publishes drafts.
const INHERITED_VITE_KEYS = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'SITE', 'ASSETS_PREFIX']);
const inherited = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !INHERITED_VITE_KEYS.has(key) && !key.startsWith('VITEST')),
);
// Node keeps the compiled code of the modules loaded from here on, and of the render kit's process
// (node_modules/.cache, never in the site), and skips compiling and TypeScript stripping next time:
// about 0.25 s of the kit's 2.5 s on the bench, which is on a fast publish's critical path. Not for
// Astro: its modules made the cache 160 MB for no measured gain.
const compileCache = join(PROJECT_ROOT, 'node_modules', '.cache', 'node-compile');
(module as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache?.(compileCache);
const baseEnv: NodeJS.ProcessEnv = {
  ...inherited,
  CONTENT_DIR: deployment.contentDir,
  // A production build, whatever the caller runs under (Vitest sets NODE_ENV=test).
  NODE_ENV: 'production',
  ASTRO_CACHE_DIR: cacheDir,
  ASTRO_TELEMETRY_DISABLED: '1',
};

// The render kit's process starts loading now, while this one fingerprints code and content; it
// renders only if the decision below lets it (src/publish/render-kit/).
const force = process.argv.includes('--toan-bo') || process.env.FULL_BUILD === '1';
const kit = kitBase({ projectRoot: PROJECT_ROOT, cacheDir, contentDir: deployment.contentDir, outDir, workDir });
let warmKit = !force && kitMayServe(kit) ? startKit(baseEnv, kit) : undefined;

const { FastPublish } = await import('../src/publish/fast-publish.ts');
publish = new FastPublish({
  projectRoot: PROJECT_ROOT,
  contentDir: deployment.contentDir,
  outDir,
  cacheDir,
  workDir,
  siteUrl: deployment.siteUrl,
  basePath: deployment.basePath,
  day: buildDay(),
  outputBuiltAt: readBuildInfo(outDir)?.builtAt,
  force,
});
console.log(publish.fast ? T.fast.chosen(publish.changedFiles) : T.fast.full(publish.reason ?? ''));
mark('fingerprints');

// Astro reads the same content and takes most of the build; it starts now, on the other core,
// while this process checks the content (1.5 s at 10,000 entries that no longer add to the build).
const qrAheadFile = join(workDir, 'qr-ahead.json');
const rendererEnv: NodeJS.ProcessEnv = {
  ...baseEnv,
  ASTRO_OUT_DIR: publish.fast ? publish.astroOutDir : tempDir,
  [QR_AHEAD_VARIABLE]: qrAheadFile,
  ...publish.astroEnv(),
};
const kitChanges = warmKit ? publish.kitChanges() : undefined;
if (warmKit && !kitChanges) {
  await warmKit.stop();
  warmKit = undefined;
}
if (kitChanges) sendKitChanges(kit, kitChanges);
// The linked copy of the live site is made meanwhile, by `cp` on whichever core is free.
publish.startCopy(tempDir);
let astro = warmKit ?? startAstro(rendererEnv);
if (!publish.fast) {
  yieldToAstro();
  makeQrCodesAhead();
}

// Search copies are written on this process's otherwise idle core while Astro writes pages (the
// fast publish indexes only its few pages, at the end).
const search = publish.fast ? undefined : await import('../src/search/build/search-index.ts');
const preparer = publish.fast ? undefined : new (await import('../src/search/build/page-preparer.ts')).PagePreparer(tempDir, deployment.basePath);
copiesRoot = preparer?.copies.root;
stopSearchEarly = preparer && (() => preparer.copies.abortEarly());

// The pages a fast publish renders are known from the changed files: Astro need not wait for the
// check of every file (which still runs, below, and must pass).
const planned = publish.planEarly();
if (planned) console.log(publish.fast ? T.fast.planned(publish.plannedPages, publish.plannedRemovals) : T.fast.full(publish.reason ?? ''));
console.log(T.stepCheck);
let report: CheckReport;
try {
  // Results of unchanged files come from the last build's check, keyed by their bytes and the code.
  const { checkContent } = await import('../src/content-check/check-content.ts');
  const read = publish.takeReadFiles();
  report = await checkContent(deployment.contentDir, { cache: { dir: join(cacheDir, 'content-check'), key: publish.code, ...(read && { read }) } });
} catch (error) {
  await astro.stop();
  throw error;
}
for (const problem of report.problems) {
  console.error(`${problem.severity === 'error' ? T.error : T.warning}  ${formatProblem(problem)}`);
}
if (report.errorCount > 0) {
  // Nothing of this build may be published: stop Astro before removing its half-written output.
  await astro.stop();
  fail(E.summary(report.errorCount));
}
if (publish.fast) {
  let plan: ReturnType<typeof publish.plan>;
  try {
    plan = publish.plan(report.entries);
  } catch (error) {
    await astro.stop();
    fail((error as Error).message);
  }
  if (!planned) console.log(plan ? T.fast.planned(plan.render.length, plan.remove.length) : T.fast.full(publish.reason ?? ''));
}

console.log(T.stepAstro);
astro.showOutput();
mark('content check');
let code = await astro.done;
if (warmKit && code !== 0) {
  // The kit cannot make this change (an image, MDX…), or failed: Astro renders the same pages
  // instead, as it would have without a kit.
  const reason = code === NEEDS_ASTRO_EXIT && existsSync(kit.reasonFile) ? readFileSync(kit.reasonFile, 'utf8') : T.fast.kit.failed(code);
  console.log(T.fast.kit.handOver(reason));
  rmSync(publish.astroOutDir, { recursive: true, force: true });
  publish.kitUsed = false;
  astro = startAstro(rendererEnv);
  astro.showOutput();
  code = await astro.done;
}
mark(publish.kitUsed ? 'render kit' : 'astro');
child = undefined;
rmSync(workDir, { recursive: true, force: true });
if (code !== 0) fail(T.astroFailed(code));
const fast = publish.fast;
try {
  await publish.assemble(tempDir);
} catch (error) {
  fail(T.swapFailed((error as Error).message));
}
if (fast) mark('linked copy + sitemap');
requireFiles(['index.html', '404.html', 'rss.xml']);

console.log(T.stepSearch);
let indexed: Promise<unknown>;
if (fast) {
  indexed = publish.indexSearch(tempDir);
} else {
  const copies = preparer?.stop();
  for (const bundle of copies?.earlyBundles() ?? []) {
    const early = copies!.early[bundle]!;
    if (timings) console.log(`  [${bundle} index started ${((performance.now() - early.startedAt) / 1000).toFixed(2)} s before this step]`);
  }
  indexed = search!.buildSearchIndex(tempDir, deployment.basePath, copies);
  // Handled below, once the sitemap is written.
  indexed.catch(() => undefined);
  // The sitemap (0.5–1 s at 12,000 pages) is written while Pagefind indexes: its runs usually
  // began during Astro (src/search/build/page-preparer.ts), else as the search step first waits.
  writeSitemap(tempDir, deployment.siteUrl, deployment.basePath);
}
try {
  await indexed;
} catch (error) {
  fail(T.searchFailed((error as Error).message));
}
requireFiles(['sitemap-index.xml', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json']);
mark(fast ? 'search' : 'search + sitemap');

const info: BuildInfo = {
  generator: 'trang-cchc',
  builtAt: new Date().toISOString(),
  buildDay: buildDay(),
  siteUrl: deployment.siteUrl,
  basePath: deployment.basePath,
};
writeFileSync(join(tempDir, BUILD_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);

console.log(T.stepSwap);
putInPlace();
mark('swap');
// The next fast publish's linked copy of this site, made in the background (src/publish/spare-copy.ts).
prepareSpare(outDir);
publish.record(info.builtAt, report.entries);
publish.cleanUp();
releaseLock();

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (fast) {
  console.log(T.fast.done(publish.renderedPages, seconds, outDir));
} else {
  const pages = walkFiles(outDir).filter((file) => file.endsWith('.html')).length;
  console.log(T.ok(pages, seconds, outDir));
}
