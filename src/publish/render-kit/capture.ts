/**
 * Build-time half of the render kit (kit.ts): during an Astro build asked to keep one, copy the
 * compiled prerender bundle before Astro deletes it, with the facts its renderer needs.
 *
 * Astro gives an integration the prerenderer but not its build data ("internals"). The bundle's
 * app receives them through `setInternals()` when the default prerenderer loads it: the bundle is
 * imported first here (the same module instance Astro then gets) and that call is watched.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { publishing } from '../../i18n/publishing.ts';
import { dataStoreFile, KIT_CODE_VARIABLE, KIT_DIR_VARIABLE, KIT_VERSION, storeStamp, STORE_FILE_VARIABLE, STORE_GLOBAL, type KitConfig, type KitFile } from './kit.ts';

type SetPrerenderer = Parameters<NonNullable<AstroIntegration['hooks']['astro:build:start']>>[0]['setPrerenderer'];
/** Astro's prerenderer (its type is not exported by name). */
export type Prerenderer = Exclude<Parameters<SetPrerenderer>[0], (...args: never[]) => unknown>;

/** The module that replaces Astro's data-store chunk in the kit (Astro's loader accepts an array). */
export const DATA_MODULE = [
  `import { readFileSync } from 'node:fs';`,
  `// Replaced by the render kit (src/publish/render-kit/): the store is read when the bundle runs,`,
  `// not compiled into it, so that one kit serves every later fast publish.`,
  `const given = globalThis[Symbol.for(${JSON.stringify(STORE_GLOBAL)})];`,
  `const store = given ?? JSON.parse(readFileSync(process.env.${STORE_FILE_VARIABLE}, 'utf8'));`,
  `export { store as default };`,
  '',
].join('\n');

const DATA_CHUNK = /^_astro_data-layer-content_.*\.mjs$/;

/** Astro puts the prerender bundle in `<out>/.prerender/`, or `<cwd>/.astro/.prerender/` when the output folder lies outside the working folder. */
function prerenderDir(config: AstroConfig): string {
  const outDir = fileURLToPath(config.outDir);
  const root = outDir.startsWith(process.cwd()) ? outDir : join(process.cwd(), '.astro');
  return join(root, '.prerender');
}

function kitConfig(config: AstroConfig): KitConfig {
  return {
    root: fileURLToPath(config.root),
    base: config.base,
    site: config.site ?? '',
    assets: config.build.assets,
    assetsPrefix: config.build.assetsPrefix,
    imageServiceEntrypoint: config.image.service.entrypoint,
    markdown: {
      syntaxHighlight: config.markdown.syntaxHighlight,
      shikiConfig: config.markdown.shikiConfig,
      gfm: config.markdown.gfm,
      smartypants: config.markdown.smartypants,
    },
    image: config.image,
  };
}

interface Captured {
  internals?: { pagesByKeys: Map<string, { styles: unknown[] }> };
}

/** Copy the bundle into a fresh kit, then put it in place of the old one. */
function writeKit(kitDir: string, bundleDir: string, entry: string, captured: Captured, config: KitConfig, code: string, cacheDir: string): void {
  const chunks = readdirSync(join(bundleDir, 'chunks')).filter((name) => DATA_CHUNK.test(name));
  const store = storeStamp(dataStoreFile(cacheDir));
  if (chunks.length !== 1 || !captured.internals || !store) return;
  const fresh = `${kitDir}.tmp-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  cpSync(bundleDir, join(fresh, 'prerender'), { recursive: true, filter: (source) => !DATA_CHUNK.test(source.split(/[\\/]/).pop() ?? '') });
  writeFileSync(join(fresh, 'prerender', 'chunks', chunks[0]!), DATA_MODULE);
  const pages = [...captured.internals.pagesByKeys].map(([key, page]) => [key, { styles: page.styles }] as [string, { styles: unknown[] }]);
  const kit: KitFile = { version: KIT_VERSION, code, entry, pages, config, store };
  writeFileSync(join(fresh, 'kit.json'), JSON.stringify(kit));
  rmSync(kitDir, { recursive: true, force: true });
  renameSync(fresh, kitDir);
}

/**
 * Wrap Astro's prerenderer so that, when the build script asks for a kit, the bundle is kept.
 * Anything that goes wrong here only means no kit: the next fast publish then runs Astro.
 */
export function keepRenderKit(inner: Prerenderer, getConfig: () => AstroConfig | undefined): Prerenderer {
  const kitDir = process.env[KIT_DIR_VARIABLE];
  const code = process.env[KIT_CODE_VARIABLE];
  const cacheDir = getConfig()?.cacheDir;
  if (!kitDir || !code || !cacheDir) return inner;
  let bundleDir: string | undefined;
  let entry: string | undefined;
  const captured: Captured = {};
  return {
    ...inner,
    setup: async () => {
      try {
        const config = getConfig()!;
        bundleDir = prerenderDir(config);
        const entries = existsSync(bundleDir) ? readdirSync(bundleDir).filter((name) => /^prerender-entry.*\.mjs$/.test(name)) : [];
        if (entries.length === 1) {
          entry = entries[0]!;
          const module = (await import(pathToFileURL(join(bundleDir, entry)).href)) as { app?: { setInternals: (value: unknown) => void } };
          const app = module.app;
          if (app) {
            const original = app.setInternals.bind(app);
            app.setInternals = (value: unknown) => {
              captured.internals = value as Captured['internals'];
              original(value);
            };
          }
        }
      } catch {
        entry = undefined;
      }
      await inner.setup?.();
    },
    teardown: async () => {
      try {
        const config = getConfig();
        if (config && bundleDir && entry) writeKit(kitDir, bundleDir, entry, captured, kitConfig(config), code, fileURLToPath(cacheDir));
      } catch (error) {
        console.warn(publishing.build.fast.kit.notKept((error as Error).message));
      }
      await inner.teardown?.();
    },
  };
}
