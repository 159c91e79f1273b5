/**
 * `npm run serve` as the commune IT official runs it: it prints where to open the site in
 * Vietnamese, takes --host/--port (or HOST/PORT), serves under the sub-path the site was built
 * for without being told again, and explains a bad port or a missing build.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { basename, join } from 'node:path';
import { SITE_CSP } from '../../scripts/lib/static-server.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SUBPATH_SITE } from '../helpers/sites.ts';

const SCRIPT = join(PROJECT_ROOT, 'scripts', 'serve.ts');
let child: ChildProcess | undefined;

afterEach(() => {
  child?.kill('SIGTERM');
  child = undefined;
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function start(args: string[], env: Record<string, string> = {}): Promise<string> {
  child = spawn(process.execPath, [SCRIPT, ...args], {
    cwd: PROJECT_ROOT,
    // No BASE_PATH: the sub-path must come from what the build recorded.
    env: { PATH: process.env.PATH, OUT_DIR: SUBPATH_SITE, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no start message: ${out}`)), 10_000);
    const collect = (chunk: Buffer) => {
      out += chunk.toString();
      if (/Ctrl\+C|--host 0\.0\.0\.0/.test(out)) {
        clearTimeout(timer);
        resolve(out);
      }
    };
    child!.stdout!.on('data', collect);
    child!.stderr!.on('data', collect);
  });
}

describe('npm run serve', () => {
  it('with --port serves the /cchc/ build under /cchc/ and prints the local address in Vietnamese', async () => {
    const port = await freePort();
    const out = await start(['--host', '0.0.0.0', '--port', String(port)]);
    expect(out).toContain('Trang cải cách hành chính đang chạy.');
    expect(out).toContain(`Trên máy này:        http://localhost:${port}/cchc/`);
    const page = await fetch(`http://127.0.0.1:${port}/cchc/duong-day-nong/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Đường dây nóng');
    expect((await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' })).headers.get('location')).toBe('/cchc/');
  });

  it('takes HOST and PORT from the environment and says when only this PC can open the site', async () => {
    const port = await freePort();
    const out = await start([], { HOST: '127.0.0.1', PORT: String(port) });
    expect(out).toContain(`http://localhost:${port}/cchc/`);
    expect(out).toContain('Chỉ máy này mở được trang');
    const script = await fetch(`http://127.0.0.1:${port}/cchc/pagefind/pagefind.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    // The whole office LAN can reach it: the site's content policy comes with every answer.
    expect(script.headers.get('content-security-policy')).toBe(SITE_CSP);
    expect(script.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect((await fetch(`http://127.0.0.1:${port}/cchc/build-info.json/..%2f..%2f${basename(SUBPATH_SITE)}.lock`)).status).toBe(404);
  });

  it('explains a port that is not a number and a folder with no built site', () => {
    const badPort = spawnSync(process.execPath, [SCRIPT, '--port', 'tám nghìn'], { cwd: PROJECT_ROOT, env: { ...process.env, OUT_DIR: SUBPATH_SITE }, encoding: 'utf8' });
    expect(badPort.status).not.toBe(0);
    expect(badPort.stderr).toContain('Cổng không hợp lệ: "tám nghìn"');
    const noSite = spawnSync(process.execPath, [SCRIPT, '--dir', '/khong-co-thu-muc-nay'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(noSite.status).not.toBe(0);
    expect(noSite.stderr).toContain('npm run build');
  });
});
