/**
 * The render kit's own process (started by scripts/build.ts in place of `astro build` for a fast
 * publish): it renders on the second core while the build script checks the content on the first.
 *
 * Exit codes: 0 done; 3 the change needs Astro (the reason in the job's reason file; the build
 * then runs Astro instead); anything else an error.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { KIT_JOB_VARIABLE, NEEDS_ASTRO_EXIT } from './child-protocol.ts';
import { publishing } from '../../i18n/publishing.ts';
import { readKit } from './kit.ts';
import { NeedsAstro } from './news-entry.ts';
import { renderFromKit, type KitJob } from './render.ts';


const started = performance.now();
const job = JSON.parse(process.env[KIT_JOB_VARIABLE] ?? '{}') as KitJob;
try {
  const kit = readKit(job.kitDir);
  if (!kit) throw new NeedsAstro(publishing.build.fast.kit.missing);
  const { pages } = await renderFromKit({ ...job, kit });
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
