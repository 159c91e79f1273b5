/**
 * A small record the build leaves in the site folder. The local server and the packager read it
 * back, so a site built for `/cchc/` is served under `/cchc/` even when nobody repeats BASE_PATH.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BUILD_INFO_FILE = 'build-info.json';

export interface BuildInfo {
  generator: 'trang-cchc';
  builtAt: string;
  buildDay: string;
  siteUrl: string;
  basePath: string;
}

export function readBuildInfo(siteDir: string): BuildInfo | undefined {
  const file = join(siteDir, BUILD_INFO_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<BuildInfo>;
    return typeof parsed.basePath === 'string' && typeof parsed.siteUrl === 'string' ? (parsed as BuildInfo) : undefined;
  } catch {
    return undefined;
  }
}
