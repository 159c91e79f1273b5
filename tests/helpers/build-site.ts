/** Run the real `npm run build` pipeline (scripts/build.ts) with a chosen content folder and output. */
import { spawnSync } from 'node:child_process';
import { isAbsolute, join, resolve } from 'node:path';
import { spareBeingMade } from '../../src/publish/spare-copy.ts';
import { PROJECT_ROOT } from './sites.ts';

export interface BuildResult {
  status: number;
  output: string;
}

export function buildSite(env: Record<string, string>): BuildResult {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    timeout: 600_000,
  });
  waitForSpare(env.OUT_DIR ?? 'dist');
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/**
 * A successful build leaves a process linking the next fast publish's copy beside the site
 * (src/publish/spare-copy.ts): wait for it, so that a test's next build finds the spare ready and
 * its clean-up does not race it.
 */
export function waitForSpare(outDir: string): void {
  const site = isAbsolute(outDir) ? outDir : resolve(PROJECT_ROOT, outDir);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; spareBeingMade(site) && waited < 60_000; waited += 50) Atomics.wait(pause, 0, 0, 50);
}
