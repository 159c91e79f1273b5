/**
 * The server behind `npm run serve` and the browser tests: what a commune PC must get right for
 * the site (and its search) to work on the LAN.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_SECURITY_HEADERS, startStaticServer, type RunningServer } from '../../scripts/lib/static-server.ts';

let work: string;
let site: string;
let root: RunningServer;
let sub: RunningServer;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw request, so the path reaches the server exactly as written (no URL clean-up by fetch). */
function get(server: RunningServer, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
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

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cchc-server-'));
  // Named like the real output folder, with the siblings a build leaves beside it (its lock) and a
  // second site whose name starts the same: a folder check without its trailing separator lets
  // `/..%2fdist.lock` or `/..%2fdist2/` through.
  site = join(work, 'dist');
  write(join(site, 'index.html'), '<!doctype html><title>Trang chủ</title>');
  write(join(site, 'tin-tuc', 'index.html'), '<!doctype html><title>Tin tức</title>' + ' Cải cách hành chính.'.repeat(200));
  write(join(site, '404.html'), '<!doctype html><title>Không tìm thấy trang</title>');
  write(join(site, 'pagefind', 'pagefind.js'), 'export const x = 1;');
  write(join(site, 'pagefind', 'demo.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d]));
  write(join(site, 'pagefind', 'wasm.vi.pagefind'), Buffer.from([0x1f, 0x8b, 8, 0]));
  write(join(site, 'feed.json'), '{"version":"https://jsonfeed.org/version/1.1"}');
  write(join(site, 'rss.xml'), '<rss version="2.0"></rss>');
  write(join(site, 'duong-day-nong', 'danh-ba.vcf'), 'BEGIN:VCARD\r\nEND:VCARD\r\n');
  write(join(work, 'bi-mat.txt'), 'không được lộ');
  write(join(work, 'dist.lock'), 'không được lộ: khóa');
  write(join(work, 'dist2', 'index.html'), 'không được lộ: trang khác');
  write(join(work, 'dist2', 'bi-mat.txt'), 'không được lộ: tệp khác');
  // Dotfiles an editor's tools leave in a folder (a git checkout, an env file, editor backups).
  write(join(site, '.env'), 'không được lộ: MAT_KHAU=123');
  write(join(site, '.git', 'config'), 'không được lộ: [core]');
  write(join(site, 'tin-tuc', '.ghi-chu.txt'), 'không được lộ: ghi chú');
  // Links that lead out of the site folder: to a file, to a folder, to a sibling folder.
  symlinkSync(join(work, 'bi-mat.txt'), join(site, 'lien-ket.txt'));
  symlinkSync(join(work, 'dist2'), join(site, 'thu-muc-ngoai'));
  symlinkSync('../dist2/bi-mat.txt', join(site, 'tin-tuc', 'lien-ket-tuong-doi.txt'));
  // Links inside the folder: a visible name to a dotfile, a hidden name to a page.
  symlinkSync('.env', join(site, 'cau-hinh.txt'));
  symlinkSync('index.html', join(site, '.trang-an.html'));
  root = await startStaticServer({ root: site, basePath: '/', host: '127.0.0.1', port: 0 });
  sub = await startStaticServer({ root: site, basePath: '/cchc/', host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await root.close();
  await sub.close();
  rmSync(work, { recursive: true, force: true });
});

describe('static server', () => {
  it('reports a URL with the base path and the real port', () => {
    expect(sub.url).toBe(`http://127.0.0.1:${sub.port}/cchc/`);
    expect(sub.port).toBeGreaterThan(0);
  });

  it('serves clean URLs from folder index pages and adds the missing slash', async () => {
    const page = await get(sub, '/cchc/tin-tuc/');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('<title>Tin tức</title>');
    const bare = await get(sub, '/cchc/tin-tuc?q=a');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/cchc/tin-tuc/?q=a');
  });

  it('sends a visitor who types only the address of the PC to the site under its sub-path', async () => {
    expect((await get(sub, '/')).headers.location).toBe('/cchc/');
    expect((await get(sub, '/cchc')).headers.location).toBe('/cchc/');
    expect((await get(sub, '/cchc/')).status).toBe(200);
  });

  it.each([
    ['/cchc/pagefind/demo.wasm', 'application/wasm'],
    ['/cchc/feed.json', 'application/json; charset=utf-8'],
    ['/cchc/rss.xml', 'application/xml; charset=utf-8'],
    ['/cchc/duong-day-nong/danh-ba.vcf', 'text/vcard; charset=utf-8'],
    ['/cchc/pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(sub, path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
  });

  it('compresses text for browsers that accept gzip, but never Pagefind files that are gzip already', async () => {
    const page = await get(sub, '/cchc/tin-tuc/', { 'Accept-Encoding': 'gzip, deflate' });
    expect(page.headers['content-encoding']).toBe('gzip');
    const text = gunzipSync(page.body).toString();
    expect(text).toContain('Cải cách hành chính.');
    expect(page.body.length).toBeLessThan(Buffer.byteLength(text) / 4);
    const index = await get(sub, '/cchc/pagefind/wasm.vi.pagefind', { 'Accept-Encoding': 'gzip' });
    expect(index.headers['content-encoding']).toBeUndefined();
    expect([...index.body]).toEqual([0x1f, 0x8b, 8, 0]);
  });

  it('answers a repeated request with 304 when the file has not changed', async () => {
    const first = await get(sub, '/cchc/feed.json');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    expect((await get(sub, '/cchc/feed.json', { 'If-None-Match': etag })).status).toBe(304);
  });

  it("shows the site's own 404 page for unknown paths and for paths outside the sub-path", async () => {
    for (const path of ['/cchc/khong-co-trang-nay/', '/tin-tuc/']) {
      const response = await get(sub, path);
      expect(response.status).toBe(404);
      expect(response.body.toString()).toContain('Không tìm thấy trang');
    }
  });

  it('never serves a file outside the site folder', async () => {
    for (const path of ['/../bi-mat.txt', '/%2e%2e/bi-mat.txt', '/cchc/..%2f..%2fbi-mat.txt', '/cchc/%2e%2e%2fbi-mat.txt', '/cchc/%00']) {
      const response = await get(sub, path);
      expect(response.body.toString()).not.toContain('không được lộ');
      expect([400, 404]).toContain(response.status);
    }
    expect((await get(root, '/..%2fbi-mat.txt')).body.toString()).not.toContain('không được lộ');
  });

  it('never serves a sibling of the site folder whose name starts the same (dist.lock, dist2)', async () => {
    const paths = ['/..%2fdist.lock', '/..%2fdist2/bi-mat.txt', '/..%2fdist2/', '/%2e%2e%2fdist.lock', '/..%5cdist.lock'];
    for (const [server, prefix] of [[root, '/'], [sub, '/cchc/']] as const) {
      for (const path of paths) {
        const response = await get(server, prefix === '/' ? path : `/cchc${path}`);
        expect(response.body.toString(), path).not.toContain('không được lộ');
        expect([400, 403, 404], path).toContain(response.status);
      }
    }
  });

  it('does not serve dotfiles (.env, .git/, hidden notes)', async () => {
    for (const path of ['/cchc/.env', '/cchc/.git/config', '/cchc/.git/', '/cchc/tin-tuc/.ghi-chu.txt', '/cchc/%2eenv', '/cchc/cau-hinh.txt', '/cchc/.trang-an.html']) {
      const response = await get(sub, path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString(), path).not.toContain('không được lộ');
      expect(response.body.toString(), path).not.toContain('<title>Trang chủ</title>');
    }
  });

  it('does not follow links that lead out of the site folder', async () => {
    for (const path of ['/cchc/lien-ket.txt', '/cchc/thu-muc-ngoai/bi-mat.txt', '/cchc/thu-muc-ngoai/', '/cchc/thu-muc-ngoai', '/cchc/tin-tuc/lien-ket-tuong-doi.txt']) {
      const response = await get(sub, path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString(), path).not.toContain('không được lộ');
    }
  });

  it('sends the security headers on pages, files, 404 pages and redirects', async () => {
    expect(SITE_SECURITY_HEADERS['Content-Security-Policy']).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'self'; form-action 'self'",
    );
    for (const path of ['/cchc/tin-tuc/', '/cchc/pagefind/pagefind.js', '/cchc/khong-co/', '/cchc/tin-tuc', '/cchc/%00']) {
      const response = await get(sub, path);
      expect(response.headers['content-security-policy'], path).toBe(SITE_SECURITY_HEADERS['Content-Security-Policy']);
      expect(response.headers['x-content-type-options'], path).toBe('nosniff');
      expect(response.headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(root, '/tin-tuc/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const post = await get(root, '/tin-tuc/', {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});
