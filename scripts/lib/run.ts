/** Small helpers shared by the project's command-line scripts. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/paths.ts';

/** Run a command from node_modules/.bin (on the project's Node 24) and resolve with its exit code. */
export function runBin(bin: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(join(PROJECT_ROOT, 'node_modules', '.bin', bin), args, { cwd: PROJECT_ROOT, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Astro's cache (and content data store) per content folder, so builds of two folders never mix.
 * The store records each entry's file path relative to Astro's root, which is a per-build folder
 * of node_modules/.astro/ (scripts/build.ts); stores written when the root was the project folder
 * (names without `r2-`) would point every image to the wrong place, so they are not reused.
 */
export function cacheDirFor(contentDir: string): string {
  const key = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
  return join(PROJECT_ROOT, 'node_modules', '.astro', `content-r2-${key}`);
}

/** Every file under a folder, as paths relative to it (POSIX separators). */
export function walkFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? walkFiles(join(dir, entry.name), relative) : [relative];
  });
}
