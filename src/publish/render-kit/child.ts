/**
 * The render kit's own process (started by scripts/build.ts, in place of `astro build`, as soon as
 * a kit exists): it loads the kit while the build decides, then waits for the build's go-ahead
 * (the go file, with the changed files) or is stopped. It renders on the second core while the
 * build script checks the content on the first.
 *
 * Exit codes: 0 done; 3 the change needs Astro (the reason in the reason file; the build then
 * runs Astro instead); anything else an error (the build runs Astro too).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { publishing } from '../../i18n/publishing.ts';
import { KIT_JOB_VARIABLE, NEEDS_ASTRO_EXIT } from './child-protocol.ts';
import { readKit } from './kit.ts';
import { NeedsAstro } from './news-entry.ts';
import { prepareKit, renderChanges, type KitBase, type KitChanges } from './render.ts';

const job = JSON.parse(process.env[KIT_JOB_VARIABLE] ?? '{}') as KitBase;
try {
  const kit = readKit(job.kitDir);
  if (!kit) throw new NeedsAstro(publishing.build.fast.kit.missing);
  const prepared = await prepareKit(job, kit);
  // Written by rename once the build has decided: never read half-written. A build killed outright
  // (power cut, SIGKILL) cannot stop this process: it leaves when its parent is gone.
  const parent = process.ppid;
  while (!existsSync(job.goFile)) {
    if (process.ppid !== parent) process.exit(1);
    await sleep(10);
  }
  const started = performance.now();
  const changes = JSON.parse(readFileSync(job.goFile, 'utf8')) as KitChanges;
  const { pages } = await renderChanges(prepared, job, changes);
  console.log(publishing.build.fast.kit.rendered(pages, ((performance.now() - started) / 1000).toFixed(1)));
  process.exit(0);
} catch (error) {
  if (error instanceof NeedsAstro) {
    writeFileSync(job.reasonFile, error.message);
    process.exit(NEEDS_ASTRO_EXIT);
  }
  console.error((error as Error).stack ?? String(error));
  process.exit(1);
}
