/**
 * `npm run package`: a dated zip of the built site for a commune PC with no internet and no Node:
 * the site under www/ (inside its sub-path folder, so URLs map straight to files), a short guide in
 * Vietnamese, and start scripts that serve it with what the PC already has — PowerShell's
 * HttpListener on Windows, python3's http.server (or busybox httpd) on Linux.
 *
 * The start scripts go into the zip exactly as they are in scripts/package/: nothing from the
 * content (base path, site name) is ever pasted into their code. What they need to know is written
 * to cau-hinh.json, which they read as data; the base path is also checked to be a plain path.
 *
 *   npm run package -- [--dir dist] [--out goi]      (OUT_DIR / PACKAGE_DIR work too)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, isAbsolute, join, posix, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync, type Zippable } from 'fflate';
import { isSafeBasePath, PROJECT_ROOT, resolveDeployment } from '../src/config/paths.ts';
import { publishing } from '../src/i18n/publishing.ts';
import { buildDay } from '../src/lib/dates.ts';
import { BUILD_INFO_FILE, readBuildInfo } from './lib/build-info.ts';

const T = publishing.packaging;
const TEMPLATES = join(PROJECT_ROOT, 'scripts', 'package');
/** Already compressed: storing them again costs time on a slow PC and saves nothing. */
const STORED = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.woff2', '.zip', '.pagefind', '.pf_meta', '.pf_index', '.pf_fragment', '.wasm']);

const { values } = parseArgs({ options: { dir: { type: 'string' }, out: { type: 'string' } }, strict: false });
const fromRoot = (path: string) => (isAbsolute(path) ? path : resolve(PROJECT_ROOT, path));
const siteDir = fromRoot(String(values.dir ?? process.env.OUT_DIR ?? 'dist'));
const outDir = fromRoot(String(values.out ?? process.env.PACKAGE_DIR ?? 'goi'));

if (!existsSync(join(siteDir, 'index.html'))) {
  console.error(T.noSite(siteDir));
  process.exit(1);
}

function die(message: string): never {
  console.error(message);
  process.exit(1);
}

const recorded = readBuildInfo(siteDir)?.basePath;
const basePath = recorded ?? resolveDeployment().basePath;
// It names folders of the zip and is printed by the start scripts: a plain path or nothing.
if (!isSafeBasePath(basePath)) die(T.badBasePath(basePath, recorded !== undefined ? join(siteDir, BUILD_INFO_FILE) : 'site.yaml / BASE_PATH'));
const day = buildDay();
const top = `trang-cchc-${day}`;
const homeHtml = readFileSync(join(siteDir, 'index.html'), 'utf8');
const siteName = homeHtml.match(/<meta property="og:site_name" content="([^"]+)"/)?.[1]?.replace(/&amp;/g, '&') ?? 'Trang cải cách hành chính';

const BOM = '\uFEFF';
/** Windows tools (Notepad, PowerShell 5.1) read UTF-8 reliably only with a BOM and CRLF lines. */
const forWindows = (text: string) => BOM + text.replace(/\r?\n/g, '\r\n');
const script = (name: string) => readFileSync(join(TEMPLATES, name), 'utf8');
/** The guide is text for people, not code: the only file the values are written into. */
function guide(): string {
  return script('HUONG-DAN.txt').replaceAll('__BASE_PATH__', basePath).replaceAll('__DATE__', day).replaceAll('__SITE_NAME__', siteName);
}
/** What the start scripts read at run time, as data (JSON), never as code. */
const settings = `${JSON.stringify({ basePath, siteName, date: day }, null, 2)}\n`;

const encoder = new TextEncoder();
const EXECUTABLE = { os: 3, attrs: (0o100755 << 16) >>> 0 };
const tree: Zippable = {
  [top]: {
    'HUONG-DAN.txt': [encoder.encode(forWindows(guide())), { level: 6 }],
    'cau-hinh.json': [encoder.encode(settings), { level: 6 }],
    'chay-trang.bat': [encoder.encode(script('chay-trang.bat').replace(/\r?\n/g, '\r\n')), { level: 6 }],
    'phuc-vu-trang.ps1': [encoder.encode(forWindows(script('phuc-vu-trang.ps1'))), { level: 6 }],
    'chay-trang.sh': [encoder.encode(script('chay-trang.sh')), { level: 6, ...EXECUTABLE }],
    'phuc-vu-trang.py': [encoder.encode(script('phuc-vu-trang.py')), { level: 6, ...EXECUTABLE }],
  },
};

/**
 * The site's regular files, relative to the folder. Links are skipped with a warning: following
 * them would copy whatever they point at (anywhere on the PC) into a zip handed to others, and a
 * link to a folder is not a file at all.
 */
function siteFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isSymbolicLink()) {
      console.warn(T.linkSkipped(join(dir, entry.name)));
      return [];
    }
    if (entry.isDirectory()) return siteFiles(join(dir, entry.name), path);
    return entry.isFile() ? [path] : [];
  });
}

/** An entry path that stays inside the package's folder once unzipped (no `..`, no absolute path). */
function insidePackage(parts: string[]): boolean {
  const path = parts.join('/');
  return parts.every((part) => part !== '' && part !== '.' && part !== '..' && !/[\\:]/.test(part)) && posix.normalize(path) === path;
}

// The site goes under www/<sub-path>/ so that every server maps the URL path to a file as it is.
const prefix = ['www', ...basePath.split('/').filter(Boolean)];
const files = siteFiles(siteDir);
for (const file of files) {
  const full = join(siteDir, file);
  const data = readFileSync(full);
  const parts = [...prefix, ...file.split('/')];
  if (!insidePackage(parts)) die(T.outsideFolder([top, ...parts].join('/')));
  let node = tree[top] as Zippable;
  for (const folder of parts.slice(0, -1)) node = (node[folder] ??= {}) as Zippable;
  node[parts.at(-1)!] = [new Uint8Array(data.buffer, data.byteOffset, data.length), { level: STORED.has(extname(file).toLowerCase()) ? 0 : 6, mtime: statSync(full).mtime }];
}

const zip = zipSync(tree, { mtime: new Date() });
mkdirSync(outDir, { recursive: true });
const target = join(outDir, `${top}.zip`);
// Written beside and renamed, so a copy in progress never leaves a truncated zip under the real name.
const partial = `${target}.${process.pid}.tmp`;
try {
  writeFileSync(partial, zip);
  renameSync(partial, target);
} finally {
  rmSync(partial, { force: true });
}
console.log(T.done(target.startsWith(PROJECT_ROOT) ? relative(PROJECT_ROOT, target) : target, files.length + 6, (zip.length / 1024 / 1024).toFixed(1)));
console.log(T.next);
