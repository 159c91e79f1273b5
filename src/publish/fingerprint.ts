/**
 * What a build was made from, recorded after every successful build so that the next one can tell
 * whether only content changed (then a fast publish may do: docs/fast-publish.md). Hashes, not
 * modification times: a `git checkout` or a copy from a USB stick changes the times of files
 * whose bytes did not change.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { walkFiles } from '../../scripts/lib/run.ts';

/** Everything of the project that shapes the output besides the content folder. */
export const CODE_INPUTS = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Environment variables that change the output without changing a file. */
export const OUTPUT_ENV = ['SITE_URL', 'BASE_PATH', 'SEARCH_RECENT_MONTHS', 'SEARCH_ARCHIVE_PART', 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];

/** Files under `root/prefix` as paths relative to `root`, sorted, without hidden files (.DS_Store, .git). */
function listFiles(root: string, prefix = ''): string[] {
  const dir = join(root, prefix);
  if (!existsSync(dir)) return [];
  return walkFiles(dir, prefix)
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .sort();
}

export function hashBytes(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

/** One hash for the code, configuration and dependencies (the lock file names every version). */
export function codeFingerprint(projectRoot: string, env: Record<string, string | undefined> = process.env): string {
  const hash = createHash('sha256');
  hash.update(`node ${process.versions.node}\n`);
  for (const key of OUTPUT_ENV) hash.update(`${key}=${env[key] ?? ''}\n`);
  for (const input of CODE_INPUTS) {
    if (!existsSync(join(projectRoot, input))) continue;
    const files = statSync(join(projectRoot, input)).isDirectory() ? listFiles(projectRoot, input) : [input];
    for (const file of files) {
      const path = join(projectRoot, file);
      hash.update(`${file}\0`);
      hash.update(readFileSync(path));
      hash.update('\0');
    }
  }
  return hash.digest('hex').slice(0, 32);
}

/** A content file's bytes and their SHA-256, as the fingerprint read them. */
export interface ReadContentFile {
  bytes: Buffer;
  sha256: Buffer;
}

export interface ContentSnapshot {
  /** Hash of every file, by path relative to the folder (POSIX separators). */
  hashes: Record<string, string>;
  /**
   * The same files by absolute path: the content check takes its text from here instead of reading
   * and hashing 10,000 files a second time (≈ 0.45 s of a fast publish's critical path).
   */
  files: Map<string, ReadContentFile>;
}

export function readContentFolder(contentDir: string): ContentSnapshot {
  const hashes: Record<string, string> = {};
  const files = new Map<string, ReadContentFile>();
  for (const file of listFiles(contentDir)) {
    const path = join(contentDir, file);
    const bytes = readFileSync(path);
    const sha256 = createHash('sha256').update(bytes).digest();
    // hashBytes()'s form: the first 128 bits in hex.
    hashes[file] = sha256.toString('hex', 0, 16);
    files.set(path, { bytes, sha256 });
  }
  return { hashes, files };
}

/** Hash of every file of the content folder, by path relative to it (POSIX separators). */
export function contentFingerprint(contentDir: string): Record<string, string> {
  return readContentFolder(contentDir).hashes;
}

export interface ContentChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

export function compareContent(before: Record<string, string>, after: Record<string, string>): ContentChanges {
  const added = Object.keys(after).filter((file) => !(file in before));
  const changed = Object.keys(after).filter((file) => file in before && before[file] !== after[file]);
  const removed = Object.keys(before).filter((file) => !(file in after));
  return { added, changed, removed };
}
