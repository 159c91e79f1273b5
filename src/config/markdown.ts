/**
 * The Markdown processor of the site: Astro's default one plus the plugin that keeps code out of
 * MDX bodies (src/lib/mdx-safety.ts). One definition for astro.config.mjs and for the render kit,
 * which renders a changed article's Markdown itself (src/publish/render-kit/news-entry.ts).
 */
import { satteri } from '@astrojs/markdown-satteri';
import { mdxSafetyPlugin } from '../lib/mdx-safety.ts';

export const markdownProcessor = () => satteri({ hastPlugins: [mdxSafetyPlugin] });
