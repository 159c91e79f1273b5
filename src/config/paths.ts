import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The project root (two levels above this file). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `CONTENT_DIR` (absolute, or relative to the project root) selects another content folder. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const chosen = env.CONTENT_DIR?.trim();
  if (!chosen) return join(PROJECT_ROOT, 'content');
  return isAbsolute(chosen) ? chosen : resolve(PROJECT_ROOT, chosen);
}

/** Make `/cchc`, `cchc/`, `/cchc/` all mean `/cchc/`; empty means the root `/`. */
export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * What a base path may be once normalized: lowercase ASCII words joined by `/`. It ends up in
 * every link, in the start scripts of the commune package and on the command line of a commune
 * PC, so quotes, spaces, `..` or `%` are refused rather than escaped everywhere.
 */
export const SAFE_BASE_PATH = /^\/([a-z0-9-]+\/)*$/;

export function isSafeBasePath(basePath: string): boolean {
  return SAFE_BASE_PATH.test(basePath);
}

/** Origin without a trailing slash, or undefined when none is configured. */
export function normalizeSiteUrl(raw: string | undefined): string | undefined {
  const trimmed = raw?.trim();
  if (!trimmed) return undefined;
  const url = new URL(trimmed);
  return url.origin;
}

export interface Deployment {
  contentDir: string;
  /** e.g. `https://cantho.gov.vn` */
  siteUrl: string;
  /** e.g. `/cchc/` or `/` */
  basePath: string;
}

/** Placeholder origin when none is set: links inside the site stay relative to the base path. */
export const FALLBACK_SITE_URL = 'http://localhost:4321';

/**
 * Where and under which path the site is published: environment first (`SITE_URL`, `BASE_PATH`),
 * then `site.yaml` (`url`, `basePath`). Read by astro.config.mjs and the scripts alike.
 */
export function resolveDeployment(env: Record<string, string | undefined> = process.env): Deployment {
  const dir = contentDir(env);
  const sitePath = join(dir, 'site.yaml');
  let fromFile: { url?: unknown; basePath?: unknown } = {};
  if (existsSync(sitePath)) {
    try {
      const parsed: unknown = parse(readFileSync(sitePath, 'utf8'));
      if (parsed && typeof parsed === 'object') fromFile = parsed as typeof fromFile;
    } catch {
      // A broken site.yaml is reported by the content check with file and line; here we only
      // need a base path to start Astro, so fall back to the defaults.
    }
  }
  const rawUrl = env.SITE_URL || (typeof fromFile.url === 'string' ? fromFile.url : undefined);
  const rawBase = env.BASE_PATH ?? (typeof fromFile.basePath === 'string' ? fromFile.basePath : undefined);
  let siteUrl = FALLBACK_SITE_URL;
  try {
    siteUrl = normalizeSiteUrl(rawUrl) ?? FALLBACK_SITE_URL;
  } catch {
    siteUrl = FALLBACK_SITE_URL;
  }
  return { contentDir: dir, siteUrl, basePath: normalizeBasePath(rawBase) };
}
