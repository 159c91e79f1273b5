/**
 * What the content check computed for each file, kept between runs so that checking a 10,000-entry
 * folder after one article changed costs the reading of the files, not their parsing (issue 17).
 *
 * Results are stored by file and by the SHA-256 of the file's bytes, never by modification time: a
 * copy or a `git checkout` changes times of files whose bytes did not change, and an edit within the
 * same clock tick changes the bytes but not the time. Each result is named by a `kind` that spells out
 * every other input of the computation (the schema and its unit ids, for instance); the key passed
 * by the caller covers the code itself. A missing, unreadable or foreign cache file is ignored: its
 * files' work is simply done again, as without a cache.
 *
 * The results are spread over SHARDS files by path, each written whole through a temporary file and
 * a rename: after one article changed only its shard is written again, not 14 MB.
 */
import { hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Bumped when what is stored changes shape (the caller's key covers what the results mean). */
const FORMAT = 'trang-cchc content-check cache 3';

export const SHARDS = 16;

/**
 * Files changed less than this before a run are not remembered by their metadata: their change may
 * share a clock tick with a later one (git's "racily clean" entries), and a network disk's clock
 * may run a little apart from this machine's.
 */
export const RACY_MARGIN_MS = 2000;

export interface CheckCacheOptions {
  /** A folder of the cache's own (created when missing). */
  dir: string;
  /** Must change whenever the code or dependencies change (scripts/build.ts passes codeFingerprint). */
  key: string;
  /** Start of the run in ms since the epoch; tests set it, otherwise now. */
  startedAt?: number;
  /**
   * Files the caller has just read, by absolute path, with the SHA-256 of their bytes (the build's
   * content fingerprint, src/publish/fingerprint.ts): used instead of reading them again.
   */
  read?: ReadonlyMap<string, { bytes: Buffer; sha256: Buffer }>;
}

/** `compute()`, or what it returned in an earlier run for the same text of the same file. */
export type Memo = <T>(file: string, text: string, kind: string, compute: () => T) => T;

export const noMemo: Memo = (_file, _text, _kind, compute) => compute();

/**
 * One shard on disk. Each file's results are an array read against `kinds` (a hole where a kind
 * was not computed for that file): the names are stored once per shard, not once per result, and a
 * result is found by its number (a Map per file cost 0.1 s of lookups and more reading at 10,000).
 */
interface Shard {
  format: string;
  key: string;
  kinds: string[];
  files: Map<string, [hash: string, values: unknown[]]>;
}

/** The files of a shard read at the start of the run, and how to renumber their results. */
interface EarlierShard {
  files: Map<string, [hash: string, values: unknown[]]>;
  renumber: ((values: unknown[]) => unknown[]) | undefined;
}

interface RunFile {
  text: string;
  hash: string;
  shard: number;
  /** Results by kind number (`CheckCache.kindNumbers`): an earlier run's for the same bytes, then this run's. */
  values: unknown[];
}

const sha256 = (content: string | Buffer) => hash('sha256', content, 'base64');

/** Which shard holds a file: FNV-1a of its path, so that a file stays in one shard whatever it holds. */
export function shardOf(file: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i += 1) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

/** Scratch space for reading files: one Buffer for 10,000 files instead of one each (less garbage). */
let scratch = Buffer.allocUnsafe(1 << 16);

/** The bytes of a file, in `scratch`: valid until the next call. */
function readBytes(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    let length = 0;
    for (;;) {
      if (length === scratch.length) {
        const bigger = Buffer.allocUnsafe(scratch.length * 2);
        scratch.copy(bigger);
        scratch = bigger;
      }
      const read = readSync(fd, scratch, length, scratch.length - length, null);
      if (read === 0) return scratch.subarray(0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}

const shardPath = (dir: string, shard: number) => join(dir, `shard-${shard}.v8`);

function loadShard(options: CheckCacheOptions, shard: number): Shard | undefined {
  let stored: unknown;
  try {
    stored = deserialize(readFileSync(shardPath(options.dir, shard)));
  } catch {
    return undefined;
  }
  const { format, key, kinds, files } = (stored ?? {}) as Partial<Shard>;
  const usable = format === FORMAT && key === options.key && Array.isArray(kinds) && files instanceof Map;
  return usable ? { format, key, kinds, files } : undefined;
}

export class CheckCache {
  private readonly options: CheckCacheOptions | undefined;
  private readonly earlier: EarlierShard[] = [];
  private readonly run = new Map<string, RunFile>();
  /** Numbers of the kinds in this run, in the order of the first shard read (usually every shard's). */
  private readonly kindNumbers = new Map<string, number>();
  /** Kinds asked for in this run: results of others (an old list of unit ids) are not kept. */
  private readonly asked = new Set<string>();
  /** Shards holding a result computed in this run. */
  private readonly changed = new Set<number>();
  readonly startedAt: number;

  constructor(options?: CheckCacheOptions) {
    this.options = options;
    this.startedAt = options?.startedAt ?? Date.now();
    for (let shard = 0; shard < SHARDS; shard += 1) {
      const stored = options ? loadShard(options, shard) : undefined;
      this.earlier.push({ files: stored?.files ?? new Map(), renumber: this.renumbering(stored?.kinds ?? []) });
    }
  }

  /**
   * The text of a content file. With a cache its hash is taken here, from the bytes: four times
   * faster than hashing the decoded text, which was a third of the whole check at 10,000 files.
   */
  readText(path: string, file: string): string {
    if (!this.options) return readFileSync(path, 'utf8');
    const known = this.options.read?.get(path);
    if (known) {
      const text = known.bytes.toString('utf8');
      this.startRecord(file, text, known.sha256.toString('base64'));
      return text;
    }
    const bytes = readBytes(path);
    const text = bytes.toString('utf8');
    this.startRecord(file, text, sha256(bytes));
    return text;
  }

  /** Without a cache every call computes: the check behaves exactly as without this class. */
  readonly memo: Memo = <T>(file: string, text: string, kind: string, compute: () => T): T => {
    if (!this.options) return compute();
    const current = this.fileOfRun(file, text);
    const number = this.ask(kind);
    if (number in current.values) return current.values[number] as T;
    const value = compute();
    current.values[number] = value;
    this.changed.add(current.shard);
    return value;
  };

  /**
   * The same for a computation on a file read elsewhere (an image opened by sharp), remembered by
   * its device, inode, size and change times. The change time (ctime) is set by the kernel on every
   * write or rename and cannot be set back by programs (`touch` and copies set only mtime), so equal
   * metadata means an unchanged file, except for a change within the same clock tick as the one we
   * saw: files changed within RACY_MARGIN_MS of the start of the run are therefore not remembered.
   */
  async memoByStat<T>(path: string, kind: string, compute: () => Promise<T>): Promise<T> {
    if (!this.options) return compute();
    let key: string;
    try {
      const stat = statSync(path, { bigint: true });
      const latest = stat.ctimeMs > stat.mtimeMs ? stat.ctimeMs : stat.mtimeMs;
      if (Number(latest) > this.startedAt - RACY_MARGIN_MS) return compute();
      key = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
    } catch {
      return compute();
    }
    const current = this.fileOfRun(`stat:${path}`, key);
    const number = this.ask(kind);
    if (number in current.values) return current.values[number] as T;
    const value = await compute();
    current.values[number] = value;
    this.changed.add(current.shard);
    return value;
  }

  private numberOf(kind: string): number {
    let number = this.kindNumbers.get(kind);
    if (number === undefined) {
      number = this.kindNumbers.size;
      this.kindNumbers.set(kind, number);
    }
    return number;
  }

  private ask(kind: string): number {
    this.asked.add(kind);
    return this.numberOf(kind);
  }

  /** This run's record of a file, carrying over an earlier run's results when the bytes are the same. */
  private fileOfRun(file: string, text: string): RunFile {
    const current = this.run.get(file);
    return current?.text === text ? current : this.startRecord(file, text, sha256(text));
  }

  private startRecord(file: string, text: string, hash: string): RunFile {
    const shard = shardOf(file);
    const { files, renumber } = this.earlier[shard]!;
    const stored: unknown = files.get(file);
    // Whatever a damaged file holds, only a [hash, results] pair with this file's hash is used.
    const values = Array.isArray(stored) && stored[0] === hash && Array.isArray(stored[1]) ? (stored[1] as unknown[]) : undefined;
    const same = values !== undefined;
    const fresh: RunFile = { text, hash, shard, values: !same ? [] : renumber ? renumber(values) : values };
    // A file new to its shard, or changed: the shard must be written again.
    if (!same) this.changed.add(shard);
    this.run.set(file, fresh);
    return fresh;
  }

  /**
   * Numbers a shard's kinds in this run; how to renumber its results, or undefined when they are
   * already in this run's order (every shard written by one run: the first one read sets the order).
   */
  private renumbering(kinds: readonly string[]): ((values: unknown[]) => unknown[]) | undefined {
    const numbers = kinds.map((kind) => this.numberOf(kind));
    if (numbers.every((number, index) => number === index)) return undefined;
    return (values) => {
      const out: unknown[] = [];
      numbers.forEach((number, index) => {
        if (index in values) out[number] = values[index];
      });
      return out;
    };
  }

  /**
   * Keep this run's results for the next one: those of the files seen in this run, in the shards
   * where something was computed or a file was no longer seen; of the kinds asked for in this run.
   */
  save(): void {
    if (!this.options) return;
    const { dir, key } = this.options;
    const all = [...this.kindNumbers.keys()];
    const kinds = all.filter((kind) => this.asked.has(kind));
    const numbers = kinds.map((kind) => this.kindNumbers.get(kind)!);
    const keep = (values: unknown[]): unknown[] => {
      if (kinds.length === all.length) return values;
      const out: unknown[] = [];
      numbers.forEach((number, index) => {
        if (number in values) out[index] = values[number];
      });
      return out;
    };
    const shards = Array.from({ length: SHARDS }, () => [] as [string, RunFile][]);
    for (const record of this.run) shards[record[1].shard]!.push(record);
    shards.forEach((records, shard) => {
      // Nothing computed and every earlier file seen again: the stored shard already says all this.
      if (!this.changed.has(shard) && records.length === this.earlier[shard]!.files.size) return;
      const files = new Map(records.map(([file, { hash, values }]) => [file, [hash, keep(values)] as [string, unknown[]]]));
      const path = shardPath(dir, shard);
      const temp = `${path}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(temp, serialize({ format: FORMAT, key, kinds, files } satisfies Shard));
        renameSync(temp, path);
      } catch {
        // A cache that cannot be written only makes the next check slower.
        try {
          rmSync(temp, { force: true });
        } catch {
          // Not even a temporary file could be made there.
        }
      }
    });
  }
}
