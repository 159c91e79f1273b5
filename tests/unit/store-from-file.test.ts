/**
 * The pages' content store read from a file (src/publish/store-from-file.ts): the module the build
 * compiles instead of Astro's 44 MB string gives the same store, keeps the bytes it was built
 * against when Astro writes a new store, and leaves nothing behind from killed builds.
 */
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { storeModule } from '../../src/publish/store-from-file.ts';

let scratch: string | undefined;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

function cacheWithStore(store: unknown): string {
  scratch = mkdtempSync(join(tmpdir(), 'cchc-store-module-'));
  writeFileSync(join(scratch, 'data-store.json'), JSON.stringify(store));
  return scratch;
}

let imported = 0;
async function load(code: string): Promise<unknown> {
  imported += 1;
  const file = join(scratch!, `module-${imported}.mjs`);
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

/** Astro's store is a devalue array: what matters is that the module hands the same value over. */
const STORE = [{ news: 1 }, 'Đăng ký khai sinh', ['tin-tuc', 'thu-tuc'], 42];

describe('storeModule', () => {
  it('gives the store Astro wrote, as Astro’s own module would (JSON.parse of the file)', async () => {
    const cache = cacheWithStore(STORE);
    const code = storeModule(cache);
    expect(code).toBeDefined();
    // No part of the store is compiled into the module.
    expect(code!.length).toBeLessThan(400);
    expect(await load(code!)).toEqual(STORE);
  });

  it('keeps the bytes the bundle was built against when Astro writes a new store (it writes by rename)', async () => {
    const cache = cacheWithStore(STORE);
    const code = storeModule(cache)!;
    writeFileSync(join(cache, 'data-store.json.tmp'), JSON.stringify(['autre']));
    renameSync(join(cache, 'data-store.json.tmp'), join(cache, 'data-store.json'));
    expect(await load(code)).toEqual(STORE);
  });

  it('leaves Astro its own module when there is no store yet', () => {
    scratch = mkdtempSync(join(tmpdir(), 'cchc-store-module-'));
    expect(storeModule(scratch)).toBeUndefined();
  });

  it('removes copies left by builds that were killed, not those of a build still running', () => {
    const cache = cacheWithStore(STORE);
    // A pid far above any Linux pid_max: no such process.
    writeFileSync(join(cache, 'data-store.bundle-99999999.json'), '[]');
    writeFileSync(join(cache, `data-store.bundle-${process.ppid}.json`), '[]');
    storeModule(cache);
    const names = readdirSync(cache);
    expect(names).not.toContain('data-store.bundle-99999999.json');
    expect(names).toContain(`data-store.bundle-${process.ppid}.json`);
    const own = join(cache, `data-store.bundle-${process.pid}.json`);
    expect(existsSync(own)).toBe(true);
    // A link, not a copy of 44 MB.
    expect(statSync(own).ino).toBe(statSync(join(cache, 'data-store.json')).ino);
  });
});
