/**
 * A small static file server for the built site: clean URLs (`/tin-tuc/` → `tin-tuc/index.html`),
 * the sub-path (`/cchc/`), correct types for Pagefind's `.wasm` and `.pf_*` files, gzip for text,
 * revalidation (ETag / 304) and the site's own 404 page. Used by `npm run serve` (commune LAN
 * copy) and by the browser tests.
 */
import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
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

export interface StaticServerOptions {
  root: string;
  /** Sub-path the site is served under, e.g. `/cchc/`. */
  basePath?: string;
  host?: string;
  port?: number;
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
 * The file a URL path (already decoded, relative to the base path) names, or undefined.
 * Folders resolve to their index.html. Nothing outside `root` is ever returned.
 */
export function resolveFile(root: string, relativePath: string): string | undefined {
  if (relativePath.includes('\0')) return undefined;
  const full = resolve(root, `.${sep}${relativePath}`);
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  const stats = statFile(full);
  if (stats?.isFile()) return full;
  if (stats?.isDirectory()) {
    const index = join(full, 'index.html');
    if (statFile(index)?.isFile()) return index;
  }
  return undefined;
}

function normalizeBase(basePath: string | undefined): string {
  const trimmed = (basePath ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(301, { Location: location, 'Content-Type': 'text/plain; charset=utf-8' }).end();
}

function send(request: IncomingMessage, response: ServerResponse, file: string, status: number): void {
  const stats = statFile(file);
  if (!stats) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Không tìm thấy trang.');
    return;
  }
  const type = contentTypeFor(file);
  const etag = `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
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
  const stream = createReadStream(file);
  // A file can vanish while it is read (a new build swapped the folder): end the reply cleanly.
  stream.on('error', () => response.destroy());
  if (gzip) stream.pipe(createGzip()).pipe(response);
  else stream.pipe(response);
}

export function createStaticHandler(options: { root: string; basePath?: string }) {
  const root = resolve(options.root);
  const basePath = normalizeBase(options.basePath);
  return (request: IncomingMessage, response: ServerResponse): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let url: URL;
    let pathname: string;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Địa chỉ không hợp lệ.');
      return;
    }
    // Someone who types only the PC's address should still land on the site.
    if (basePath !== '/' && (pathname === '/' || `${pathname}/` === basePath)) {
      redirect(response, `${basePath}${url.search}`);
      return;
    }
    if (pathname.startsWith(basePath)) {
      const relative = pathname.slice(basePath.length);
      const file = resolveFile(root, relative);
      if (file) {
        // Folders are served with a trailing slash so that relative links resolve the same everywhere.
        if (file.endsWith(`${sep}index.html`) && !pathname.endsWith('/') && !relative.endsWith('index.html')) {
          redirect(response, `${url.pathname}/${url.search}`);
          return;
        }
        send(request, response, file, 200);
        return;
      }
    }
    const notFound = resolveFile(root, '404.html');
    if (notFound) send(request, response, notFound, 404);
    else response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Không tìm thấy trang.');
  };
}

export function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const basePath = normalizeBase(options.basePath);
  const server = createServer(createStaticHandler({ root: options.root, basePath }));
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
