import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from './build-site.ts';
import { ROOT_SITE, SUBPATH, SUBPATH_SITE, TEST_BUILD_DATE, TEST_BUILDS, TEST_SITE_URL } from './sites.ts';

/** Build the sample content twice (root and /cchc/) with the real build script. */
export default function setup(): void {
  if (process.env.SKIP_TEST_BUILD === '1') return;
  mkdirSync(TEST_BUILDS, { recursive: true });
  for (const [out, basePath] of [
    [ROOT_SITE, '/'],
    [SUBPATH_SITE, SUBPATH],
  ] as const) {
    rmSync(out, { recursive: true, force: true });
    const result = buildSite({
      OUT_DIR: out,
      BASE_PATH: basePath,
      SITE_URL: TEST_SITE_URL,
      BUILD_DATE: TEST_BUILD_DATE,
      CONTENT_DIR: '',
      ASTRO_CACHE_DIR: join(TEST_BUILDS, 'astro-cache'),
    });
    if (result.status !== 0) throw new Error(`Sample site build failed (${basePath}):\n${result.output}`);
  }
}
