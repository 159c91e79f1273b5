/**
 * A small static file server for the built site: clean URLs (`/tin-tuc/` → `tin-tuc/index.html`),
 * the sub-path (`/cchc/`), correct types for Pagefind's `.wasm` and `.pf_*` files, gzip for text,
 * revalidation (ETag / 304) and the site's own 404 page. Used by `npm run serve` (commune LAN
 * copy) and by the browser tests.
 *
 * Anyone on the office LAN can reach it, so it serves only regular files that really lie inside
 * the site folder: no dotfiles, no links leading out, no sibling folder that merely shares the
 * name's start (`dist.lock`, `dist2`), and every aborted download gives its file back.
 */
import { createReadStream, realpathSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';

export const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.vcf': 'text/vcard; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.zip': 'application/zip',
};

// Pagefind's `.pf_*` and `.pagefind` files are already gzip data: they stay octet-stream and are
// never compressed twice.
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|manifest\+json|feed\+json|rss\+xml|atom\+xml)|image\/svg)/;

/**
 * What the built site needs and no more: its own scripts plus Pagefind's WebAssembly and worker,
 * inline `<style>` only because the embed pages (/nhung/…) carry their styles inline, images from
 * the site or data: URLs (QR codes), and no framing by other origins.
 */
export const SITE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Sent with every answer of the site server (the Python and PowerShell servers send the same). */
export const SITE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': SITE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/**
 * The editor page (Sveltia CMS, `npm run cms`) cannot live under the site's policy: it frames the
 * preview from another port and runs its own bundled code. It only listens on 127.0.0.1.
 */
export const EDITOR_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

export interface StaticServerOptions {
  root: string;
  /** Sub-path the site is served under, e.g. `/cchc/`. */
  basePath?: string;
  host?: string;
  port?: number;
  /**
   * Headers added to every answer: the site's by default, EDITOR_PAGE_HEADERS for the editor.
   */
  headers?: Readonly<Record<string, string>>;
}

export interface RunningServer {
  server: Server;
  /** e.g. `http://127.0.0.1:4321/cchc/` */
  url: string;
  /** The port actually listened on (useful with port 0). */
  port: number;
  close: () => Promise<void>;
}

export function contentTypeFor(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function statFile(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Whether `path` is `folder` or lies inside it. The separator matters: `/srv/dist.lock` and
 * `/srv/dist2/x` start with `/srv/dist` but are not inside it.
 */
export function isInside(folder: string, path: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** A name starting with a dot (`.env`, `.git`): hidden, never part of the built site. */
function isHiddenName(name: string): boolean {
  return name.startsWith('.') && name !== '.' && name !== '..';
}

function hasHiddenName(folder: string, path: string): boolean {
  return relative(folder, path).split(sep).some(isHiddenName);
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The file a URL path (already decoded, relative to the base path) names, or undefined.
 * Folders resolve to their index.html. Nothing outside `root` is ever returned: not through `..`,
 * not through a dotfile, not through a link whose target lies outside the folder.
 */
export function resolveFile(root: string, relativePath: string): string | undefined {
  if (relativePath.includes('\0')) return undefined;
  const full = resolve(root, `.${sep}${relativePath}`);
  if (!isInside(root, full) || hasHiddenName(root, full)) return undefined;
  const stats = statFile(full);
  const file = stats?.isFile() ? full : stats?.isDirectory() ? join(full, 'index.html') : undefined;
  if (!file) return undefined;
  // Links are followed only while they stay inside the (real) site folder, and never to a hidden
  // file: the name asked for and the name reached must both be visible ones.
  const realRoot = realPath(root);
  const real = realPath(file);
  if (!realRoot || !real || !isInside(realRoot, real) || hasHiddenName(realRoot, real)) return undefined;
  return statFile(real)?.isFile() ? file : undefined;
}

function normalizeBase(basePath: string | undefined): string {
  const trimmed = (basePath ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

type Headers = Readonly<Record<string, string>>;

const TEXT = 'text/plain; charset=utf-8';

function redirect(response: ServerResponse, location: string, extra: Headers): void {
  response.writeHead(301, { ...extra, Location: location, 'Content-Type': TEXT }).end();
}

function plain(response: ServerResponse, status: number, text: string, extra: Headers): void {
  response.writeHead(status, { ...extra, 'Content-Type': TEXT }).end(text);
}

/**
 * Stream the file to the client. `pipeline` destroys every stream of the chain when one of them
 * ends early: a client that leaves mid-download (or a file that vanishes because a new build
 * swapped the folder) closes the file, where `.pipe()` left it open for good.
 */
function stream(response: ServerResponse, file: string, gzip: boolean): void {
  const done = (error: NodeJS.ErrnoException | null) => {
    if (error && !response.destroyed) response.destroy();
  };
  const source = createReadStream(file);
  if (gzip) pipeline(source, createGzip(), response, done);
  else pipeline(source, response, done);
}

function send(request: IncomingMessage, response: ServerResponse, file: string, status: number, extra: Headers): void {
  const stats = statFile(file);
  if (!stats) {
    plain(response, 404, 'Không tìm thấy trang.', extra);
    return;
  }
  const type = contentTypeFor(file);
  const etag = `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    ...extra,
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    // Pages change with every build; hashed assets under _astro/ never do.
    'Cache-Control': file.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'Last-Modified': stats.mtime.toUTCString(),
  };
  const compress = COMPRESSIBLE.test(type);
  if (compress) headers.Vary = 'Accept-Encoding';
  if (status === 200) {
    headers.ETag = etag;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
  }
  const gzip = compress && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (gzip) headers['Content-Encoding'] = 'gzip';
  else headers['Content-Length'] = String(stats.size);
  response.writeHead(status, headers);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  stream(response, file, gzip);
}

export function createStaticHandler(options: { root: string; basePath?: string; headers?: Headers }) {
  const root = resolve(options.root);
  const basePath = normalizeBase(options.basePath);
  const extra = options.headers ?? SITE_SECURITY_HEADERS;
  return (request: IncomingMessage, response: ServerResponse): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...extra, Allow: 'GET, HEAD' }).end();
      return;
    }
    let url: URL;
    let pathname: string;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
      pathname = decodeURIComponent(url.pathname);
    } catch {
      plain(response, 400, 'Địa chỉ không hợp lệ.', extra);
      return;
    }
    // Someone who types only the PC's address should still land on the site.
    if (basePath !== '/' && (pathname === '/' || `${pathname}/` === basePath)) {
      redirect(response, `${basePath}${url.search}`, extra);
      return;
    }
    if (pathname.startsWith(basePath)) {
      const relativePath = pathname.slice(basePath.length);
      const file = resolveFile(root, relativePath);
      if (file) {
        // Folders are served with a trailing slash so that relative links resolve the same everywhere.
        if (file.endsWith(`${sep}index.html`) && !pathname.endsWith('/') && !relativePath.endsWith('index.html')) {
          redirect(response, `${url.pathname}/${url.search}`, extra);
          return;
        }
        send(request, response, file, 200, extra);
        return;
      }
    }
    const notFound = resolveFile(root, '404.html');
    if (notFound) send(request, response, notFound, 404, extra);
    else plain(response, 404, 'Không tìm thấy trang.', extra);
  };
}

export function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const basePath = normalizeBase(options.basePath);
  const server = createServer(createStaticHandler({ root: options.root, basePath, ...(options.headers && { headers: options.headers }) }));
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
      const wildcard = !options.host || options.host === '0.0.0.0' || options.host === '::';
      const host = wildcard ? '127.0.0.1' : options.host!.includes(':') ? `[${options.host}]` : options.host!;
      resolvePromise({
        server,
        url: `http://${host}:${port}${basePath}`,
        port,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
