import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'devalue';
import { afterAll, describe, expect, it } from 'vitest';
import { dataStoreFile, KIT_VERSION, storeStamp, usableKit, type KitFile } from '../../src/publish/render-kit/kit.ts';
import { fixedPrefix, mayHold } from '../../src/publish/render-kit/render.ts';
import { deleteEntry, setEntry, type FlatStore } from '../../src/publish/render-kit/store-patch.ts';

/** A data store as Astro writes it: devalue of Map<collection, Map<id, entry>>. */
function storeOf(collections: Record<string, Record<string, unknown>>): FlatStore {
  const map = new Map(Object.entries(collections).map(([name, entries]) => [name, new Map(Object.entries(entries))]));
  return JSON.parse(stringify(map)) as FlatStore;
}
const read = (store: FlatStore) => parse(JSON.stringify(store)) as Map<string, Map<string, unknown>>;

const article = (id: string, day: number) => ({
  id,
  data: { title: `Tin ${id}`, date: new Date(Date.UTC(2026, 0, day)), tags: ['a', 'b'], extra: undefined, nested: { n: 1, list: [1, 2] } },
  filePath: `../../../content/news/${id}.md`,
  digest: `d-${id}`,
  rendered: { html: `<p>${id}</p>`, metadata: { headings: [], frontmatter: { title: `Tin ${id}` } } },
});

describe('patching the content store without hydrating it', () => {
  const before = { news: { a: article('a', 1), b: article('b', 2) }, procedures: { p: { id: 'p', data: { title: 'Thủ tục' } } } };

  it('adds an entry that reads back equal, leaving the others as they were', () => {
    const store = storeOf(before);
    const added = article('c', 3);
    setEntry(store, 'news', 'c', added);
    const back = read(store);
    expect(back.get('news')?.get('c')).toEqual(added);
    expect(back.get('news')?.get('a')).toEqual(before.news.a);
    expect(back.get('procedures')?.get('p')).toEqual(before.procedures.p);
    expect([...back.get('news')!.keys()]).toEqual(['a', 'b', 'c']);
  });

  it('replaces an edited entry in place and removes a deleted one', () => {
    const store = storeOf(before);
    const edited = { ...article('a', 1), data: { ...article('a', 1).data, title: 'Tin đã sửa' } };
    setEntry(store, 'news', 'a', edited);
    deleteEntry(store, 'news', 'b');
    deleteEntry(store, 'news', 'not-there');
    const news = read(store).get('news')!;
    expect([...news.keys()]).toEqual(['a']);
    expect(news.get('a')).toEqual(edited);
  });

  it('creates the collection when the store has none yet', () => {
    const store = storeOf({ procedures: before.procedures });
    setEntry(store, 'news', 'a', before.news.a);
    expect(read(store).get('news')?.get('a')).toEqual(before.news.a);
  });

  it('keeps dates, maps, sets, null-prototype objects and special numbers', () => {
    const store = storeOf({ news: {} });
    const odd = Object.assign(Object.create(null) as Record<string, unknown>, { k: 1 });
    const value = { when: new Date(0), map: new Map([['x', { y: 2 }]]), set: new Set([3, 'z']), odd, nan: Number.NaN, neg: -0, big: 10n, re: /a+/g };
    setEntry(store, 'news', 'v', value);
    expect(read(store).get('news')?.get('v')).toEqual(value);
  });

  it('refuses a value it does not know how to move, instead of corrupting the store', () => {
    const store = storeOf({ news: {} });
    expect(() => setEntry(store, 'news', 'x', { bytes: new Uint8Array([1, 2]) })).toThrow(/Uint8Array/);
  });
});

describe('which routes the kit asks for their paths', () => {
  const segments = (route: string) =>
    route
      .split('/')
      .filter(Boolean)
      .map((segment) => [{ content: segment, dynamic: segment.startsWith('['), spread: segment.startsWith('[...') }]);

  it('takes the fixed leading part of a route', () => {
    expect(fixedPrefix({ segments: segments('/tin-tuc/[slug]') })).toBe('tin-tuc/');
    expect(fixedPrefix({ segments: segments('/ban-tin/[year]/[number]') })).toBe('ban-tin/');
    expect(fixedPrefix({ segments: segments('/[...page]') })).toBe('');
  });

  it('skips a route none of whose paths is listed, keeps one that may give a listed path', () => {
    const list = ['', 'tin-tuc/moi/', 'ban-tin/*', 'rss.xml'];
    expect(mayHold(list, 'tin-tuc/')).toBe(true);
    expect(mayHold(list, 'ban-tin/')).toBe(true);
    expect(mayHold(['ban-tin/2026/*'], 'ban-tin/')).toBe(true);
    expect(mayHold(list, 'thu-tuc/')).toBe(false);
    expect(mayHold(['tin-tuc/moi/'], 'van-ban/')).toBe(false);
    expect(mayHold(list, '')).toBe(true);
  });
});

describe('when the kit may be used', () => {
  const root = mkdtempSync(join(tmpdir(), 'render-kit-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function setUp(name: string) {
    const kitDir = join(root, name, 'kit');
    const cacheDir = join(root, name, 'cache');
    mkdirSync(join(kitDir, 'prerender'), { recursive: true });
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(dataStoreFile(cacheDir), '[["Map"]]');
    writeFileSync(join(kitDir, 'prerender', 'entry.mjs'), '');
    const kit: KitFile = { version: KIT_VERSION, code: 'code-1', entry: 'entry.mjs', pages: [], config: {} as KitFile['config'], store: storeStamp(dataStoreFile(cacheDir))! };
    writeFileSync(join(kitDir, 'kit.json'), JSON.stringify(kit));
    return { kitDir, cacheDir };
  }

  it('only with the code it was compiled from and the store it was made with', () => {
    const { kitDir, cacheDir } = setUp('a');
    expect(usableKit(kitDir, 'code-1', cacheDir)?.code).toBe('code-1');
    expect(usableKit(kitDir, 'code-2', cacheDir)).toBeUndefined();
    // A later build rewrote the store (another content sync): the kit no longer matches it.
    utimesSync(dataStoreFile(cacheDir), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(usableKit(kitDir, 'code-1', cacheDir)).toBeUndefined();
  });

  it('not when its bundle or its file is missing or broken', () => {
    const { kitDir, cacheDir } = setUp('b');
    rmSync(join(kitDir, 'prerender', 'entry.mjs'));
    expect(usableKit(kitDir, 'code-1', cacheDir)).toBeUndefined();
    const other = setUp('c');
    writeFileSync(join(other.kitDir, 'kit.json'), '{ broken');
    expect(usableKit(other.kitDir, 'code-1', other.cacheDir)).toBeUndefined();
  });
});
