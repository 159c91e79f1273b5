/**
 * Astro integration: in a build, the compiled pages read the content store from a file instead of
 * carrying it as code.
 *
 * Astro compiles the content store (data-store.json, 44 MB at 10,000 entries) into the page bundle
 * as one string literal, `export default JSON.parse("…")`. The bundler then hands that string from
 * Rust to JavaScript and back, and V8 compiles it when the first page asks for a collection. In a
 * CPU profile of a 10,000-entry build that was 3.0 s of `compileSourceTextModule` plus ≈ 1 s in the
 * bundler, for what a plain file read gives in 0.1 s (docs/performance.md, round 5).
 *
 * The module below reads a hard link to the store made when the bundle is built. Astro writes
 * the store through a temporary file and a rename, so the link keeps the bytes the bundle would
 * have embedded, even if the store were written again before the pages render.
 */
import { existsSync, linkSync, copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isAlive } from '../../scripts/lib/process-alive.ts';

/** Astro's id for the store module once resolved (astro/dist/content/consts.js). */
const RESOLVED_STORE_MODULE = '\0astro:data-layer-content';
const STORE_MODULE_ID = /^\0astro:data-layer-content$/;

const SNAPSHOT = /^data-store\.bundle-(\d+)\.json$/;
const snapshotName = (pid: number) => `data-store.bundle-${pid}.json`;

/** Snapshots left by builds that were killed before they ended (a live build's is kept). */
function removeStaleSnapshots(cacheDir: string): void {
  for (const name of readdirSync(cacheDir)) {
    const pid = SNAPSHOT.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !isAlive(Number(pid))) rmSync(join(cacheDir, name), { force: true });
  }
}

/** The module's code, or undefined when there is no store (Astro's own module then says `new Map()`). */
export function storeModule(cacheDir: string): string | undefined {
  const store = join(cacheDir, 'data-store.json');
  if (!existsSync(store)) return undefined;
  removeStaleSnapshots(cacheDir);
  const snapshot = join(cacheDir, snapshotName(process.pid));
  rmSync(snapshot, { force: true });
  try {
    linkSync(store, snapshot);
  } catch {
    // A disk without hard links (FAT32): a copy keeps the bytes just as well.
    copyFileSync(store, snapshot);
  }
  return [
    `import { readFileSync } from 'node:fs';`,
    `// trang-cchc (src/publish/store-from-file.ts): read, not compiled into the bundle.`,
    `export default JSON.parse(readFileSync(${JSON.stringify(snapshot)}, 'utf8'));`,
    '',
  ].join('\n');
}

export function storeFromFile(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'trang-cchc:store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        cacheDir = fileURLToPath(config.cacheDir);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'trang-cchc:store-from-file',
                load: {
                  // Before Astro's own plugin, which loads the same id (a hook's order, not the
                  // plugin's: Astro's plugins come first in the list).
                  order: 'pre',
                  filter: { id: STORE_MODULE_ID },
                  handler(id: string) {
                    return id === RESOLVED_STORE_MODULE && cacheDir ? storeModule(cacheDir) : undefined;
                  },
                },
              },
            ],
          },
        });
      },
      'astro:build:done': () => {
        if (cacheDir) rmSync(join(cacheDir, snapshotName(process.pid)), { force: true });
      },
    },
  };
}
