// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { resolveDeployment } from './src/config/paths.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { mdxSafetyPlugin } from './src/lib/mdx-safety.ts';

// Origin and sub-path come from SITE_URL / BASE_PATH, else from content/site.yaml (url, basePath).
const deployment = resolveDeployment();

export default defineConfig({
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
  // Embeds (/nhung/) are fragments for the e-portal's iframes, not pages to list for search engines.
  integrations: [mdx(), sitemap({ filter: (page) => !new URL(page).pathname.startsWith(`${deployment.basePath}nhung/`) })],
  // Astro's default Markdown processor, plus the plugin that keeps code out of MDX bodies
  // (src/lib/mdx-safety.ts); Markdown output is also cleaned in the loader (src/lib/sanitize-body.ts).
  markdown: { processor: satteri({ hastPlugins: [mdxSafetyPlugin] }) },
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
