/**
 * Safe publishing: a build that fails, at the content check or later inside Astro, must leave the
 * site already in the output folder byte for byte as it was, and say so in Vietnamese.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishing } from '../../src/i18n/publishing.ts';
import { walkFiles } from '../../scripts/lib/run.ts';
import { RAM_COPIES_PREFIX, RAM_FOLDER } from '../../scripts/lib/search-copies.ts';
import { buildSite } from '../helpers/build-site.ts';
import { PROJECT_ROOT } from '../helpers/sites.ts';

const T = publishing.build;
const FIXTURE = join(PROJECT_ROOT, 'tests', 'fixtures', 'publishing', 'content');

let work: string;
let content: string;
let outDir: string;

function build(extra: Record<string, string> = {}) {
  return buildSite({
    CONTENT_DIR: content,
    OUT_DIR: outDir,
    BASE_PATH: '/cchc/',
    SITE_URL: 'https://thunghiem.example.gov.vn',
    BUILD_DATE: '2026-11-22',
    ASTRO_CACHE_DIR: join(work, 'cache'),
    ...extra,
  });
}

/** Every file of the folder with its SHA-256: any change to any byte shows up. */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    walkFiles(dir)
      .sort()
      .map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]),
  );
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Half-built folders, locks, and search copies in RAM of builds that have ended. */
function leftovers(): string[] {
  const site = basename(outDir);
  const inRam = existsSync(RAM_FOLDER) ? readdirSync(RAM_FOLDER) : [];
  return [
    ...readdirSync(dirname(outDir)).filter(
      (name) => name.startsWith(`.build-tmp-${site}-`) || name === `${site}.lock` || name.startsWith(`${site}.old-`),
    ),
    ...inRam.filter((name) => name.startsWith(RAM_COPIES_PREFIX) && !isAlive(Number(name.slice(RAM_COPIES_PREFIX.length).split('-')[0]))),
  ];
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cchc-atomic-'));
  content = join(work, 'content');
  outDir = join(work, 'site');
  cpSync(FIXTURE, content, { recursive: true });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('atomic build', () => {
  it('refuses to create a site from broken content when none exists yet, and says nothing changed', () => {
    writeFileSync(join(content, 'hotlines', 'so-sai.yaml'), 'name: Số sai\nphone: "12345"\nscope: xa\n');
    const result = build();
    rmSync(join(content, 'hotlines', 'so-sai.yaml'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(T.nothingBefore(outDir));
    expect(existsSync(outDir)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('publishes good content and then keeps it byte-identical when the content check fails', () => {
    const good = build();
    expect(good.status, good.output).toBe(0);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('UBND xã Thử Nghiệm');
    const before = snapshot(outDir);
    expect(before.size).toBeGreaterThan(10);

    writeFileSync(join(content, 'hotlines', 'so-sai.yaml'), 'name: Số sai\nphone: "12345"\nscope: xa\n');
    const broken = build();
    rmSync(join(content, 'hotlines', 'so-sai.yaml'));

    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain('so-sai.yaml');
    expect(broken.output).toContain(T.kept(outDir));
    // Astro starts alongside the check, but the build never reports reaching its step.
    expect(broken.output).not.toContain(T.stepAstro);
    expect(snapshot(outDir)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('keeps the previous site when Astro itself fails on content the checker accepts', () => {
    const before = snapshot(outDir);
    // An MDX expression that names a variable that does not exist: valid front matter, so only
    // rendering the page in Astro finds it.
    writeFileSync(
      join(content, 'news', 'tin-bieu-thuc-sai.mdx'),
      [
        '---',
        'title: Tin có biểu thức sai',
        'date: 2026-02-01',
        'summary: Bài viết gọi một biến không tồn tại trong phần thân.',
        'unit: van-phong',
        'category: cai-cach-tthc',
        '---',
        '',
        'Số hồ sơ đã nhận: {soLieu.tongSo}',
        '',
      ].join('\n'),
    );
    const broken = build();
    rmSync(join(content, 'news', 'tin-bieu-thuc-sai.mdx'));

    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain(T.stepAstro);
    expect(broken.output).not.toContain(T.stepSearch);
    expect(broken.output).toContain(T.kept(outDir));
    expect(snapshot(outDir)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('refuses to run while another live build holds the output folder, then takes over a stale lock', () => {
    const before = snapshot(outDir);
    // This test's own process is alive, so its id stands for a build still running.
    writeFileSync(`${outDir}.lock`, String(process.pid));
    const blocked = build();
    expect(blocked.status).not.toBe(0);
    expect(blocked.output).toContain(T.locked(`${outDir}.lock`, String(process.pid)));
    expect(snapshot(outDir)).toEqual(before);

    // A lock left by a build that was killed: no process has that id any more.
    writeFileSync(`${outDir}.lock`, '999999999');
    const next = build();
    expect(next.status, next.output).toBe(0);
    expect(existsSync(`${outDir}.lock`)).toBe(false);
    expect(JSON.parse(readFileSync(join(outDir, 'build-info.json'), 'utf8')).basePath).toBe('/cchc/');
  });
});
