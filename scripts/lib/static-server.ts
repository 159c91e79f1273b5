/**
 * A small static file server for the built site: clean URLs (`/tin-tuc/` → `tin-tuc/index.html`),
 * the sub-path (`/cchc/`), correct types for Pagefind's `.wasm` and `.pf_*` files, gzip for text,
 * and the site's own 404 page. Used by `npm run serve` (commune LAN copy) and by the browser tests.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

export const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
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
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|feed\+json|rss\+xml|atom\+xml)|image\/svg)/;

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
  close: () => Promise<void>;
}

function resolveFile(root: string, relativePath: string): string | undefined {
  const safe = normalize(relativePath).replace(/^(\.\.(\/|\\|$))+/, '');
  const full = join(root, safe);
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

export function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const root = normalize(options.root);
  const basePath = options.basePath ?? '/';
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (basePath !== '/' && `${pathname}/` === basePath) {
      response.writeHead(301, { Location: basePath }).end();
      return;
    }
    let file: string | undefined;
    if (pathname.startsWith(basePath)) {
      const relative = pathname.slice(basePath.length);
      file = resolveFile(root, relative);
      // Folders are served with a trailing slash so that relative links resolve the same everywhere.
      if (file?.endsWith(`${sep}index.html`) && !pathname.endsWith('/') && !relative.endsWith('index.html')) {
        response.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
        return;
      }
    }
    let status = 200;
    if (!file) {
      status = 404;
      file = resolveFile(root, '404.html');
      if (!file) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Không tìm thấy trang.');
        return;
      }
    }
    const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const headers: Record<string, string> = {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': file.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
    };
    if (gzip) {
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    } else {
      headers['Content-Length'] = String(statSync(file).size);
    }
    response.writeHead(status, headers);
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(file);
    if (gzip) stream.pipe(createGzip()).pipe(response);
    else stream.pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
      resolvePromise({
        server,
        url: `http://${host}:${port}${basePath}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
