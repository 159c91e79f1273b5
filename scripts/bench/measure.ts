/**
 * Run one command and measure what it costs: wall time, CPU time (user + system of the whole
 * process tree, as GNU time reports it), and peak memory.
 *
 * Peak memory is measured two ways because they answer different questions: GNU time's maximum
 * RSS is that of the single largest process, while a build is a tree (Node runs Astro, Pagefind is
 * its own binary), so we also sample the summed RSS of the whole tree from /proc. The tree sum is
 * what has to fit in the machine's memory.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measurement {
  exitCode: number;
  wallSeconds: number;
  /** user + system seconds of the command and all its children. */
  cpuSeconds?: number;
  /** Largest single process (GNU time), bytes. */
  maxProcessRss?: number;
  /** Largest sampled sum of RSS over the process tree, bytes. */
  peakTreeRss: number;
  output: string;
}

const GNU_TIME = '/usr/bin/time';
const PAGE_SIZE = 4096;

function parentOf(pid: string): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses: fields start after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
  } catch {
    return undefined;
  }
}

const TICKS_PER_SECOND = 100;

/** user + system seconds a process has used so far. */
function cpuOf(pid: string): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of proc(5) (utime, stime), counted from field 3 here.
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function rssOf(pid: string): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/**
 * Summed RSS of `root` and every descendant right now; records each one's CPU seconds in `cpu`.
 * Sampling CPU per process matters because a child that its parent never waits for (Pagefind's
 * binary, left to init when Node exits) is missing from the rusage GNU time reports.
 */
export function treeRss(root: number, cpu?: Map<string, number>): number {
  const children = new Map<string, string[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(name);
    if (parent === undefined) continue;
    const list = children.get(parent) ?? [];
    list.push(name);
    children.set(parent, list);
  }
  let total = 0;
  const queue = [String(root)];
  while (queue.length > 0) {
    const pid = queue.pop() as string;
    total += rssOf(pid);
    cpu?.set(pid, cpuOf(pid));
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean }): Promise<Measurement> {
  const useTime = existsSync(GNU_TIME);
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const [bin, argv] = useTime ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(bin, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!options.quiet) process.stderr.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peak = 0;
    const cpuByPid = new Map<string, number>();
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid, cpuByPid));
    };
    const timer = setInterval(sample, 200);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      const wallSeconds = (performance.now() - started) / 1000;
      // The samples miss each process's last moments; GNU time misses orphaned children: take the larger.
      const sampledCpu = [...cpuByPid.values()].reduce((sum, seconds) => sum + seconds, 0);
      const result: Measurement = { exitCode: code ?? (signal ? 1 : 0), wallSeconds, peakTreeRss: peak, output, cpuSeconds: sampledCpu };
      if (useTime && existsSync(timeFile)) {
        const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
        const [, user = NaN, system = NaN, maxKb = NaN] = last.split(' ').map(Number);
        if (Number.isFinite(user) && Number.isFinite(system)) result.cpuSeconds = Math.max(sampledCpu, user + system);
        if (Number.isFinite(maxKb)) result.maxProcessRss = maxKb * 1024;
        rmSync(timeFile, { force: true });
      }
      resolvePromise(result);
    });
  });
}

/** Total size in bytes and number of files under a folder (0 when it does not exist). */
export function folderSize(dir: string): { bytes: number; files: number; htmlFiles: number } {
  let bytes = 0;
  let files = 0;
  let htmlFiles = 0;
  if (!existsSync(dir)) return { bytes, files, htmlFiles };
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile()) {
        files += 1;
        if (entry.name.endsWith('.html')) htmlFiles += 1;
        bytes += statSync(path).size;
      }
    }
  }
  return { bytes, files, htmlFiles };
}

