import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PagePreparer } from '../../src/search/build/page-preparer.ts';
import { MANIFEST_ROUTE } from '../../src/search/keys.ts';
import type { SearchManifest } from '../../src/search/facts.ts';

const page = (body: string) =>
  `<!doctype html><html lang="vi"><head><title>x</title></head><body><main><article data-pagefind-body><h1 data-pagefind-meta="title">${body}</h1></article></main></body></html>`;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const manifest: SearchManifest = {
  pages: {
    'thu-tuc/a/': { filters: { loai: ['Thủ tục'] }, meta: {}, sort: {} },
    'tin-tuc/cu/': { filters: { loai: ['Tin tức'] }, meta: {}, sort: {}, archive: true },
  },
  records: [],
  ownRecords: {},
  archiveCutoff: '2024-11-22',
};

describe('PagePreparer (search copies written while Astro writes)', () => {
  let dir = '';
  let copiesRoot = '';
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    // The copies may be in RAM (/dev/shm), outside the test's folder.
    rmSync(copiesRoot, { recursive: true, force: true });
  });

  it('waits for the manifest, then writes each complete page to its bundle, skipping half-written ones', async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'preparer-')), 'site');
    const preparer = new PagePreparer(dir, '/cchc/');
    copiesRoot = preparer.copies.root;
    await wait(200);
    mkdirSync(join(dir, 'thu-tuc', 'a'), { recursive: true });
    writeFileSync(join(dir, 'thu-tuc', 'a', 'index.html'), page('Đăng ký khai sinh'));
    await wait(700);
    // Nothing without the manifest: a copy needs its page's facts.
    expect(preparer.copies.written.size).toBe(0);
    mkdirSync(join(dir, 'tim-kiem'), { recursive: true });
    writeFileSync(join(dir, MANIFEST_ROUTE), JSON.stringify(manifest));
    mkdirSync(join(dir, 'tin-tuc', 'cu'), { recursive: true });
    writeFileSync(join(dir, 'tin-tuc', 'cu', 'index.html'), page('Tin năm 2020'));
    mkdirSync(join(dir, 'tin-tuc', 'b'), { recursive: true });
    writeFileSync(join(dir, 'tin-tuc', 'b', 'index.html'), '<!doctype html><html><body><main><article data-pagefind-body>');
    await wait(1300);
    const copies = preparer.stop();
    expect(copies.written.get('thu-tuc/a/index.html')).toEqual({ bytes: Buffer.byteLength(page('Đăng ký khai sinh')), bundle: 'primary' });
    const copy = readFileSync(join(copies.folderOf('primary'), 'cchc', 'thu-tuc', 'a', 'index.html'), 'utf8');
    expect(copy).toContain('<span data-pagefind-filter="loai">Thủ tục</span>');
    expect(copy).toContain('⟪ dang ⟫');
    expect(existsSync(join(copies.folderOf('archive'), 'cchc', 'tin-tuc', 'cu', 'index.html'))).toBe(true);
    expect(copies.counts).toEqual({ primary: 1, archive: 1 });
    expect(copies.written.has('tin-tuc/b/index.html')).toBe(false);
    expect(copies.manifestBytes).toBe(Buffer.byteLength(JSON.stringify(manifest)));
  });

  it('keeps finding pages: one finished after a poll saw it half-written, and new folders beside copied ones', async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'preparer-')), 'site');
    mkdirSync(join(dir, 'tim-kiem'), { recursive: true });
    writeFileSync(join(dir, MANIFEST_ROUTE), JSON.stringify(manifest));
    mkdirSync(join(dir, 'thu-tuc', 'a'), { recursive: true });
    writeFileSync(join(dir, 'thu-tuc', 'a', 'index.html'), page('Đăng ký khai sinh'));
    mkdirSync(join(dir, 'tin-tuc', 'b'), { recursive: true });
    writeFileSync(join(dir, 'tin-tuc', 'b', 'index.html'), '<!doctype html><html><body><main><article data-pagefind-body>');
    // Astro makes a page's folder first, then writes the page into it.
    mkdirSync(join(dir, 'tin-tuc', 'cu'), { recursive: true });
    const preparer = new PagePreparer(dir, '/cchc/');
    copiesRoot = preparer.copies.root;
    await wait(1300);
    expect([...preparer.copies.written.keys()]).toEqual(['thu-tuc/a/index.html']);
    writeFileSync(join(dir, 'tin-tuc', 'b', 'index.html'), page('Tin mới'));
    writeFileSync(join(dir, 'tin-tuc', 'cu', 'index.html'), page('Tin năm 2020'));
    await wait(1300);
    const copies = preparer.stop();
    expect([...copies.written.keys()].sort()).toEqual(['thu-tuc/a/index.html', 'tin-tuc/b/index.html', 'tin-tuc/cu/index.html']);
  });
});
