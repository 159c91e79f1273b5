/**
 * Safe publishing: a build that fails, at the content check or later inside Astro, must leave the
 * site already in the output folder byte for byte as it was, and say so in Vietnamese.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishing } from '../../src/i18n/publishing.ts';
import { walkFiles } from '../../scripts/lib/run.ts';
import { RAM_COPIES_PREFIX, RAM_FOLDER } from '../../src/search/build/search-copies.ts';
import { buildSite, waitForSpare } from '../helpers/build-site.ts';
import { PROJECT_ROOT } from '../helpers/sites.ts';

const T = publishing.build;
const FIXTURE = join(PROJECT_ROOT, 'tests', 'fixtures', 'publishing', 'content');

let work: string;
let content: string;
let outDir: string;

function buildEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    CONTENT_DIR: content,
    OUT_DIR: outDir,
    BASE_PATH: '/cchc/',
    SITE_URL: 'https://thunghiem.example.gov.vn',
    BUILD_DATE: '2026-11-22',
    ASTRO_CACHE_DIR: join(work, 'cache'),
    ...extra,
  };
}

function build(extra: Record<string, string> = {}) {
  return buildSite(buildEnv(extra));
}

/** The same build, run without blocking this process, so that the test can watch the folders meanwhile. */
function buildInBackground(): Promise<{ status: number; output: string }> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...buildEnv() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      waitForSpare(outDir);
      resolve({ status: code ?? 1, output });
    }),
  );
}

/** Whether a complete published site exists: in the output folder, or set aside by a swap. */
function someCompleteSite(): boolean {
  if (existsSync(join(outDir, 'index.html'))) return true;
  const aside = readdirSync(dirname(outDir)).filter((name) => name.startsWith(`${basename(outDir)}.old-`));
  return aside.some((name) => existsSync(join(dirname(outDir), name, 'index.html')));
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
      (name) =>
        name.startsWith(`.build-tmp-${site}-`) || name.startsWith(`.build-fast-${site}-`) || name === `${site}.lock` || name.startsWith(`${site}.old-`),
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

  it('refuses a base path that is not a plain path, before anything is built, and names where it came from', () => {
    for (const hostile of ["cchc';Start-Process('calc');'", '/cchc/../../x/', '/cchc dự án/', '/%2e%2e/']) {
      const result = build({ BASE_PATH: hostile });
      expect(result.status, hostile).not.toBe(0);
      expect(result.output, hostile).toContain('Đường dẫn con không hợp lệ');
      expect(result.output, hostile).toContain('BASE_PATH');
      expect(result.output, hostile).not.toContain(T.stepCheck);
    }
    const fromFile = join(content, 'site.yaml');
    const original = readFileSync(fromFile, 'utf8');
    writeFileSync(fromFile, `${original.replace(/^basePath:.*\n/m, '')}basePath: "cchc';Start-Process('calc');'"\n`);
    const env = buildEnv();
    delete env.BASE_PATH;
    const result = buildSite(env);
    writeFileSync(fromFile, original);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("Đường dẫn con không hợp lệ: \"/cchc';Start-Process('calc');'/\"");
    expect(result.output).toContain('site.yaml, trường basePath');
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
  }, 300_000);

  it('keeps the previous site when Astro itself fails on content the checker accepts', () => {
    const before = snapshot(outDir);
    // A picture the body points to but nobody copied: the checker only warns (the page is still
    // readable), while Astro stops on it. MDX code, which used to play this part, is now refused
    // by the checker itself.
    writeFileSync(
      join(content, 'news', 'tin-anh-thieu.md'),
      [
        '---',
        'title: Tin có ảnh thiếu',
        'date: 2026-02-01',
        'summary: Bài viết dẫn tới một ảnh không có trong thư mục.',
        'unit: van-phong',
        'category: cai-cach-tthc',
        '---',
        '',
        '![Bộ phận một cửa](./khong-co-anh-nay.jpg)',
        '',
      ].join('\n'),
    );
    const broken = build();
    rmSync(join(content, 'news', 'tin-anh-thieu.md'));

    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain(T.stepAstro);
    expect(broken.output).not.toContain(T.stepSearch);
    expect(broken.output).toContain(T.kept(outDir));
    expect(snapshot(outDir)).toEqual(before);
    expect(leftovers()).toEqual([]);
  }, 300_000);

  it('deletes the site it replaced (in the background, scripts/lib/discard.ts), leaving nothing beside the new one', async () => {
    const rebuilt = build({ FULL_BUILD: '1' });
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    const trash = () => readdirSync(dirname(outDir)).filter((name) => name.startsWith(`.build-trash-${basename(outDir)}-`));
    for (let waited = 0; trash().length > 0 && waited < 60_000; waited += 200) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(trash()).toEqual([]);
    expect(leftovers()).toEqual([]);
  }, 300_000);

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
  }, 300_000);

  it('puts back the site a build killed between its two renames set aside, and never loses every copy', async () => {
    const before = JSON.parse(readFileSync(join(outDir, 'build-info.json'), 'utf8')).builtAt;
    // What a build killed between the renames leaves: no output folder, the last published site
    // set aside under its id, and its own finished copy still in its temporary folder.
    const dead = 999999999;
    renameSync(outDir, `${outDir}.old-${dead}`);
    cpSync(`${outDir}.old-${dead}`, join(dirname(outDir), `.build-tmp-${basename(outDir)}-${dead}`), { recursive: true });

    let moments = 0;
    let withoutSite = 0;
    const watch = setInterval(() => {
      moments += 1;
      // Checked twice: a swap moving the folder between the two looks of one check is no loss.
      if (!someCompleteSite() && !someCompleteSite()) withoutSite += 1;
    }, 5);
    const next = await buildInBackground();
    clearInterval(watch);

    expect(next.status, next.output).toBe(0);
    expect(moments).toBeGreaterThan(100);
    expect(withoutSite).toBe(0);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('UBND xã Thử Nghiệm');
    expect(JSON.parse(readFileSync(join(outDir, 'build-info.json'), 'utf8')).builtAt).not.toBe(before);
    expect(leftovers()).toEqual([]);
  }, 300_000);
});

