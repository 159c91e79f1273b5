/**
 * The commune copy as the IT official gets it: `npm run package` makes a dated zip; unzipped, its
 * Linux start script serves the site with python3 alone (no Node), under the sub-path, with clean
 * URLs, the site's 404 page, and search working in Chromium with the network cut off.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newGuardedContext } from '../helpers/browser.ts';
import { PROJECT_ROOT, SUBPATH_SITE, TEST_BUILD_DATE } from '../helpers/sites.ts';

const hasPython = spawnSync('python3', ['--version']).status === 0;
let work: string;
let folder: string;
let server: ChildProcess | undefined;
let port: number;
let packOutput: string;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cchc-package-'));
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'package.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, OUT_DIR: SUBPATH_SITE, PACKAGE_DIR: join(work, 'goi'), BUILD_DATE: TEST_BUILD_DATE },
    encoding: 'utf8',
  });
  packOutput = `${result.stdout}${result.stderr}`;
  expect(result.status, packOutput).toBe(0);
  const zip = unzipSync(readFileSync(join(work, 'goi', `trang-cchc-${TEST_BUILD_DATE}.zip`)));
  for (const [name, data] of Object.entries(zip)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(work, 'x', name)), { recursive: true });
    writeFileSync(join(work, 'x', name), data);
  }
  folder = join(work, 'x', `trang-cchc-${TEST_BUILD_DATE}`);
});

afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run package', () => {
  it('says in Vietnamese where the dated zip is', () => {
    expect(packOutput).toContain(`trang-cchc-${TEST_BUILD_DATE}.zip`);
    expect(packOutput).toContain('Đã đóng gói');
  });

  it('holds the site under its sub-path, a Vietnamese guide and start scripts for Windows and Linux', () => {
    expect(statSync(join(folder, 'www', 'cchc', 'index.html')).isFile()).toBe(true);
    expect(statSync(join(folder, 'www', 'cchc', 'pagefind', 'pagefind.js')).isFile()).toBe(true);
    const guide = readFileSync(join(folder, 'HUONG-DAN.txt'), 'utf8');
    expect(guide.charCodeAt(0)).toBe(0xfeff);
    expect(guide).toContain('chay-trang.bat');
    expect(guide).toContain('http://localhost:8080/cchc/');
    expect(guide).not.toContain('__');
    const ps1 = readFileSync(join(folder, 'phuc-vu-trang.ps1'), 'utf8');
    expect(ps1).toContain("$Base = '/cchc/'");
    expect(ps1).toContain("'.wasm' = 'application/wasm'");
    expect(readFileSync(join(folder, 'chay-trang.bat'), 'utf8')).toMatch(/powershell .*phuc-vu-trang\.ps1/);
    expect(readFileSync(join(folder, 'phuc-vu-trang.py'), 'utf8')).toContain('BASE = "/cchc/"');
  });
});

describe.skipIf(!hasPython)('the Linux start script of the package (python3, no Node)', () => {
  beforeAll(async () => {
    port = await freePort();
    server = spawn('sh', [join(folder, 'chay-trang.sh')], { env: { PATH: process.env.PATH, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 10_000);
      server!.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('Nhấn Ctrl+C')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  });

  const url = (path: string) => `http://127.0.0.1:${port}${path}`;

  it('sends the bare address to the sub-path and serves clean URLs', async () => {
    expect((await fetch(url('/'), { redirect: 'manual' })).headers.get('location')).toBe('/cchc/');
    const page = await fetch(url('/cchc/thu-tuc/dang-ky-khai-sinh/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('Đăng ký khai sinh');
    expect((await fetch(url('/cchc/thu-tuc'), { redirect: 'manual' })).status).toBe(301);
  });

  it('serves feeds and scripts with the right types and the site\'s own 404 page', async () => {
    expect((await fetch(url('/cchc/feed.json'))).headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await fetch(url('/cchc/rss.xml'))).headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect((await fetch(url('/cchc/pagefind/pagefind.js'))).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const missing = await fetch(url('/cchc/khong-co-trang-nay/'));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Không tìm thấy trang');
    expect((await fetch(url('/cchc/_astro/'))).status).toBe(404);
  });

  it('search finds "khai sinh" in Chromium with the network cut off', async () => {
    const browser = await launchBrowser();
    try {
      const guard = await newGuardedContext(browser);
      const page = await guard.newPage();
      await page.goto(url('/cchc/tim-kiem/?q=khai%20sinh'));
      await page.locator('[data-search-results] a[href="/cchc/thu-tuc/dang-ky-khai-sinh/"]').first().waitFor({ timeout: 20_000 });
      expect(guard.outsideRequests).toEqual([]);
      expect(guard.consoleErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
