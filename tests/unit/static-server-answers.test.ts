/**
 * What the LAN server (`npm run serve`) sends, checked in the test process itself, so that a
 * planted bug in scripts/lib/static-server.ts is seen here and not only by the child-process tests
 * of tests/build/: the types browsers insist on under `nosniff`, caching, the sub-path, HEAD,
 * unreadable addresses, the editor's headers, where the server listens, and that a download the
 * visitor abandons gives its file back.
 */
import { mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentTypeFor,
  createStaticHandler,
  EDITOR_PAGE_HEADERS,
  isInside,
  SITE_CSP,
  startStaticServer,
  type RunningServer,
} from '../../scripts/lib/static-server.ts';

let work: string;
let site: string;
let bare: string;
let big: string;
let sub: RunningServer;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(server: RunningServer, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function write(path: string, text: string | Buffer): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

/** How many descriptors of this process (which runs the server) are open on `file`. */
function openDescriptors(file: string): number {
  let count = 0;
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      if (readlinkSync(join('/proc/self/fd', fd)) === file) count += 1;
    } catch {
      // The descriptor closed while the folder was read.
    }
  }
  return count;
}

/** Wait until `check` holds, giving the event loop room in between; false if it never does. */
async function eventually(check: () => boolean, tries = 200): Promise<boolean> {
  for (let i = 0; i < tries; i += 1) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return check();
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cchc-server-answers-'));
  site = join(work, 'dist');
  write(join(site, 'index.html'), '<!doctype html><title>Trang chủ</title>');
  write(join(site, 'tin-tuc', 'index.html'), '<!doctype html><title>Tin tức</title>');
  write(join(site, '404.html'), '<!doctype html><title>Không tìm thấy trang</title>');
  write(join(site, '_astro', 'site.Ab12Cd.css'), 'body { color: #111; }'.repeat(50));
  write(join(site, 'manifest.webmanifest'), JSON.stringify({ name: 'Cải cách hành chính xã' }).repeat(30));
  write(join(site, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>'.repeat(30));
  write(join(site, 'logo.png'), Buffer.alloc(2000, 7));
  write(join(site, 'api', 'thu-tuc.json'), JSON.stringify({ ten: 'Đăng ký khai sinh' }).repeat(40));
  write(join(site, 'sitemap.xml'), '<urlset></urlset>'.repeat(40));
  write(join(site, 'thong-bao.txt'), 'Lịch tiếp dân: thứ Hai.');
  // Big enough that the server is still sending when the visitor goes away.
  big = join(site, 'tai-lieu', 'bieu-mau.pdf');
  write(big, Buffer.alloc(32 * 1024 * 1024, 0x25));
  // A site without its own 404 page.
  bare = join(work, 'khong-404');
  write(join(bare, 'index.html'), '<!doctype html><title>Trang</title>');
  sub = await startStaticServer({ root: site, basePath: '/cchc/' });
});

afterAll(async () => {
  await sub?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('types a browser accepts under nosniff', () => {
  // A stylesheet or script with another type is refused by the browser (X-Content-Type-Options:
  // nosniff), a manifest or a font is ignored, a download gets the wrong program.
  it.each([
    ['.html', 'text/html; charset=utf-8'],
    ['.css', 'text/css; charset=utf-8'],
    ['.js', 'text/javascript; charset=utf-8'],
    ['.mjs', 'text/javascript; charset=utf-8'],
    ['.json', 'application/json; charset=utf-8'],
    ['.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['.xml', 'application/xml; charset=utf-8'],
    ['.xsl', 'application/xml; charset=utf-8'],
    ['.txt', 'text/plain; charset=utf-8'],
    ['.svg', 'image/svg+xml'],
    ['.png', 'image/png'],
    ['.jpg', 'image/jpeg'],
    ['.jpeg', 'image/jpeg'],
    ['.webp', 'image/webp'],
    ['.avif', 'image/avif'],
    ['.gif', 'image/gif'],
    ['.ico', 'image/x-icon'],
    ['.wasm', 'application/wasm'],
    ['.vcf', 'text/vcard; charset=utf-8'],
    ['.ics', 'text/calendar; charset=utf-8'],
    ['.pdf', 'application/pdf'],
    ['.doc', 'application/msword'],
    ['.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['.xls', 'application/vnd.ms-excel'],
    ['.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['.csv', 'text/csv; charset=utf-8'],
    ['.md', 'text/markdown; charset=utf-8'],
    ['.yml', 'text/yaml; charset=utf-8'],
    ['.yaml', 'text/yaml; charset=utf-8'],
    ['.woff', 'font/woff'],
    ['.woff2', 'font/woff2'],
    ['.ttf', 'font/ttf'],
    ['.mp3', 'audio/mpeg'],
    ['.mp4', 'video/mp4'],
    ['.webm', 'video/webm'],
    ['.zip', 'application/zip'],
  ])('a %s file is sent as %s, whatever the case of its name', (extension, type) => {
    expect(contentTypeFor(`tai-lieu/tep${extension}`)).toBe(type);
    expect(contentTypeFor(`TEP${extension.toUpperCase()}`)).toBe(type);
  });

  it('sends anything else as a download (octet-stream), Pagefind index files included', () => {
    expect(contentTypeFor('pagefind/index/vi_1a2b.pf_index')).toBe('application/octet-stream');
    expect(contentTypeFor('wasm.vi.pagefind')).toBe('application/octet-stream');
    expect(contentTypeFor('README')).toBe('application/octet-stream');
  });

  it('serves the stylesheet as CSS, cached for good under _astro/, compressed', async () => {
    const css = await get(sub, '/cchc/_astro/site.Ab12Cd.css', { 'Accept-Encoding': 'gzip' });
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['x-content-type-options']).toBe('nosniff');
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(css.headers['content-encoding']).toBe('gzip');
    expect(css.headers.vary).toBe('Accept-Encoding');
  });
});

describe('caching and compression', () => {
  it('asks browsers to check pages again on every visit, and gives their size and date', async () => {
    const page = await get(sub, '/cchc/tin-tuc/');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-length']).toBe(String(page.body.length));
    expect(new Date(String(page.headers['last-modified'])).getTime()).toBeGreaterThan(0);
    expect(page.headers['content-encoding']).toBeUndefined();
  });

  it.each([
    ['/cchc/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/cchc/logo.svg', 'image/svg+xml'],
  ])('compresses %s (%s)', async (path, type) => {
    const response = await get(sub, path, { 'Accept-Encoding': 'br, gzip' });
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toBe('Accept-Encoding');
  });

  it('does not compress images that are compressed already, nor for browsers that did not ask', async () => {
    const png = await get(sub, '/cchc/logo.png', { 'Accept-Encoding': 'gzip' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers.vary).toBeUndefined();
    expect(png.body.length).toBe(2000);
    const plain = await get(sub, '/cchc/logo.svg', { 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain('<svg');
  });

  it('gives the 404 page no ETag, so a browser never keeps it as a valid copy', async () => {
    const missing = await get(sub, '/cchc/khong-co/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('<title>Không tìm thấy trang</title>');
    expect(missing.headers.etag).toBeUndefined();
    const again = await get(sub, '/cchc/khong-co/', { 'If-None-Match': '*' });
    expect(again.status).toBe(404);
  });
});

describe('addresses', () => {
  it('does not serve the site under another sub-path of the same length', async () => {
    for (const path of ['/tinh/tin-tuc/', '/abcd/index.html', '/xyz/cchc/tin-tuc/']) {
      const response = await get(sub, path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString(), path).not.toContain('<title>Tin tức</title>');
      expect(response.body.toString(), path).not.toContain('<title>Trang chủ</title>');
    }
  });

  it('serves index.html asked for by name without a redirect', async () => {
    const page = await get(sub, '/cchc/tin-tuc/index.html');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('<title>Tin tức</title>');
  });

  it('answers an address that cannot be decoded with 400 and a Vietnamese message', async () => {
    const response = await get(sub, '/cchc/%E0%A4%A');
    expect(response.status).toBe(400);
    expect(response.body.toString()).toBe('Địa chỉ không hợp lệ.');
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(SITE_CSP);
  });

  it('answers with a Vietnamese line when the site has no 404 page', async () => {
    const server = await startStaticServer({ root: bare, basePath: '/' });
    try {
      const response = await get(server, '/khong-co/');
      expect(response.status).toBe(404);
      expect(response.body.toString()).toBe('Không tìm thấy trang.');
      expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    } finally {
      await server.close();
    }
  });

  it('keeps the inner slash of a two-level sub-path', async () => {
    const server = await startStaticServer({ root: site, basePath: '/so-noi-vu/cchc/' });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/so-noi-vu/cchc/`);
      expect((await get(server, '/so-noi-vu/cchc/tin-tuc/')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it.each([['cchc'], ['/cchc'], ['cchc/'], ['//cchc//'], [' /cchc/ ']])('reads the sub-path %j as /cchc/', async (basePath) => {
    const server = await startStaticServer({ root: site, basePath });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/cchc/`);
      expect((await get(server, '/cchc/tin-tuc/')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('serves at the root when the sub-path is empty or only slashes', async () => {
    const server = await startStaticServer({ root: site, basePath: ' // ' });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
      expect((await get(server, '/tin-tuc/')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('tells a folder from a sibling whose name starts the same, with or without a trailing separator', () => {
    expect(isInside('/srv/dist', '/srv/dist')).toBe(true);
    expect(isInside('/srv/dist', '/srv/dist/a.html')).toBe(true);
    expect(isInside('/srv/dist/', '/srv/dist/a.html')).toBe(true);
    expect(isInside('/srv/dist', '/srv/dist2/a.html')).toBe(false);
    expect(isInside('/srv/dist/', '/srv/dist2/a.html')).toBe(false);
    expect(isInside('/srv/dist', '/srv/dist.lock')).toBe(false);
  });
});

describe('HEAD', () => {
  it('answers HEAD with the headers only and never reads the file', async () => {
    const handler = createStaticHandler({ root: site, basePath: '/cchc/' });
    const written: Buffer[] = [];
    let status = 0;
    let headers: Record<string, string> = {};
    const response = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        written.push(chunk);
        callback();
      },
    });
    const finished = new Promise((resolve) => response.on('finish', resolve));
    Object.assign(response, {
      writeHead(code: number, sent: Record<string, string>) {
        status = code;
        headers = sent;
        return response;
      },
    });
    const headRequest = { method: 'HEAD', url: '/cchc/tin-tuc/', headers: {} } as IncomingMessage;
    handler(headRequest, response as unknown as ServerResponse);
    await finished;
    expect(status).toBe(200);
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(Number(headers['Content-Length'])).toBeGreaterThan(0);
    expect(Buffer.concat(written).length).toBe(0);
  });
});

describe('the editor page and where the server listens', () => {
  it('sends the editor its own headers instead of the site policy', async () => {
    expect(EDITOR_PAGE_HEADERS).toEqual({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'same-origin' });
    const server = await startStaticServer({ root: site, headers: EDITOR_PAGE_HEADERS });
    try {
      const page = await get(server, '/tin-tuc/');
      expect(page.status).toBe(200);
      expect(page.headers['referrer-policy']).toBe('same-origin');
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['content-security-policy']).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('listens only on this computer, on a free port, unless told otherwise', async () => {
    const server = await startStaticServer({ root: site });
    try {
      const address = server.server.address();
      expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
      expect(server.port).toBeGreaterThan(0);
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    } finally {
      await server.close();
    }
  });

  it('names the address it was given in its URL (IPv6 in brackets, a wildcard as 127.0.0.1)', async () => {
    const named = await startStaticServer({ root: site, host: 'localhost' });
    const wildcard = await startStaticServer({ root: site, host: '0.0.0.0' });
    try {
      expect(named.url).toBe(`http://localhost:${named.port}/`);
      expect(wildcard.url).toBe(`http://127.0.0.1:${wildcard.port}/`);
      expect((wildcard.server.address() as { address: string }).address).toBe('0.0.0.0');
    } finally {
      await named.close();
      await wildcard.close();
    }
    const v6 = await startStaticServer({ root: site, host: '::1' });
    try {
      expect(v6.url).toBe(`http://[::1]:${v6.port}/`);
    } finally {
      await v6.close();
    }
  });
});

describe('a download the visitor abandons', () => {
  it('closes the file as soon as the visitor goes away', async () => {
    expect(openDescriptors(big)).toBe(0);
    const gotFirstChunk = new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: sub.port, path: '/cchc/tai-lieu/bieu-mau.pdf' }, (res) => {
        expect(res.headers['content-length']).toBe(String(32 * 1024 * 1024));
        res.once('data', () => {
          // Mid-download: the server still holds the file open.
          expect(openDescriptors(big)).toBe(1);
          req.destroy();
          resolve();
        });
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ECONNRESET') reject(error);
      });
      req.end();
    });
    await gotFirstChunk;
    expect(await eventually(() => openDescriptors(big) === 0)).toBe(true);
  });
});

describe('more that a visitor or an editor would notice', () => {
  it.each([
    ['/cchc/api/thu-tuc.json', 'application/json; charset=utf-8'],
    ['/cchc/sitemap.xml', 'application/xml; charset=utf-8'],
  ])('compresses %s (%s)', async (path, type) => {
    const response = await get(sub, path, { 'Accept-Encoding': 'gzip' });
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['content-encoding']).toBe('gzip');
  });

  it('gives a file rewritten with the same size a new ETag, so browsers fetch the new text', async () => {
    const file = join(site, 'thong-bao.txt');
    const first = await get(sub, '/cchc/thong-bao.txt');
    writeFileSync(file, 'Lịch tiếp dân: thứ Ba. ');
    utimesSync(file, new Date('2026-01-02T03:04:05Z'), new Date('2026-01-02T03:04:05Z'));
    const second = await get(sub, '/cchc/thong-bao.txt', { 'If-None-Match': String(first.headers.etag) });
    expect(second.status).toBe(200);
    expect(second.headers['content-length']).toBe(first.headers['content-length']);
    expect(second.headers.etag).not.toBe(first.headers.etag);
    expect(second.body.toString()).toBe('Lịch tiếp dân: thứ Ba. ');
    expect(second.headers['last-modified']).toBe('Fri, 02 Jan 2026 03:04:05 GMT');
  });

  it('keeps the query string when it sends a visitor from the PC address to the sub-path', async () => {
    const response = await get(sub, '/?q=khai+sinh');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/cchc/?q=khai+sinh');
    expect(response.headers['content-security-policy']).toBe(SITE_CSP);
  });

  it('serves the home page itself when the site lives at the root', async () => {
    const server = await startStaticServer({ root: site });
    try {
      const home = await get(server, '/');
      expect(home.status).toBe(200);
      expect(home.body.toString()).toContain('<title>Trang chủ</title>');
    } finally {
      await server.close();
    }
  });

  it('refuses other methods with the security headers too', async () => {
    const response = await new Promise<RawResponse>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: sub.port, path: '/cchc/', method: 'DELETE' }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.alloc(0) }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(response.status).toBe(405);
    expect(response.headers['content-security-policy']).toBe(SITE_CSP);
  });

  it('marks files nosniff even when given no other headers', async () => {
    const server = await startStaticServer({ root: site, headers: {} });
    try {
      const response = await get(server, '/thong-bao.txt');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('reports a port already in use instead of hanging', async () => {
    await expect(startStaticServer({ root: site, port: sub.port })).rejects.toThrow(/EADDRINUSE/);
  });

  it('names 127.0.0.1 in its URL when listening on every IPv6 address', async () => {
    const server = await startStaticServer({ root: site, host: '::' });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    } finally {
      await server.close();
    }
  });

  it('stops listening when closed, even in the middle of a download', async () => {
    const server = await startStaticServer({ root: site });
    const download = new Promise<void>((resolve) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/tai-lieu/bieu-mau.pdf' }, (res) => {
        // Read one piece, then stop reading: the download stays open on the server.
        res.once('data', () => {
          res.pause();
          resolve();
        });
      });
      req.on('error', () => undefined);
      req.end();
    });
    await download;
    await server.close();
    expect(server.server.listening).toBe(false);
    await expect(get(server, '/')).rejects.toThrow(/ECONNREFUSED/);
  });
});
