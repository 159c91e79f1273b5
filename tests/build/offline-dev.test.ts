/**
 * `npm run dev` (also the CMS preview) on an office PC without internet: it must not try to reach
 * anything outside the machine (no update check against the npm registry, no telemetry), and a
 * YAML alias bomb in the content folder must be refused with a Vietnamese message, as build and
 * check do, instead of growing the server to gigabytes (issue 14, item 9).
 *
 * A preload (tests/helpers/network-trap.mjs) records every outbound connection or DNS lookup and
 * refuses it. A control run of plain `astro dev` shows that the trap does see the update check.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ALIAS_BOMB_LEVELS } from '../helpers/alias-bomb.ts';
import { copyContent, type ContentCopy } from '../helpers/content-fixture.ts';
import { PROJECT_ROOT } from '../helpers/sites.ts';

const TRAP = pathToFileURL(join(PROJECT_ROOT, 'tests', 'helpers', 'network-trap.mjs')).href;
const GIGABYTE_KB = 1024 * 1024;
const cleanup: (() => void)[] = [];
afterAll(() => cleanup.splice(0).forEach((done) => done()));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

interface DevRun {
  log: string;
  outbound: string[];
  peakRssKb: number;
  served: boolean;
}

/**
 * Start a dev server on `content` with a fresh home folder (no remembered update check), fetch the
 * home page, wait `settleMs` for background requests, stop it. `until` may end the wait early.
 */
async function runDev(command: string[], content: ContentCopy, settleMs: number, until?: (log: string) => boolean): Promise<DevRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'cchc-offline-'));
  cleanup.push(() => rmSync(scratch, { recursive: true, force: true }));
  const trapLog = join(scratch, 'outbound.log');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  // A clean environment: none of Vitest's variables, no CI markers (Astro skips its update check
  // on CI, which would hide what an office PC does).
  const child = spawn(process.execPath, [...command, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: scratch,
      XDG_CONFIG_HOME: join(scratch, '.config'),
      TMPDIR: tmpdir(),
      NODE_ENV: 'development',
      NODE_OPTIONS: `--import=${TRAP}`,
      NETWORK_TRAP_LOG: trapLog,
      CONTENT_DIR: content.dir,
      BUILD_DATE: '2026-11-22',
      BASE_PATH: '/',
      ASTRO_CACHE_DIR: join(scratch, 'cache'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  let peakRssKb = 0;
  let served = false;
  try {
    const deadline = Date.now() + 60_000;
    let settleUntil = Number.POSITIVE_INFINITY;
    while (Date.now() < Math.min(deadline, settleUntil) && !exited) {
      peakRssKb = Math.max(peakRssKb, rssKb(child.pid!));
      if (peakRssKb > GIGABYTE_KB) break;
      if (until?.(log)) break;
      if (!served) {
        try {
          served = (await fetch(url, { signal: AbortSignal.timeout(5_000) })).status > 0;
          if (served) settleUntil = Date.now() + settleMs;
        } catch {
          // not listening yet
        }
      }
      await new Promise((done) => setTimeout(done, 200));
    }
  } finally {
    child.kill('SIGKILL');
  }
  const outbound = existsSync(trapLog) ? readFileSync(trapLog, 'utf8').trim().split('\n').filter(Boolean) : [];
  return { log, outbound, peakRssKb, served };
}

describe('npm run dev stays on this machine', () => {
  it('control: plain astro dev asks the npm registry for updates, and the trap sees it', async () => {
    const content = copyContent();
    cleanup.push(content.remove);
    const run = await runDev([join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs')], content, 4_000);
    expect(run.served, run.log).toBe(true);
    expect(run.outbound.join('\n')).toMatch(/registry\.npmjs\.org/);
  }, 90_000);

  it('npm run dev (scripts/astro.ts) makes no outside connection and no outside DNS lookup', async () => {
    const content = copyContent();
    cleanup.push(content.remove);
    const run = await runDev([join(PROJECT_ROOT, 'scripts', 'astro.ts')], content, 4_000);
    expect(run.served, run.log).toBe(true);
    expect(run.outbound).toEqual([]);
  }, 90_000);

  it('refuses a YAML alias bomb with a Vietnamese message and stays under 1 GB', async () => {
    const content = copyContent();
    cleanup.push(content.remove);
    content.write('hotlines/bom.yaml', `name: "lol"\n${ALIAS_BOMB_LEVELS}\n`);
    content.write('news/bom.md', `---\n${ALIAS_BOMB_LEVELS}\n---\nlol\n`);
    const run = await runDev([join(PROJECT_ROOT, 'scripts', 'astro.ts')], content, 2_000, (log) => log.includes('bí danh YAML'));
    expect(run.peakRssKb, `peak RSS ${Math.round(run.peakRssKb / 1024)} MB\n${run.log.slice(-3000)}`).toBeLessThan(GIGABYTE_KB);
    expect(run.log).toContain('quá nhiều bí danh YAML');
    expect(run.log).toMatch(/(hotlines\/bom\.yaml|news\/bom\.md)/);
  }, 90_000);
});
