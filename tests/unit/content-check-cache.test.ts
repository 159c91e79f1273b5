/**
 * The content check with its cache (src/content-check/check-cache.ts): after each kind of change an
 * editor makes, a check that reuses the previous run's results reports exactly what a check without
 * a cache reports (every problem, in order, and every entry with its data); a broken or foreign cache
 * is ignored. The cache's own rules (by bytes, by kind, files changed just now) are tested below.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckCache, RACY_MARGIN_MS, SHARDS, shardOf, type CheckCacheOptions } from '../../src/content-check/check-cache.ts';
import { checkContent, type CheckReport } from '../../src/content-check/check-content.ts';
import { errors as E } from '../../src/i18n/errors.ts';
import { copyContent, type ContentCopy } from '../helpers/content-fixture.ts';
import { PROJECT_ROOT } from '../helpers/sites.ts';
import { readContentFolder } from '../../src/publish/fingerprint.ts';

const TODAY = '2026-11-22';
const SAMPLE = join(PROJECT_ROOT, 'content');
const PROBLEMS = join(PROJECT_ROOT, 'tests', 'fixtures', 'editor', 'problems');
const NEWS = 'news/xa-hoa-an-chinh-thuc-van-hanh-chinh-quyen-dia-phuong-hai-cap.md';
const COVER = 'news/images/hoi-truong-ra-mat-chinh-quyen-hai-cap.jpg';
const YOUTH_NEWS = 'news/doan-thanh-nien-ra-quan-ho-tro-nguoi-dan-su-dung-dich-vu-cong-truc-tuyen.md';

let copy: ContentCopy | undefined;
let scratch: string | undefined;
afterEach(() => {
  copy?.remove();
  copy = undefined;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

function cacheDir(): string {
  scratch = mkdtempSync(join(tmpdir(), 'cchc-check-cache-'));
  return join(scratch, 'cache');
}

/**
 * Runs start "a minute from now" unless told otherwise, so that files written by the test count as
 * old enough to be remembered by their metadata (RACY_MARGIN_MS): the images' cache is exercised too.
 */
const later = () => Date.now() + 60_000;
const cached = (dir: string, cache: string, startedAt = later()) =>
  checkContent(dir, { today: TODAY, imageLimitBytes: 20 * 1024, cache: { dir: cache, key: 'test', startedAt } });
const uncached = (dir: string) => checkContent(dir, { today: TODAY, imageLimitBytes: 20 * 1024 });

/** The cached check of the folder as it is now, compared whole with an uncached one. */
async function sameAsUncached(dir: string, cache: string, startedAt?: number): Promise<CheckReport> {
  const report = await cached(dir, cache, startedAt);
  expect(report).toStrictEqual(await uncached(dir));
  return report;
}

/** Replace, in the stored cache, the validation issues of one file by a made-up one. */
function plant(cache: string, file: string, isKind: (kind: string) => boolean, issue: { message: string; field?: string }) {
  const shard = join(cache, `shard-${shardOf(file)}.v8`);
  const stored = deserialize(readFileSync(shard)) as { kinds: string[]; files: Map<string, [string, { issues: unknown[] }[]]> };
  const values = stored.files.get(file)![1];
  const kind = stored.kinds.findIndex(isKind);
  expect(values[kind]).toBeDefined();
  values[kind]!.issues = [issue];
  writeFileSync(shard, serialize(stored));
}

const filesOf = (report: CheckReport) => report.entries.map((entry) => entry.file);
const errorsOf = (report: CheckReport, file: string) => report.problems.filter((p) => p.file === file && p.severity === 'error');

describe('content check with a cache: the same report as without', () => {
  it('on the sample content and on a folder full of problems, cold and warm', async () => {
    for (const source of [SAMPLE, PROBLEMS]) {
      copy = copyContent(source);
      const cache = cacheDir();
      const cold = await sameAsUncached(copy.dir, cache);
      expect(readdirSync(cache).length).toBeGreaterThan(0);
      const warm = await sameAsUncached(copy.dir, cache);
      expect(warm.entries.length).toBeGreaterThan(5);
      expect(warm).toStrictEqual(cold);
      copy.remove();
      rmSync(scratch!, { recursive: true, force: true });
    }
  });

  it('after a news file gains an error, and after it is fixed', async () => {
    copy = copyContent(SAMPLE);
    const cache = cacheDir();
    await sameAsUncached(copy.dir, cache);
    const text = copy.read(NEWS);
    copy.edit(NEWS, 'unit: van-phong', 'unit: khong-co-don-vi-nay');
    const broken = await sameAsUncached(copy.dir, cache);
    expect(errorsOf(broken, NEWS)).toEqual([expect.objectContaining({ field: 'unit' })]);
    copy.write(NEWS, text);
    const fixed = await sameAsUncached(copy.dir, cache);
    expect(errorsOf(fixed, NEWS)).toEqual([]);
  });

  it('after a body is edited: line numbers and body problems follow the new text', async () => {
    copy = copyContent(SAMPLE);
    const cache = cacheDir();
    await sameAsUncached(copy.dir, cache);
    copy.write(NEWS, copy.read(NEWS).replace('\n---\n', '\n---\n\nĐoạn mới.\n\n<script>alert(1)</script>\n\n[hỏng](/khong-co-trang-nay/)\n'));
    const report = await sameAsUncached(copy.dir, cache);
    expect(errorsOf(report, NEWS).map((p) => p.message).join('\n')).toContain('<script>');
    expect(report.problems.filter((p) => p.file === NEWS && p.severity === 'warning')).not.toEqual([]);
  });

  it('after a file is deleted', async () => {
    copy = copyContent(SAMPLE);
    const cache = cacheDir();
    await sameAsUncached(copy.dir, cache);
    unlinkSync(join(copy.dir, NEWS));
    const report = await sameAsUncached(copy.dir, cache);
    expect(filesOf(report)).not.toContain(NEWS);
  });

  it('after units.yaml loses a unit that a news item names', async () => {
    copy = copyContent(SAMPLE);
    const cache = cacheDir();
    await sameAsUncached(copy.dir, cache);
    copy.edit('units.yaml', '- id: doan-thanh-nien\n', '- id: doan-thanh-nien-xa\n');
    const report = await sameAsUncached(copy.dir, cache);
    expect(errorsOf(report, YOUTH_NEWS)).toEqual([expect.objectContaining({ field: 'unit' })]);
  });

  it('after a cover image is replaced by a file that is not an image', async () => {
    copy = copyContent(SAMPLE);
    const cache = cacheDir();
    await sameAsUncached(copy.dir, cache);
    copy.write(COVER, 'không phải ảnh');
    const report = await sameAsUncached(copy.dir, cache);
    expect(errorsOf(report, NEWS)).toEqual([
      expect.objectContaining({ field: 'cover', message: E.imageUnreadable('./images/hoi-truong-ra-mat-chinh-quyen-hai-cap.jpg') }),
    ]);
  });

  it('after a cover is replaced just now by a broken file of the same size and time (not trusted to metadata)', async () => {
    copy = copyContent(SAMPLE);
    const cache = cacheDir();
    const path = join(copy.dir, COVER);
    await sameAsUncached(copy.dir, cache, Date.now());
    const before = statSync(path);
    writeFileSync(path, Buffer.alloc(before.size, 0x20));
    utimesSync(path, before.atime, before.mtime);
    const report = await sameAsUncached(copy.dir, cache, Date.now());
    expect(errorsOf(report, NEWS)).toEqual([expect.objectContaining({ field: 'cover' })]);
  });

  it('after a file is added, and with bytes that are not UTF-8 or start with a byte-order mark', async () => {
    copy = copyContent(SAMPLE);
    const cache = cacheDir();
    await sameAsUncached(copy.dir, cache);
    writeFileSync(join(copy.dir, 'news/bai-moi.md'), Buffer.concat([Buffer.from('\uFEFF---\ntitle: Bài mới '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('\n---\nThân.\n')]));
    const report = await sameAsUncached(copy.dir, cache);
    expect(filesOf(report)).toContain('news/bai-moi.md');
    expect(report.entries.find((entry) => entry.file === 'news/bai-moi.md')?.raw).toContain('\uFFFD');
    await sameAsUncached(copy.dir, cache);
  });

  it('reads what it stored: a result planted in the cache shows in the report', async () => {
    copy = copyContent(SAMPLE);
    const cache = cacheDir();
    await cached(copy.dir, cache);
    plant(cache, NEWS, (kind) => kind.startsWith('news '), { message: 'lỗi gieo vào bộ nhớ đệm', field: 'title' });
    const report = await cached(copy.dir, cache);
    expect(errorsOf(report, NEWS)).toEqual([{ file: NEWS, field: 'title', message: 'lỗi gieo vào bộ nhớ đệm', severity: 'error' }]);
  });
});

describe('content check given the files the build fingerprint just read', () => {
  it('reports exactly what it reports when it reads them itself, cold and warm, and after an edit', async () => {
    copy = copyContent(SAMPLE);
    const cache = cacheDir();
    const withRead = () =>
      checkContent(copy!.dir, { today: TODAY, imageLimitBytes: 20 * 1024, cache: { dir: cache, key: 'test', startedAt: later(), read: readContentFolder(copy!.dir).files } });
    expect(await withRead()).toStrictEqual(await uncached(copy.dir));
    expect(await withRead()).toStrictEqual(await uncached(copy.dir));
    copy.edit(NEWS, 'unit: van-phong', 'unit: khong-co-don-vi-nay');
    const report = await withRead();
    expect(report).toStrictEqual(await uncached(copy.dir));
    expect(errorsOf(report, NEWS)).toEqual([expect.objectContaining({ field: 'unit' })]);
  });

  it('checks the bytes it was given (the ones the build publishes), not a later version on disk', async () => {
    copy = copyContent(SAMPLE);
    const cache = cacheDir();
    const read = readContentFolder(copy.dir).files;
    // The editor saves a wrong unit after the fingerprint was taken: this build checks and
    // records the version it fingerprinted; the next build sees the change.
    copy.edit(NEWS, 'unit: van-phong', 'unit: khong-co-don-vi-nay');
    const report = await checkContent(copy.dir, { today: TODAY, imageLimitBytes: 20 * 1024, cache: { dir: cache, key: 'test', startedAt: later(), read } });
    expect(errorsOf(report, NEWS)).toEqual([]);
    expect(errorsOf(await cached(copy.dir, cache), NEWS)).toEqual([expect.objectContaining({ field: 'unit' })]);
  });
});

describe('a cache that cannot be used is ignored', () => {
  it('corrupt, truncated or foreign shard files: the full check runs', async () => {
    copy = copyContent(SAMPLE);
    const cache = cacheDir();
    await cached(copy.dir, cache);
    const shards = readdirSync(cache);
    shards.forEach((name, index) => {
      const path = join(cache, name);
      if (index % 3 === 0) writeFileSync(path, 'không phải bộ nhớ đệm');
      else if (index % 3 === 1) writeFileSync(path, readFileSync(path).subarray(0, 20));
      else writeFileSync(path, serialize({ ...(deserialize(readFileSync(path)) as object), format: 'khác' }));
    });
    await sameAsUncached(copy.dir, cache);
    // …and is written again in full.
    await sameAsUncached(copy.dir, cache);
  });

  it('damaged records inside a readable shard: those files are checked again', async () => {
    copy = copyContent(SAMPLE);
    const cache = cacheDir();
    await cached(copy.dir, cache);
    for (const name of readdirSync(cache)) {
      const stored = deserialize(readFileSync(join(cache, name))) as { files: Map<string, unknown> };
      let index = 0;
      for (const [file, record] of stored.files) {
        const hash = (record as unknown[])[0];
        stored.files.set(file, [5, 'văn bản', [hash, 'không phải mảng'], [hash], null][index % 5]);
        index += 1;
      }
      writeFileSync(join(cache, name), serialize(stored));
    }
    await sameAsUncached(copy.dir, cache);
  });

  it('a shard of another format is not read', async () => {
    copy = copyContent(SAMPLE);
    const cache = cacheDir();
    await cached(copy.dir, cache);
    plant(cache, NEWS, (kind) => kind.startsWith('news '), { message: 'định dạng cũ' });
    const shard = join(cache, `shard-${shardOf(NEWS)}.v8`);
    writeFileSync(shard, serialize({ ...(deserialize(readFileSync(shard)) as object), format: 'định dạng khác' }));
    await sameAsUncached(copy.dir, cache);
  });

  it('a cache made under another key (other code) is not read', async () => {
    copy = copyContent(SAMPLE);
    const cache = cacheDir();
    await cached(copy.dir, cache);
    plant(cache, NEWS, (kind) => kind.startsWith('news '), { message: 'cũ' });
    const report = await checkContent(copy.dir, { today: TODAY, imageLimitBytes: 20 * 1024, cache: { dir: cache, key: 'mã khác' } });
    expect(report).toStrictEqual(await uncached(copy.dir));
  });

  it('a cache folder that cannot be written: the check still reports', async () => {
    copy = copyContent(SAMPLE);
    const blocker = cacheDir();
    writeFileSync(blocker, 'một tệp, không phải thư mục');
    await sameAsUncached(copy.dir, blocker);
  });
});

describe('CheckCache', () => {
  const open = (dir: string, extra: Partial<CheckCacheOptions> = {}) => new CheckCache({ dir, key: 'k', startedAt: later(), ...extra });
  /** memo() through a fresh cache instance (a new run): how many times compute ran. */
  function runOnce(dir: string, calls: [file: string, text: string, kind: string][], extra: Partial<CheckCacheOptions> = {}) {
    const cache = open(dir, extra);
    let computed = 0;
    const values = calls.map(([file, text, kind]) => cache.memo(file, text, kind, () => ((computed += 1), `${kind}:${text}`)));
    cache.save();
    return { computed, values };
  }

  it('computes once per text and kind; again when the text, the kind or the key changes', () => {
    const dir = cacheDir();
    expect(runOnce(dir, [['a.md', 'một', 'x'], ['a.md', 'một', 'x']])).toEqual({ computed: 1, values: ['x:một', 'x:một'] });
    expect(runOnce(dir, [['a.md', 'một', 'x']])).toEqual({ computed: 0, values: ['x:một'] });
    expect(runOnce(dir, [['a.md', 'hai', 'x']])).toEqual({ computed: 1, values: ['x:hai'] });
    expect(runOnce(dir, [['a.md', 'hai', 'y']]).computed).toBe(1);
    expect(runOnce(dir, [['a.md', 'hai', 'x']], { key: 'other' }).computed).toBe(1);
    // A result that is undefined is a result too.
    const cache = open(dir);
    let calls = 0;
    cache.memo('b.md', 't', 'u', () => ((calls += 1), undefined));
    cache.save();
    open(dir).memo('b.md', 't', 'u', () => ((calls += 1), undefined));
    expect(calls).toBe(1);
  });

  it('keeps results per file: the same text in another file is computed for that file', () => {
    const dir = cacheDir();
    runOnce(dir, [['a.md', 'một', 'x']]);
    expect(runOnce(dir, [['b.md', 'một', 'x']]).computed).toBe(1);
  });

  /** A file name in the same shard as `file` (or, with `same` false, in another one). */
  const neighbour = (file: string, same = true) =>
    Array.from({ length: 500 }, (_, index) => `f${index}.md`).find((name) => name !== file && (shardOf(name) === shardOf(file)) === same)!;

  it('forgets files no longer seen and kinds no longer asked for', () => {
    const dir = cacheDir();
    const z = neighbour('a.md', false);
    runOnce(dir, [['a.md', '1', 'old'], ['a.md', '1', 'x'], [z, '1', 'x']]);
    // z not seen: its shard is written again without it.
    runOnce(dir, [['a.md', '1', 'x']]);
    expect(runOnce(dir, [['a.md', '1', 'x'], [z, '1', 'x']]).computed).toBe(1);
    // A computation in a.md's shard rewrites it with the kinds of this run only.
    expect(runOnce(dir, [['a.md', '1', 'x'], [neighbour('a.md'), '2', 'x']]).computed).toBe(1);
    expect(runOnce(dir, [['a.md', '1', 'x'], ['a.md', '1', 'old']])).toEqual({ computed: 1, values: ['x:1', 'old:1'] });
  });

  it('drops a kind no longer asked for without mixing up the others, holes included', () => {
    const dir = cacheDir();
    const q = neighbour('a.md');
    runOnce(dir, [['a.md', '1', 'old'], ['a.md', '1', 'x']]);
    // q, new in a.md's shard, has y only; a.md has x only: each keeps a hole for the other's kind.
    expect(runOnce(dir, [['a.md', '1', 'x'], [q, '2', 'y']]).computed).toBe(1);
    expect(runOnce(dir, [['a.md', '1', 'x'], [q, '2', 'y'], ['a.md', '1', 'y'], [q, '2', 'x']])).toEqual({
      computed: 2,
      values: ['x:1', 'y:2', 'y:1', 'x:2'],
    });
  });

  it('keeps a kind computed later for a file that did not change', () => {
    const dir = cacheDir();
    runOnce(dir, [['a.md', '1', 'x']]);
    expect(runOnce(dir, [['a.md', '1', 'x'], ['a.md', '1', 'y']]).computed).toBe(1);
    expect(runOnce(dir, [['a.md', '1', 'y'], ['a.md', '1', 'x']])).toEqual({ computed: 0, values: ['y:1', 'x:1'] });
  });

  it('writes no shard again when nothing changed', () => {
    const dir = cacheDir();
    const calls: [string, string, string][] = Array.from({ length: 40 }, (_, index) => [`news/tin-${index}.md`, String(index), 'x']);
    runOnce(dir, calls);
    const inodes = () => readdirSync(dir).map((name) => `${name}:${statSync(join(dir, name)).ino}`);
    const before = inodes();
    expect(runOnce(dir, calls).computed).toBe(0);
    expect(inodes()).toEqual(before);
  });

  it('reads shards written by runs that met the kinds in another order', () => {
    const dir = cacheDir();
    const other = join(scratch!, 'other');
    // a is read first (shard 0) and names [w, x]; b's shard [z, x, y], with holes for c, which has only y.
    const inShard = (shard: number) => Array.from({ length: 500 }, (_, index) => `f${index}.md`).filter((name) => shardOf(name) === shard);
    const [a] = inShard(0) as [string];
    const [b, c] = inShard(1) as [string, string];
    runOnce(dir, [[a, '1', 'w'], [a, '1', 'x']]);
    // b's kinds come as [z, x, y]: x keeps its number (1) in the next run, z and y do not.
    runOnce(other, [[b, '2', 'z'], [b, '2', 'x'], [b, '2', 'y'], [c, '3', 'y']]);
    writeFileSync(join(dir, `shard-${shardOf(b)}.v8`), readFileSync(join(other, `shard-${shardOf(b)}.v8`)));
    const calls: [string, string, string][] = [[a, '1', 'x'], [a, '1', 'w'], [b, '2', 'y'], [b, '2', 'z'], [b, '2', 'x'], [c, '3', 'y']];
    expect(runOnce(dir, calls)).toEqual({ computed: 0, values: ['x:1', 'w:1', 'y:2', 'z:2', 'x:2', 'y:3'] });
    // What the other run never computed is computed, not read from a neighbour or a hole.
    const more: [string, string, string][] = [[b, '2', 'w'], [c, '3', 'x'], [c, '3', 'z']];
    expect(runOnce(dir, [...calls, ...more])).toEqual({ computed: 3, values: ['x:1', 'w:1', 'y:2', 'z:2', 'x:2', 'y:3', 'w:2', 'x:3', 'z:3'] });
    expect(runOnce(dir, [...calls, ...more]).computed).toBe(0);
  });

  it('without options computes every time', () => {
    const cache = new CheckCache();
    let calls = 0;
    cache.memo('a.md', 't', 'x', () => (calls += 1));
    cache.memo('a.md', 't', 'x', () => (calls += 1));
    cache.save();
    expect(calls).toBe(2);
  });

  it('closes every file it reads', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cchc-check-cache-')), 'a.md');
    scratch = dirname(file);
    writeFileSync(file, 'Hòa An');
    const cache = open(join(scratch, 'cache'));
    const open_ = () => readdirSync('/proc/self/fd').length;
    const before = open_();
    for (let index = 0; index < 200; index += 1) cache.readText(file, `tin-${index}.md`);
    expect(open_()).toBe(before);
  });

  it('reads a file as readFileSync does, and stores its results by its bytes', () => {
    const dir = cacheDir();
    const file = join(scratch!, 'a.md');
    const big = `---\ntitle: x\n---\n${'Hòa An '.repeat(20_000)}`;
    for (const bytes of [Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0x28, 0xe1, 0xbb]), Buffer.from(big)]) {
      writeFileSync(file, bytes);
      const cache = open(dir);
      const text = cache.readText(file, 'a.md');
      expect(text).toBe(readFileSync(file, 'utf8'));
      let calls = 0;
      cache.memo('a.md', text, 'x', () => (calls += 1));
      cache.save();
      const again = open(dir);
      again.memo('a.md', again.readText(file, 'a.md'), 'x', () => (calls += 1));
      expect(calls).toBe(1);
    }
    expect(new CheckCache().readText(file, 'a.md')).toBe(big);
  });

  it('remembers a result by file metadata only for files changed well before the run', async () => {
    const dir = cacheDir();
    const file = join(scratch!, 'anh.jpg');
    writeFileSync(file, 'ảnh');
    let calls = 0;
    const compute = async () => ((calls += 1), true);
    const run = async (startedAt: number, path = file) => {
      const cache = open(dir, { startedAt });
      await cache.memoByStat(path, 'image', compute);
      cache.save();
    };
    const changed = Number(statSync(file, { bigint: true }).ctimeMs);
    await run(changed + RACY_MARGIN_MS - 1);
    await run(changed + RACY_MARGIN_MS - 1);
    expect(calls).toBe(2);
    await run(changed + RACY_MARGIN_MS);
    await run(changed + RACY_MARGIN_MS + 1000);
    expect(calls).toBe(3);
    // Another file in its place (new size, new change time): computed again.
    writeFileSync(file, 'ảnh khác, dài hơn');
    await run(Date.now() + 60_000);
    expect(calls).toBe(4);
    // A file that is gone is not remembered.
    rmSync(file);
    await run(Date.now() + 60_000);
    expect(calls).toBe(5);
  });

  it('sees a file rewritten in place with the same size, even with its old modification time', async () => {
    const dir = cacheDir();
    const file = join(scratch!, 'anh.jpg');
    const second = join(scratch!, 'logo.png');
    writeFileSync(file, 'ảnh một');
    writeFileSync(second, 'biểu trưng');
    let calls = 0;
    const run = async () => {
      const cache = open(dir, { startedAt: Date.now() + 60_000 });
      for (const path of [file, second]) await cache.memoByStat(path, 'image', async () => ((calls += 1), true));
      cache.save();
    };
    await run();
    await run();
    expect(calls).toBe(2);
    const { atime, mtime } = statSync(file);
    writeFileSync(file, 'ảnh hai');
    utimesSync(file, atime, new Date(mtime.getTime() + 5000));
    await run();
    expect(calls).toBe(3);
    // Put back to the old time, as a copy that keeps times would: the change time still differs.
    writeFileSync(file, 'ảnh ba');
    utimesSync(file, atime, mtime);
    await run();
    expect(calls).toBe(4);
  });

  it('keeps a kind computed later for an image that did not change', async () => {
    const dir = cacheDir();
    const file = join(scratch!, 'anh.jpg');
    writeFileSync(file, 'ảnh');
    let calls = 0;
    const run = async (kinds: string[]) => {
      const cache = open(dir);
      for (const kind of kinds) await cache.memoByStat(file, kind, async () => ((calls += 1), kind));
      cache.save();
    };
    await run(['a']);
    await run(['a', 'b']);
    await run(['b', 'a']);
    expect(calls).toBe(2);
  });

  it('does not trust an old modification time: a file changed just now is not remembered', async () => {
    const dir = cacheDir();
    const file = join(scratch!, 'anh.jpg');
    writeFileSync(file, 'ảnh');
    utimesSync(file, new Date('2020-01-01'), new Date('2020-01-01'));
    let calls = 0;
    for (let run = 0; run < 2; run += 1) {
      const cache = open(dir, { startedAt: Date.now() });
      await cache.memoByStat(file, 'image', async () => ((calls += 1), true));
      cache.save();
    }
    expect(calls).toBe(2);
  });

  it('spreads files over the shards and writes one file per shard that holds something', () => {
    const dir = cacheDir();
    const files = Array.from({ length: 200 }, (_, index) => `news/tin-${index}.md`);
    runOnce(dir, files.map((file) => [file, file, 'x'] as [string, string, string]));
    const written = readdirSync(dir).filter((name) => name.endsWith('.v8'));
    expect(written.length).toBe(SHARDS);
    expect(existsSync(join(dir, `shard-${shardOf(files[0]!)}.v8`))).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
