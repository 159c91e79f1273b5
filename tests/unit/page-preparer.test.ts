import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PagePreparer } from '../../scripts/lib/page-preparer.ts';
import { finishCopy } from '../../scripts/lib/search-index.ts';

const page = (body: string) =>
  `<!doctype html><html lang="vi"><head><title>x</title></head><body><main><article data-pagefind-body><h1 data-pagefind-meta="title">${body}</h1></article></main></body></html>`;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PagePreparer (search copies prepared while Astro writes)', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prepares pages written after it starts, even in a folder created later, and skips half-written ones', async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'preparer-')), 'site');
    const preparer = new PagePreparer(dir);
    await wait(200);
    mkdirSync(join(dir, 'thu-tuc', 'a'), { recursive: true });
    await wait(200);
    writeFileSync(join(dir, 'thu-tuc', 'a', 'index.html'), page('Đăng ký khai sinh'));
    mkdirSync(join(dir, 'tin-tuc', 'b'), { recursive: true });
    writeFileSync(join(dir, 'tin-tuc', 'b', 'index.html'), '<!doctype html><html><body><main><article data-pagefind-body>');
    await wait(1300);
    const prepared = preparer.stop();
    const done = prepared.get('thu-tuc/a/index.html');
    expect(done?.bytes).toBe(Buffer.byteLength(page('Đăng ký khai sinh')));
    expect(finishCopy(done!.page!, undefined)).toContain('dang');
    expect(prepared.has('tin-tuc/b/index.html')).toBe(false);
  });
});
