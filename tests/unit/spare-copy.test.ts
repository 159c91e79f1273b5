/**
 * The spare linked copy (src/publish/spare-copy.ts): made in the background after a build, taken by
 * the next fast publish only if it was made from the site that is live now.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startLinkTree } from '../../src/publish/site-copy.ts';
import { prepareSpare, spareBeingMade, spareDir, sparePartPrefix, takeSpare } from '../../src/publish/spare-copy.ts';

let work: string | undefined;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  work = undefined;
});

/** A small live site, as a build leaves it. */
function liveSite(builtAt = '2026-11-22T01:00:00.000Z'): string {
  work = mkdtempSync(join(tmpdir(), 'cchc-spare-'));
  const site = join(work, 'site');
  mkdirSync(join(site, 'tin-tuc', 'bai-mot'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<h1>Trang chủ</h1>');
  writeFileSync(join(site, 'tin-tuc', 'bai-mot', 'index.html'), '<h1>Bài một</h1>');
  writeFileSync(join(site, 'build-info.json'), JSON.stringify({ builtAt }));
  return site;
}

/** A new build put in place: a new build-info.json, written by rename as a swap brings it. */
function rebuilt(site: string): void {
  writeFileSync(join(site, 'build-info.json.new'), JSON.stringify({ builtAt: '2026-11-23T01:00:00.000Z' }));
  renameSync(join(site, 'build-info.json.new'), join(site, 'build-info.json'));
}

const fallbackUsed = { count: 0 };
const fallback = (site: string, to: string) => () => {
  fallbackUsed.count += 1;
  return startLinkTree(site, to);
};

describe.runIf(process.platform === 'linux')('spare linked copy', () => {
  it('is made after a build and taken whole by the next fast publish: same files, linked, not copied', async () => {
    const site = liveSite();
    const made = prepareSpare(site);
    // Visible as soon as the build returns: the next build (or a test) knows one is coming.
    expect(spareBeingMade(site)).toBe(true);
    await made;
    expect(spareBeingMade(site)).toBe(false);
    const to = join(work!, '.build-tmp-site-1');
    fallbackUsed.count = 0;
    const run = takeSpare(site, to, fallback(site, to));
    expect(run).toBeDefined();
    await run!.done;
    expect(fallbackUsed.count).toBe(0);
    expect(readFileSync(join(to, 'tin-tuc', 'bai-mot', 'index.html'), 'utf8')).toBe('<h1>Bài một</h1>');
    expect(statSync(join(to, 'index.html')).ino).toBe(statSync(join(site, 'index.html')).ino);
    // Taken, not shared: the next publish needs a new one.
    expect(existsSync(spareDir(site))).toBe(false);
  });

  it('is not taken once another build replaced the live site: the fast publish links its own copy', async () => {
    const site = liveSite();
    await prepareSpare(site);
    rebuilt(site);
    const to = join(work!, '.build-tmp-site-2');
    expect(takeSpare(site, to, fallback(site, to))).toBeUndefined();
    expect(existsSync(to)).toBe(false);
  });

  it('is waited for while it is being made, then taken', async () => {
    const site = liveSite();
    // A maker still linking (this process stands for it: it is alive), as the real one does.
    const part = join(work!, `${sparePartPrefix(site)}${process.pid}`);
    execFileSync('cp', ['-al', site, part]);
    const to = join(work!, '.build-tmp-site-3');
    fallbackUsed.count = 0;
    const run = takeSpare(site, to, fallback(site, to));
    expect(run).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(existsSync(to)).toBe(false);
    // The maker finishes: its copy is named the spare.
    renameSync(part, spareDir(site));
    await run!.done;
    expect(fallbackUsed.count).toBe(0);
    expect(readFileSync(join(to, 'index.html'), 'utf8')).toBe('<h1>Trang chủ</h1>');
    expect(existsSync(spareDir(site))).toBe(false);
  });

  it('links its own copy when the maker it waited for gave up', async () => {
    const site = liveSite();
    const part = join(work!, `${sparePartPrefix(site)}${process.pid}`);
    mkdirSync(part);
    const to = join(work!, '.build-tmp-site-4');
    fallbackUsed.count = 0;
    const run = takeSpare(site, to, fallback(site, to));
    rmSync(part, { recursive: true });
    await run!.done;
    expect(fallbackUsed.count).toBe(1);
    expect(readFileSync(join(to, 'tin-tuc', 'bai-mot', 'index.html'), 'utf8')).toBe('<h1>Bài một</h1>');
  });

  it('is waited for a bounded time: a part folder left at a power cut, its number now given to another process', async () => {
    const site = liveSite();
    // This test process stands for the unrelated process that got the dead maker's number.
    mkdirSync(join(work!, `${sparePartPrefix(site)}${process.pid}`));
    const to = join(work!, '.build-tmp-site-5');
    fallbackUsed.count = 0;
    const run = takeSpare(site, to, fallback(site, to), 300);
    await run!.done;
    expect(fallbackUsed.count).toBe(1);
    expect(readFileSync(join(to, 'index.html'), 'utf8')).toBe('<h1>Trang chủ</h1>');
  });

  it('is not named the spare when the site was replaced while it was being made', async () => {
    const site = liveSite();
    // The maker checks the live site before and after linking: a build swapped in meanwhile
    // (here, before it even starts) must not leave a spare of mixed files.
    const made = prepareSpare(site);
    rebuilt(site);
    await made;
    expect(existsSync(spareDir(site))).toBe(false);
    expect(readdirSync(work!).filter((name) => name.startsWith('.build-spare'))).toEqual([]);
  });

  it('replaces the spare of the site a build replaced', async () => {
    const site = liveSite();
    await prepareSpare(site);
    rebuilt(site);
    await prepareSpare(site);
    const spare = spareDir(site);
    expect(statSync(join(spare, 'build-info.json')).ino).toBe(statSync(join(site, 'build-info.json')).ino);
  });
});
