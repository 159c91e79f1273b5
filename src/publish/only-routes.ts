/**
 * Astro integration used by the fast publish (docs/fast-publish.md): when the build script names a
 * file of routes in `TRANG_CCHC_ONLY_ROUTES`, Astro renders only those pages. Astro has no option
 * for it; its build lets an integration wrap the prerenderer, whose list of paths is filtered here.
 * Without the variable this integration does nothing.
 *
 * Astro starts before the content check has said which pages changed (it runs on the other core
 * meanwhile), so the file is read when Astro reaches its pages: the build script writes it (a JSON
 * array of site-relative paths; ['*'] means every page) as soon as it knows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AstroConfig, AstroIntegration } from 'astro';
import { keepRenderKit, type Prerenderer } from './render-kit/capture.ts';

export const ONLY_ROUTES_VARIABLE = 'TRANG_CCHC_ONLY_ROUTES';

/**
 * A site-relative path ('' home, 'tin-tuc/x/', 'rss.xml') matches a path given exactly, or one
 * ending in '*' (everything under it, and the page of the folder itself: 'ban-tin/*' matches
 * 'ban-tin/'). A trailing slash does not count: Astro names a page of a fixed route '/ban-tin' and a
 * page of a dynamic one '/tin-tuc/x/'.
 */
export function routeMatcher(paths: readonly string[]): (path: string) => boolean {
  const bare = (path: string) => path.replace(/\/+$/, '');
  const exact = new Set(paths.filter((path) => !path.endsWith('*')).map(bare));
  const prefixes = paths.filter((path) => path.endsWith('*')).map((path) => path.slice(0, -1));
  for (const prefix of prefixes) exact.add(bare(prefix));
  return (path) => exact.has(bare(path)) || prefixes.some((prefix) => path.startsWith(prefix));
}

/** Astro's pathname ('/cchc/tin-tuc/x/' or '/tin-tuc/x/') as a site-relative path. */
export function sitePath(pathname: string, basePath: string): string {
  const withoutBase = basePath !== '/' && pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname;
  return withoutBase.replace(/^\/+/, '');
}

/**
 * The integration of the fast publish: renders only the listed routes when asked
 * (TRANG_CCHC_ONLY_ROUTES), and keeps the render kit when asked (src/publish/render-kit/). Astro
 * keeps only the last prerenderer an integration sets, so both wrappers live in this one.
 */
export function onlyRoutes(basePath: string): AstroIntegration {
  let config: AstroConfig | undefined;
  return {
    name: 'trang-cchc:only-routes',
    hooks: {
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const file = process.env[ONLY_ROUTES_VARIABLE];
        setPrerenderer((astroDefault) => keepRenderKit(file ? filtered(astroDefault, file, basePath) : astroDefault, () => config));
      },
    },
  };
}


function filtered(astroDefault: Prerenderer, file: string, basePath: string): Prerenderer {
  const wantedRoutes = async () => {
    // Written by rename, so it is never read half-written; the build script stops Astro if
    // it never comes.
    while (!existsSync(file)) await sleep(50);
    return routeMatcher(JSON.parse(readFileSync(file, 'utf8')) as string[]);
  };
  return {
    ...astroDefault,
    name: 'trang-cchc:only-routes',
    setup: async () => astroDefault.setup?.(),
    teardown: async () => astroDefault.teardown?.(),
    render: (request, options) => astroDefault.render(request, options),
    getStaticPaths: async () => {
      const [all, wanted] = await Promise.all([astroDefault.getStaticPaths(), wantedRoutes()]);
      return all.filter(({ pathname }) => wanted(sitePath(pathname, basePath)));
    },
  };
}
