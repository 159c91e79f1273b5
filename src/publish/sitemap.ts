/**
 * The sitemap (`sitemap-index.xml`, `sitemap-0.xml`…) written from the pages in the output folder,
 * after Astro. A sitemap made by an Astro integration lists only the pages of the Astro run that
 * made it, and a fast publish renders a handful of pages (docs/fast-publish.md): written from the
 * folder, the full build and the fast publish give the same file by construction.
 *
 * A page is a folder's `index.html` (the site is built with `build.format: 'directory'`); embeds
 * (`nhung/`) are fragments for the e-portal's iframes, not pages for search engines.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** sitemaps.org allows 50,000 addresses per file; stay below with the usual margin. */
export const SITEMAP_ENTRY_LIMIT = 45_000;

const EXCLUDED_TOP_FOLDERS = new Set(['nhung', '_astro', 'pagefind', 'pagefind-luu-tru', 'admin']);

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Site-relative paths of every page ('' for the home page, 'tin-tuc/' …), sorted. */
export function pagePaths(siteDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (prefix === '' && (EXCLUDED_TOP_FOLDERS.has(entry.name) || entry.name.startsWith('.'))) continue;
        walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      } else if (entry.name === 'index.html') {
        found.push(prefix);
      }
    }
  };
  walk(siteDir, '');
  // Numbers in their order (trang/2 before trang/10): the order a person reading the file expects.
  return found.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** The files of the sitemap, by name; `origin` ends without a slash, `basePath` starts and ends with one. */
export function sitemapFiles(paths: readonly string[], origin: string, basePath: string, limit = SITEMAP_ENTRY_LIMIT): Map<string, string> {
  const files = new Map<string, string>();
  const address = (path: string) => escapeXml(`${origin}${basePath}${path}`);
  const chunks = Math.max(1, Math.ceil(paths.length / limit));
  const index: string[] = [];
  for (let chunk = 0; chunk < chunks; chunk += 1) {
    const urls = paths.slice(chunk * limit, (chunk + 1) * limit).map((path) => `<url><loc>${address(path)}</loc></url>`);
    files.set(`sitemap-${chunk}.xml`, `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>\n`);
    index.push(`<sitemap><loc>${address(`sitemap-${chunk}.xml`)}</loc></sitemap>`);
  }
  files.set('sitemap-index.xml', `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index.join('')}</sitemapindex>\n`);
  return files;
}

/** Write the sitemap of the site in `siteDir`; returns the number of pages listed. */
export function writeSitemap(siteDir: string, origin: string, basePath: string): number {
  const paths = pagePaths(siteDir);
  for (const [name, text] of sitemapFiles(paths, origin.replace(/\/+$/, ''), basePath)) writeFileSync(join(siteDir, name), text);
  return paths.length;
}
