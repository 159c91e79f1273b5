import type { APIRoute } from 'astro';
import { absolute } from '../data/links.ts';
import { publishing } from '../i18n/publishing.ts';

/**
 * Crawlers read robots.txt only at the root of a host: under a sub-path this file is for the
 * portal team to copy the Sitemap line into the portal's own robots.txt (docs/hosting.md).
 */
export const GET: APIRoute = () =>
  new Response(
    [`# ${publishing.robots.comment}`, 'User-agent: *', 'Allow: /', '', `Sitemap: ${absolute('sitemap-index.xml')}`, ''].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
