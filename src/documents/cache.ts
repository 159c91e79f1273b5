/**
 * A cache of what was read from attached files (texts, OCR, first-page pictures), keyed by the
 * file's SHA-256. It is shared by every content folder: the same PDF in two sites is read once.
 * `DOCUMENTS_CACHE_DIR` moves it (the benchmark points it at an empty folder for a cold run).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { PROJECT_ROOT } from '../config/paths.ts';

/**
 * Inside Astro's build the code runs from bundled chunks under node_modules/.astro/build-<pid>/,
 * so PROJECT_ROOT (computed from the module's own address) points there: cut at node_modules.
 */
function projectRoot(): string {
  const at = PROJECT_ROOT.indexOf(`${sep}node_modules${sep}`);
  return at >= 0 ? PROJECT_ROOT.slice(0, at) : PROJECT_ROOT;
}

export function documentsCacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.DOCUMENTS_CACHE_DIR?.trim() || join(projectRoot(), 'node_modules', '.cache', 'trang-cchc-documents');
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function readCached(key: string): Buffer | undefined {
  try {
    return readFileSync(join(documentsCacheDir(), key));
  } catch {
    return undefined;
  }
}

/** Written under a temporary name and renamed: a build killed mid-write leaves no half file. */
export function writeCached(key: string, bytes: Buffer): void {
  const dir = documentsCacheDir();
  try {
    mkdirSync(dir, { recursive: true });
    const temp = join(dir, `.${key}.${process.pid}`);
    writeFileSync(temp, bytes);
    renameSync(temp, join(dir, key));
  } catch {
    // A read-only disk only costs the next build the same work again.
  }
}
