/**
 * An editor previewing with `npm run dev` sees drafts and scheduled news, each with a visible
 * marker ("Bản nháp", "Chưa đăng"); the production build of the same folder leaves both out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { buildSite } from '../helpers/build-site.ts';
import { copyContent, type ContentCopy } from '../helpers/content-fixture.ts';
import { PROJECT_ROOT } from '../helpers/sites.ts';

const DRAFT_TITLE = 'Dự thảo báo cáo cải cách hành chính năm 2026';
const SCHEDULED_TITLE = 'Thông báo lịch tiếp công dân tháng 12';

function article(title: string, date: string, extra = ''): string {
  return `---\ntitle: ${title}\ndate: ${date}\nsummary: Tóm tắt bài.\nunit: van-phong\ncategory: chi-dao-dieu-hanh\n${extra}---\nNội dung bài.\n`;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

let content: ContentCopy;
let scratch: string;
let dev: ChildProcess | undefined;
let baseUrl = '';
let devLog = '';

beforeAll(async () => {
  content = copyContent();
  content.write('news/du-thao-bao-cao.md', article(DRAFT_TITLE, '2026-11-01', 'draft: true\n'));
  content.write('news/lich-tiep-cong-dan.md', article(SCHEDULED_TITLE, '2026-12-01'));
  scratch = mkdtempSync(join(tmpdir(), 'cchc-dev-'));
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}/`;
  // Astro's own entry on this process's Node (24): the machine's node may be older.
  dev = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    env: {
      // Without Vitest's own variables: with VITEST set, Astro's dev server serves no pages.
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST'))),
      NODE_ENV: 'development',
      CONTENT_DIR: content.dir,
      BUILD_DATE: '2026-11-22',
      BASE_PATH: '/',
      ASTRO_CACHE_DIR: join(scratch, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout?.on('data', (d) => (devLog += d));
  dev.stderr?.on('data', (d) => (devLog += d));
  let exited = false;
  dev.on('exit', () => (exited = true));
  const deadline = Date.now() + 60_000;
  for (;;) {
    // Astro allows one dev server per project: if one is already running, say so at once.
    if (exited) throw new Error(`astro dev stopped:\n${devLog}`);
    try {
      if ((await fetch(`${baseUrl}tin-tuc/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`astro dev did not start within 60 s:\n${devLog}`);
    await new Promise((done) => setTimeout(done, 500));
  }
}, 90_000);

afterAll(() => {
  dev?.kill('SIGTERM');
  content?.remove();
  rmSync(scratch, { recursive: true, force: true });
});

describe('drafts and scheduled news', () => {
  it('appear in npm run dev with a visible marker', async () => {
    const page = parse(await (await fetch(`${baseUrl}tin-tuc/`)).text());
    const item = (title: string) => page.querySelectorAll('.news-list > li').find((li) => li.textContent.includes(title));
    expect(item(DRAFT_TITLE)?.querySelector('.tag--draft')?.textContent).toBe('Bản nháp');
    expect(item(SCHEDULED_TITLE)?.querySelector('.tag--draft')?.textContent).toBe('Chưa đăng');
    const draftPage = await fetch(`${baseUrl}tin-tuc/du-thao-bao-cao/`);
    expect(draftPage.status).toBe(200);
    expect(await draftPage.text()).toContain('Bản nháp');
  });

  it('are left out of the production build of the same folder', () => {
    const out = join(scratch, 'site');
    const result = buildSite({ CONTENT_DIR: content.dir, OUT_DIR: out, BUILD_DATE: '2026-11-22', BASE_PATH: '/', ASTRO_CACHE_DIR: join(scratch, 'build-cache') });
    expect(result.status, result.output).toBe(0);
    const list = parse(readFileSync(join(out, 'tin-tuc', 'index.html'), 'utf8'));
    const text = list.querySelector('main')?.textContent ?? '';
    expect(text).toContain('Hướng dẫn đăng ký tạm trú trực tuyến');
    expect(text).not.toContain(DRAFT_TITLE);
    expect(text).not.toContain(SCHEDULED_TITLE);
  });
});
