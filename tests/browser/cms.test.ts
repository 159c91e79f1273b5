/**
 * The editor page as an editor opens it in Chromium: Vietnamese interface, the project's
 * collections listed with their entries, read from a local folder through the File System
 * Access API, and not one request outside 127.0.0.1 (fonts and translations are local).
 * The folder picker cannot be clicked in a headless browser, so it is replaced by a folder in
 * the browser's private storage holding a copy of tests/fixtures/editor/good.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_PAGE_HEADERS, startStaticServer, type RunningServer } from '../../scripts/lib/static-server.ts';
import { walkFiles } from '../../scripts/lib/run.ts';
import { cmsConfigForContent, prepareCmsFolder } from '../../src/cms/prepare.ts';
import { contentTextFiles } from '../../src/content-check/warnings.ts';
import { launchBrowser, newGuardedContext } from '../helpers/browser.ts';
import { PROJECT_ROOT, ROOT_SITE } from '../helpers/sites.ts';

const FIXTURE = 'tests/fixtures/editor/good';
let dir: string;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'editor-cms-'));
  prepareCmsFolder(dir, cmsConfigForContent(join(PROJECT_ROOT, FIXTURE)));
  // Served as `npm run cms` serves it (not under the public site's content policy).
  server = await startStaticServer({ root: dir, basePath: '/', host: '127.0.0.1', port: 0, headers: EDITOR_PAGE_HEADERS });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('editor page (Sveltia CMS)', () => {
  it('offers the local-folder workflow in Vietnamese, then lists the collections and entries', async () => {
    const guarded = await newGuardedContext(browser);
    const files = contentTextFiles(join(PROJECT_ROOT, FIXTURE)).map((file) => ({
      path: `${FIXTURE}/${file}`,
      text: readFileSync(join(PROJECT_ROOT, FIXTURE, file), 'utf8'),
    }));
    await guarded.context.addInitScript((entries) => {
      const picker = async () => {
        const root = await navigator.storage.getDirectory();
        await root.getDirectoryHandle('.git', { create: true });
        for (const entry of entries) {
          const parts = entry.path.split('/');
          let folder = root;
          for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
          const writable = await (await folder.getFileHandle(parts.at(-1) ?? '', { create: true })).createWritable();
          await writable.write(entry.text);
          await writable.close();
        }
        return root;
      };
      Object.defineProperty(window, 'showDirectoryPicker', { value: picker });
    }, files);
    const page = await guarded.newPage();
    await page.goto(server.url);
    const local = page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' });
    await expect(local.isEnabled({ timeout: 30_000 })).resolves.toBe(true);
    await local.click();

    for (const label of ['Tin tức', 'Thủ tục hành chính', 'Đường dây nóng', 'Mô hình, điển hình', 'Cuộc thi', 'Thông tin chung']) {
      await page.getByText(label, { exact: true }).first().waitFor({ timeout: 30_000 });
    }
    // The two fixture articles, read from the folder.
    await page.getByText('Thanh toán lệ phí không dùng tiền mặt tại Bộ phận một cửa', { exact: false }).first().waitFor();
    await page.getByText('Ra mắt tổ công nghệ số cộng đồng', { exact: false }).first().waitFor();
    expect(guarded.outsideRequests).toEqual([]);
    expect(guarded.consoleErrors).toEqual([]);
    await guarded.context.close();
  }, 90_000);

  it('is not part of the public production build', () => {
    const files = walkFiles(ROOT_SITE);
    expect(files).toContain('index.html');
    expect(files.filter((file) => /sveltia|config\.yml|(^|\/)admin\//i.test(file))).toEqual([]);
  });
});
