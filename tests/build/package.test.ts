/**
 * The commune copy as the IT official gets it: `npm run package` makes a dated zip; unzipped, its
 * Linux start script serves the site with python3 alone (no Node), under the sub-path, with clean
 * URLs, the site's 404 page, and search working in Chromium with the network cut off. The start
 * scripts carry nothing of the content in their code (the Windows one cannot be run here, so what
 * is checked is that it only reads values as data), and the Python server holds up on a LAN.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_CSP } from '../../scripts/lib/static-server.ts';
import { launchBrowser, newGuardedContext } from '../helpers/browser.ts';
import { PROJECT_ROOT, SUBPATH_SITE, TEST_BUILD_DATE } from '../helpers/sites.ts';

const TEMPLATES = join(PROJECT_ROOT, 'scripts', 'package');
const HOSTILE = "/cchc';Start-Process('calc');'/";
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

function pack(siteDir: string, outDir: string) {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'package.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, OUT_DIR: siteDir, PACKAGE_DIR: outDir, BUILD_DATE: TEST_BUILD_DATE },
    encoding: 'utf8',
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

function unzipInto(zipFile: string, dir: string): Record<string, Uint8Array> {
  const zip = unzipSync(readFileSync(zipFile));
  for (const [name, data] of Object.entries(zip)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return zip;
}

/** A copy of the built /cchc/ site that a test may change. */
function siteCopy(name: string): string {
  const dir = join(work, name);
  cpSync(SUBPATH_SITE, dir, { recursive: true });
  return dir;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cchc-package-'));
  const result = pack(SUBPATH_SITE, join(work, 'goi'));
  packOutput = result.output;
  expect(result.status, packOutput).toBe(0);
  unzipInto(join(work, 'goi', `trang-cchc-${TEST_BUILD_DATE}.zip`), join(work, 'x'));
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
    expect(readFileSync(join(folder, 'phuc-vu-trang.ps1'), 'utf8')).toContain("'.wasm' = 'application/wasm'");
    expect(readFileSync(join(folder, 'chay-trang.bat'), 'utf8')).toMatch(/powershell .*phuc-vu-trang\.ps1/);
  });

  it('copies the start scripts as they are: no value from the content is pasted into their code', () => {
    const asWritten = (name: string) => readFileSync(join(TEMPLATES, name), 'utf8').replace(/\r\n/g, '\n');
    const asPacked = (name: string) => readFileSync(join(folder, name), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    for (const name of ['phuc-vu-trang.ps1', 'phuc-vu-trang.py', 'chay-trang.sh', 'chay-trang.bat']) {
      // Byte for byte the file in scripts/package/ (only the BOM and line ends of Windows added).
      expect(asPacked(name), name).toBe(asWritten(name));
      expect(asPacked(name), name).not.toContain('Hòa An');
      expect(asPacked(name), name).not.toContain(TEST_BUILD_DATE);
    }
    // What they need is data, read at run time.
    expect(JSON.parse(readFileSync(join(folder, 'cau-hinh.json'), 'utf8'))).toMatchObject({ basePath: '/cchc/', date: TEST_BUILD_DATE });
    const ps1 = asPacked('phuc-vu-trang.ps1');
    expect(ps1).toMatch(/Get-Content -LiteralPath \(Join-Path \$PSScriptRoot 'cau-hinh\.json'\) -Raw -Encoding UTF8 \| ConvertFrom-Json/);
    expect(ps1).toContain("-cnotmatch '^/([a-z0-9-]+/)*$'");
  });

  it('refuses a site whose recorded base path is not a plain path, in Vietnamese, and writes no zip', () => {
    for (const basePath of [HOSTILE, '/../../ngoai/', '/cchc/../../ngoai/']) {
      const site = siteCopy('site-hostile');
      const infoFile = join(site, 'build-info.json');
      writeFileSync(infoFile, JSON.stringify({ ...JSON.parse(readFileSync(infoFile, 'utf8')), basePath }));
      const result = pack(site, join(work, 'goi-hostile'));
      rmSync(site, { recursive: true, force: true });
      expect(result.status, basePath).not.toBe(0);
      expect(result.output, basePath).toContain(`Đường dẫn con "${basePath}" ghi trong ${infoFile} không hợp lệ`);
      expect(existsSync(join(work, 'goi-hostile')), basePath).toBe(false);
    }
  });

  it('leaves out links (to a file or a folder outside the site) with a warning, without crashing', () => {
    const site = siteCopy('site-links');
    mkdirSync(join(work, 'ngoai'), { recursive: true });
    writeFileSync(join(work, 'ngoai', 'mat-khau.txt'), 'không được lộ');
    symlinkSync(join(work, 'ngoai', 'mat-khau.txt'), join(site, 'lien-ket.txt'));
    symlinkSync(join(work, 'ngoai'), join(site, 'thu-muc-ngoai'));
    const result = pack(site, join(work, 'goi-links'));
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`Bỏ qua liên kết tượng trưng ${join(site, 'lien-ket.txt')}`);
    expect(result.output).toContain(`Bỏ qua liên kết tượng trưng ${join(site, 'thu-muc-ngoai')}`);
    const zip = unzipSync(readFileSync(join(work, 'goi-links', `trang-cchc-${TEST_BUILD_DATE}.zip`)));
    const names = Object.keys(zip);
    expect(names.filter((name) => /lien-ket|thu-muc-ngoai|mat-khau/.test(name))).toEqual([]);
    expect(names).toContain(`trang-cchc-${TEST_BUILD_DATE}/www/cchc/index.html`);
    expect(Object.values(zip).some((data) => Buffer.from(data).toString().includes('không được lộ'))).toBe(false);
  });
});

/** A raw request, so the path reaches the server exactly as written. */
function raw(path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, timeout: 20_000 }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer for ${path}`)));
    req.on('error', reject);
    req.end();
  });
}

describe('the Linux start script of the package (python3, no Node)', () => {
  beforeAll(async () => {
    // No skipping: without python3 these tests fail (.ci/run installs it).
    expect(spawnSync('python3', ['--version']).status, 'python3 is needed for the package tests (.ci/run installs it)').toBe(0);
    // What an office folder may also hold: dotfiles, links out of the site, a sibling folder.
    writeFileSync(join(folder, 'www', 'cchc', '.env'), 'không được lộ: MAT_KHAU=1');
    mkdirSync(join(folder, 'www', 'cchc', '.git'), { recursive: true });
    writeFileSync(join(folder, 'www', 'cchc', '.git', 'config'), 'không được lộ: [core]');
    writeFileSync(join(work, 'bi-mat.txt'), 'không được lộ: ngoài thư mục');
    symlinkSync(join(work, 'bi-mat.txt'), join(folder, 'www', 'cchc', 'lien-ket.txt'));
    symlinkSync(work, join(folder, 'www', 'cchc', 'thu-muc-ngoai'));
    mkdirSync(join(folder, 'www2'), { recursive: true });
    writeFileSync(join(folder, 'www2', 'bi-mat.txt'), 'không được lộ: thư mục bên cạnh');
    // A link to the sibling whose name starts like the site folder's (www2 beside www).
    symlinkSync('../../www2/bi-mat.txt', join(folder, 'www', 'cchc', 'lien-ket-ben-canh.txt'));
    // A visible name leading to a dotfile inside the site.
    symlinkSync('.env', join(folder, 'www', 'cchc', 'cau-hinh.txt'));
    port = await freePort();
    server = spawn('sh', [join(folder, 'chay-trang.sh')], { env: { PATH: process.env.PATH, PORT: String(port), IDLE_TIMEOUT: '2' }, stdio: ['ignore', 'pipe', 'pipe'] });
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

  it('sends the same security headers as npm run serve', async () => {
    for (const path of ['/cchc/', '/cchc/pagefind/pagefind.js', '/cchc/khong-co/']) {
      const response = await fetch(url(path));
      expect(response.headers.get('content-security-policy'), path).toBe(SITE_CSP);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    }
  });

  it('answers a null byte in the path (no dropped connection) and keeps serving', async () => {
    for (const path of ['/cchc/%00', '/cchc/index.html%00.txt', '/cchc/thu-tuc/%00/']) {
      expect([400, 404], path).toContain((await raw(path)).status);
    }
    expect((await raw('/cchc/')).status).toBe(200);
  });

  it('serves no dotfile, follows no link out of the site, and never reaches a sibling folder', async () => {
    const paths = ['/cchc/.env', '/cchc/.git/config', '/cchc/%2eenv', '/cchc/lien-ket.txt', '/cchc/lien-ket-ben-canh.txt', '/cchc/cau-hinh.txt', '/cchc/thu-muc-ngoai/bi-mat.txt', '/cchc/thu-muc-ngoai/', '/cchc/..%2f..%2fwww2/bi-mat.txt', '/cchc/../www2/bi-mat.txt', '/..%2fwww2/bi-mat.txt', '/cchc/index.html::$DATA'];
    for (const path of paths) {
      const response = await raw(path);
      expect(response.body, path).not.toContain('không được lộ');
      expect([400, 403, 404], path).toContain(response.status);
    }
  });

  it('queues at least 64 connections (the default 5 drops them when ten office PCs open pages)', () => {
    const listening = spawnSync('ss', ['-Hltn', `sport = :${port}`], { encoding: 'utf8' });
    expect(listening.status, listening.stderr).toBe(0);
    // For a listening socket, ss shows the queue length the program asked for in Send-Q.
    const sendQ = Number(listening.stdout.trim().split(/\s+/)[2]);
    expect(sendQ).toBeGreaterThanOrEqual(64);
  });

  it('closes a connection that sends nothing, instead of holding it forever', async () => {
    const socket = connect(port, '127.0.0.1');
    socket.write('GET /cchc/ HTTP/1.1\r\nHost: x\r\n');
    const closed = await new Promise<boolean>((resolve) => {
      const giveUp = setTimeout(() => resolve(false), 15_000);
      socket.on('close', () => {
        clearTimeout(giveUp);
        resolve(true);
      });
      socket.on('error', () => undefined);
    });
    socket.destroy();
    expect(closed).toBe(true);
  }, 20_000);

  it('answers 50 clients at once, 20 requests each, every one of them', async () => {
    const pages = ['/cchc/', '/cchc/thu-tuc/dang-ky-khai-sinh/', '/cchc/pagefind/pagefind.js', '/cchc/feed.json', '/cchc/duong-day-nong/'];
    const failures: string[] = [];
    let answered = 0;
    await Promise.all(
      Array.from({ length: 50 }, async (_, client) => {
        for (let i = 0; i < 20; i += 1) {
          const path = pages[(client + i) % pages.length]!;
          try {
            const response = await raw(path);
            if (response.status === 200) answered += 1;
            else failures.push(`${path}: ${response.status}`);
          } catch (error) {
            failures.push(`${path}: ${(error as Error).message}`);
          }
        }
      }),
    );
    expect(failures).toEqual([]);
    expect(answered).toBe(1000);
  }, 120_000);

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
