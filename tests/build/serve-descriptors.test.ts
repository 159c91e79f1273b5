/**
 * `npm run serve` on a LAN where a client walks away mid-download (a closed tab, a phone losing
 * Wi-Fi, or someone doing it on purpose): every aborted download must give back its open file, or
 * a few hundred of them exhaust the process's descriptors and the site stops answering everyone.
 * The server runs with a low descriptor limit, as a small office PC might, so a leak shows quickly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/sites.ts';

const SCRIPT = join(PROJECT_ROOT, 'scripts', 'serve.ts');
/** Below the number of downloads aborted: a server that leaks one file per abort runs out. */
const DESCRIPTOR_LIMIT = 120;
const ABORTS = 200;

let work: string;
let server: ChildProcess;
let port: number;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Open descriptors of the server process (Linux /proc). */
function openDescriptors(): number {
  return readdirSync(`/proc/${server.pid}/fd`).length;
}

/** Start a download, read its first bytes, then drop the connection as a closed tab would. */
function abortedDownload(path: string, gzip: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: gzip ? { 'Accept-Encoding': 'gzip' } : {} }, (res) => {
      res.once('data', () => {
        req.destroy();
        resolve();
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve() : reject(error)));
    req.end();
  });
}

async function fullDownload(path: string): Promise<{ status: number; length: number }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, length: (await response.arrayBuffer()).byteLength };
}

/** Poll until the check passes (the server closes files on its own schedule), or give up. */
async function eventually(check: () => boolean, attempts = 50): Promise<void> {
  for (let i = 0; i < attempts && !check(); i += 1) await new Promise((done) => setTimeout(done, 100));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cchc-serve-fd-'));
  writeFileSync(join(work, 'index.html'), '<!doctype html><title>Trang chủ</title>');
  writeFileSync(join(work, '404.html'), '<!doctype html><title>Không tìm thấy trang</title>');
  // Large enough that the socket buffers fill and the file is still open when the client leaves.
  writeFileSync(join(work, 'bao-cao.pdf'), Buffer.alloc(8 * 1024 * 1024, 7));
  writeFileSync(join(work, 'van-ban.txt'), 'Cải cách hành chính. '.repeat(400_000));
  port = await freePort();
  server = spawn('sh', ['-c', `ulimit -n ${DESCRIPTOR_LIMIT} && exec "$0" "$@"`, process.execPath, SCRIPT, '--dir', work, '--base', '/', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 10_000);
    const collect = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('--host 0.0.0.0')) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout!.on('data', collect);
    server.stderr!.on('data', collect);
  });
});

afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

describe('npm run serve with downloads aborted by the client', () => {
  it(`gives back every file of ${ABORTS} aborted downloads (plain and gzip) and keeps answering`, async () => {
    expect((await fullDownload('/bao-cao.pdf')).length).toBe(8 * 1024 * 1024);
    const baseline = openDescriptors();
    for (let i = 0; i < ABORTS; i += 1) await abortedDownload(i % 2 ? '/bao-cao.pdf' : '/van-ban.txt', i % 2 === 0);
    await eventually(() => openDescriptors() <= baseline + 2);
    expect(openDescriptors()).toBeLessThanOrEqual(baseline + 2);
    const page = await fullDownload('/');
    expect(page.status).toBe(200);
    expect((await fullDownload('/bao-cao.pdf')).length).toBe(8 * 1024 * 1024);
  }, 60_000);
});
