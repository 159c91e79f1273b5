import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { PagePreparer } from '../../src/search/build/page-preparer.ts';
import { close } from 'pagefind';
import type { SearchCopies } from '../../src/search/build/search-copies.ts';
import { buildSearchIndex } from '../../src/search/build/search-index.ts';
import { COMMON_WORDS_FILE } from '../../src/search/search-bundles.ts';
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
  let running: SearchCopies | undefined;
  afterEach(async () => {
    // An index a test started is stopped before its folder goes.
    await Promise.all((running?.earlyBundles() ?? []).map((bundle) => running?.stopEarly(bundle)));
    if (running?.early.primary) await close();
    running = undefined;
    rmSync(dir, { recursive: true, force: true });
    // The copies may be in RAM (/dev/shm), outside the test's folder.
    rmSync(copiesRoot, { recursive: true, force: true });
  });

  it('waits for the manifest, then writes each complete page to its bundle, skipping half-written ones', async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'preparer-')), 'site');
    const preparer = new PagePreparer(dir, '/cchc/');
    copiesRoot = preparer.copies.root;
    running = preparer.copies;
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
    // Its one archive page written, the archive was being indexed before the search step.
    expect(await copies.early.archive?.done).toEqual({ pageCount: 1, problems: [] });
    expect(existsSync(join(dir, 'pagefind-luu-tru', 'pagefind-entry.json'))).toBe(true);
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
    running = preparer.copies;
    await wait(1300);
    expect([...preparer.copies.written.keys()]).toEqual(['thu-tuc/a/index.html']);
    writeFileSync(join(dir, 'tin-tuc', 'b', 'index.html'), page('Tin mới'));
    writeFileSync(join(dir, 'tin-tuc', 'cu', 'index.html'), page('Tin năm 2020'));
    await wait(1300);
    const copies = preparer.stop();
    expect([...copies.written.keys()].sort()).toEqual(['thu-tuc/a/index.html', 'tin-tuc/b/index.html', 'tin-tuc/cu/index.html']);
  });

  it('indexes each bundle, and each part of a large archive, as soon as its pages are written, and again if one changes later', async () => {
    const older = { filters: { loai: ['Tin tức'] }, meta: {}, sort: {}, archive: true as const, archivePart: 1 };
    const split: SearchManifest = {
      pages: {
        'thu-tuc/a/': { filters: { loai: ['Thủ tục'] }, meta: {}, sort: {} },
        'tin-tuc/cu-1/': older,
        'tin-tuc/cu-2/': older,
        'tin-tuc/vua/': { filters: { loai: ['Tin tức'] }, meta: {}, sort: {}, archive: true },
      },
      records: [],
      ownRecords: {},
      archiveCutoff: '2024-11-22',
    };
    const write = (route: string, body: string) => {
      mkdirSync(join(dir, route), { recursive: true });
      writeFileSync(join(dir, route, 'index.html'), page(body));
    };
    dir = join(mkdtempSync(join(tmpdir(), 'preparer-')), 'site');
    mkdirSync(join(dir, 'tim-kiem'), { recursive: true });
    writeFileSync(join(dir, MANIFEST_ROUTE), JSON.stringify(split));
    const preparer = new PagePreparer(dir, '/');
    copiesRoot = preparer.copies.root;
    running = preparer.copies;
    // Astro writes the oldest news first.
    write('tin-tuc/cu-1', 'Hội nghị năm 2019');
    write('tin-tuc/cu-2', 'Tập huấn năm 2020');
    await wait(1300);
    expect(preparer.copies.early['archive-1']).toBeDefined();
    expect(preparer.copies.early.archive).toBeUndefined();
    expect(preparer.copies.early.primary).toBeUndefined();
    write('tin-tuc/vua', 'Đối thoại năm 2023');
    write('thu-tuc/a', 'Đăng ký khai sinh');
    await wait(1300);
    expect(preparer.copies.early.archive).toBeDefined();
    expect(preparer.copies.early.primary).toBeDefined();
    const copies = preparer.stop();
    // A page rewritten after its part began to be indexed (Astro does not, but a copy must never be stale).
    await copies.early['archive-1']?.done;
    await copies.early.primary?.done;
    write('tin-tuc/cu-1', 'Hội nghị sơ kết năm 2019 tại Tân Phú');
    write('thu-tuc/a', 'Đăng ký khai sinh lưu động');

    // A site with the same pages, indexed without any head start, for comparison.
    const late = join(dir, '..', 'late');
    cpSync(dir, late, { recursive: true, filter: (source) => !source.includes('pagefind') });
    const stats = await buildSearchIndex(dir, '/', copies);
    await buildSearchIndex(late, '/');
    expect(stats.archivePages).toBe(3);
    const entry = (site: string, bundle: string) => JSON.parse(readFileSync(join(site, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry(dir, 'pagefind-luu-tru').languages.vi?.page_count).toBe(1);
    expect(entry(dir, 'pagefind-luu-tru-2').languages.vi?.page_count).toBe(2);
    expect((JSON.parse(readFileSync(join(dir, COMMON_WORDS_FILE), 'utf8')) as { archiveParts?: string[] }).archiveParts).toEqual(['pagefind-luu-tru/', 'pagefind-luu-tru-2/']);
    const fragments = (site: string, bundle: string) =>
      readdirSync(join(site, bundle, 'fragment'))
        .map((file) => gunzipSync(readFileSync(join(site, bundle, 'fragment', file))).toString('utf8'))
        .join(' ');
    expect(fragments(dir, 'pagefind-luu-tru-2')).toContain('Tân Phú');
    expect(fragments(dir, 'pagefind')).toContain('lưu động');
    // Pagefind names its files by their content: the same names, the same index.
    for (const bundle of ['pagefind', 'pagefind-luu-tru', 'pagefind-luu-tru-2']) {
      for (const folder of ['fragment', 'index']) {
        expect(readdirSync(join(dir, bundle, folder)).sort()).toEqual(readdirSync(join(late, bundle, folder)).sort());
      }
    }
    rmSync(late, { recursive: true, force: true });
  }, 60_000);
});
