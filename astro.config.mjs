// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { resolveDeployment } from './src/config/paths.ts';
import { markdownProcessor } from './src/config/markdown.ts';
import { onlyRoutes } from './src/publish/only-routes.ts';
import { storeFromFile } from './src/publish/store-from-file.ts';

// Origin and sub-path come from SITE_URL / BASE_PATH, else from content/site.yaml (url, basePath).
const deployment = resolveDeployment();

export default defineConfig({
  // Given from this file's folder, not from the root: the build script runs Astro with a root of
  // its own per build (scripts/build.ts), because Astro writes the content layer's image and
  // module maps into `<root>/.astro/`, and two builds of different content folders at once would
  // otherwise read each other's maps (a cover image then fails with LocalImageUsedWrongly).
  srcDir: fileURLToPath(new URL('./src/', import.meta.url)),
  publicDir: fileURLToPath(new URL('./public/', import.meta.url)),
  site: deployment.siteUrl,
  base: deployment.basePath,
  // The content model's routes always end with a slash; static hosts serve folder/index.html.
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Keep all CSS in one cached file instead of inlining it into every page.
    inlineStylesheets: 'never',
    // Astro awaits each page's folder and file writes before it renders the next page: with two
    // pages in flight it renders one while the other is written (0.8-1.3 s less at 10,000 entries,
    // same peak memory; docs/performance.md).
    concurrency: 2,
  },
  // Vietnamese text with inline tags keeps its spaces (the 'jsx' mode would glue words together).
  compressHTML: true,
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  // The build script gives each content folder its own cache (see scripts/lib/run.ts).
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  // The sitemap is written by the build script from the output folder (src/publish/sitemap.ts), so
  // that a fast publish of a few pages and a full build give the same one. onlyRoutes() does
  // nothing unless the build script asks for a fast publish (src/publish/only-routes.ts).
  // storeFromFile(): the pages read the content store from a file instead of compiling it (4 s less
  // at 10,000 entries: src/publish/store-from-file.ts).
  integrations: [mdx(), onlyRoutes(deployment.basePath), storeFromFile()],
  // Astro's default Markdown processor, plus the plugin that keeps code out of MDX bodies
  // (src/lib/mdx-safety.ts); Markdown output is also cleaned in the loader (src/lib/sanitize-body.ts).
  markdown: { processor: markdownProcessor() },
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
