/**
 * The editor page: Sveltia CMS from node_modules/@sveltia/cms, served from the project itself.
 * It is written to a folder that only `npm run cms` serves (never into the public build).
 *
 * The published bundle fetches three things from CDNs: its fonts (cdn.jsdelivr.net) and its
 * translations (unpkg.com). A commune PC may be offline and the site must not call the internet,
 * so the fonts are copied from the package's own `npm/assets` and the bundle's font URLs are
 * rewritten to them, and a small script in front of the bundle answers the translation request
 * from the package's `locales/` folder and refuses any other outside request.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, stringify } from 'yaml';
import { PROJECT_ROOT } from '../config/paths.ts';
import { editor } from '../i18n/editor.ts';
import { cmsConfig, type CmsConfigInput } from './config.ts';

export const SVELTIA_DIR = join(PROJECT_ROOT, 'node_modules', '@sveltia', 'cms');

const FONT_URL = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/** Rewrite the bundle's CDN font URLs to local files; returns the text and the fonts to copy. */
export function localizeFonts(bundle: string, assetNames: readonly string[]): { text: string; fonts: string[] } {
  const fonts: string[] = [];
  const text = bundle.replace(FONT_URL, (url, family: string, variant: string) => {
    const local = assetNames.find((name) => name.startsWith(`${family}-${variant}-`) && name.endsWith('.woff2'));
    if (!local) throw new Error(`Sveltia CMS: no local copy of the font ${url} in npm/assets`);
    fonts.push(local);
    return `./fonts/${local}`;
  });
  return { text, fonts };
}

/**
 * Runs before the bundle. The UI language is set to Vietnamese unless the editor chose another
 * one in the CMS settings.
 */
const OFFLINE_SCRIPT = `(() => {
  const original = window.fetch.bind(window);
  const locales = /^https:\\/\\/unpkg\\.com\\/@sveltia\\/cms@[^/]+\\/locales\\/([a-zA-Z-]+\\.json)$/;
  window.fetch = (input, init) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url, location.href);
    const locale = locales.exec(url.href);
    if (locale) return original(new URL('locales/' + locale[1], document.baseURI), init);
    if (url.origin !== location.origin && url.protocol !== 'blob:' && url.protocol !== 'data:') {
      return Promise.reject(new TypeError('offline: ' + url.href));
    }
    return original(input, init);
  };
  try {
    const prefs = JSON.parse(localStorage.getItem('sveltia-cms.prefs') || '{}') || {};
    if (!prefs.locale) localStorage.setItem('sveltia-cms.prefs', JSON.stringify({ ...prefs, locale: 'vi' }));
  } catch {}
})();
`;

function indexHtml(): string {
  const T = editor.cms;
  // connect-src 'self' backs up the fetch guard: the browser itself refuses outside requests.
  const csp = [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' blob: data:",
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
  ].join('; ');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${T.pageTitle}</title>
<link href="./config.yml" type="application/yaml" rel="cms-config-url">
<script src="./offline.js"></script>
<script src="./sveltia-cms.js"></script>
</head>
<body>
<noscript>${T.noScript}</noscript>
</body>
</html>
`;
}

/**
 * Left in every folder the editor page is written to: a folder holding it is ours to empty and
 * rewrite; any other non-empty folder may hold someone's files (`--xuat D:\\` by mistake).
 */
export const EXPORT_MARKER = '.trang-cchc-trinh-soan-thao';

/**
 * Why `--xuat dir` must not write there, in Vietnamese; undefined when it may: the folder is
 * absent, empty, a previous export (has the marker), or the editor said `--ghi-de`.
 */
export function exportRefusal(dir: string, overwrite: boolean): string | undefined {
  if (!existsSync(dir)) return undefined;
  if (!statSync(dir).isDirectory()) return editor.cms.exportNotFolder(dir);
  const present = readdirSync(dir);
  if (present.length === 0 || present.includes(EXPORT_MARKER) || overwrite) return undefined;
  return editor.cms.exportNotEmpty(dir, present.length);
}

/** Write the editor page into `dir` (emptied first) with the given configuration. */
export function prepareCmsFolder(dir: string, config: Record<string, unknown>): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'fonts'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const assetsDir = join(SVELTIA_DIR, 'npm', 'assets');
  const assets = existsSync(assetsDir) ? readdirSync(assetsDir) : [];
  const { text, fonts } = localizeFonts(readFileSync(join(SVELTIA_DIR, 'dist', 'sveltia-cms.js'), 'utf8'), assets);
  writeFileSync(join(dir, 'sveltia-cms.js'), text, 'utf8');
  for (const font of fonts) copyFileSync(join(assetsDir, font), join(dir, 'fonts', font));
  const chunks = join(SVELTIA_DIR, 'dist', 'chunks');
  if (existsSync(chunks)) {
    mkdirSync(join(dir, 'chunks'), { recursive: true });
    for (const name of readdirSync(chunks)) if (!name.endsWith('.map')) copyFileSync(join(chunks, name), join(dir, 'chunks', name));
  }
  for (const name of readdirSync(join(SVELTIA_DIR, 'locales'))) {
    copyFileSync(join(SVELTIA_DIR, 'locales', name), join(dir, 'locales', name));
  }
  copyFileSync(join(SVELTIA_DIR, 'LICENSE.txt'), join(dir, 'LICENSE-sveltia-cms.txt'));
  writeFileSync(join(dir, 'offline.js'), OFFLINE_SCRIPT, 'utf8');
  writeFileSync(join(dir, 'config.yml'), stringify(config, { lineWidth: 0 }), 'utf8');
  writeFileSync(join(dir, 'index.html'), indexHtml(), 'utf8');
  writeFileSync(join(dir, EXPORT_MARKER), `${editor.cms.exportMarkerNote}\n`, 'utf8');
}

/** The configuration for a content folder: its units and site name, its path in the repository. */
export function cmsConfigForContent(
  contentDir: string,
  options: Pick<CmsConfigInput, 'previewUrl' | 'backend'> = {},
): Record<string, unknown> {
  const read = (name: string): unknown => {
    try {
      return parse(readFileSync(join(contentDir, name), 'utf8'));
    } catch {
      return undefined;
    }
  };
  const rawUnits = read('units.yaml');
  const units = (Array.isArray(rawUnits) ? rawUnits : [])
    .filter((unit): unit is { id: string; name?: unknown } => typeof unit?.id === 'string')
    .map((unit) => ({ id: unit.id, name: typeof unit.name === 'string' ? unit.name : unit.id }));
  const site = read('site.yaml') as { name?: unknown; shortName?: unknown } | undefined;
  const siteName = typeof site?.shortName === 'string' ? site.shortName : typeof site?.name === 'string' ? site.name : '';
  // Sveltia addresses files from the repository root, which is the project folder.
  const contentPath = relative(PROJECT_ROOT, contentDir).split(sep).join('/') || '.';
  return cmsConfig({ contentPath, units, siteName, ...options });
}
