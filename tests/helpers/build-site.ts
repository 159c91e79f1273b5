/** Run the real `npm run build` pipeline (scripts/build.ts) with a chosen content folder and output. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
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
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}
