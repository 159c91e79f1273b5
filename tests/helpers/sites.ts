/** Where the test builds of the sample site live (made once by global-setup.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** `TEST_BUILDS_DIR` lets two test runs on one machine keep their builds apart. */
export const TEST_BUILDS = process.env.TEST_BUILDS_DIR || join(PROJECT_ROOT, '.test-builds');
/** The sample site built at the root. */
export const ROOT_SITE = join(TEST_BUILDS, 'root');
/** The sample site built under the sub-path /cchc/. */
export const SUBPATH_SITE = join(TEST_BUILDS, 'cchc');
export const SUBPATH = '/cchc/';
/** Test builds pin the day so "future-dated" news stays in the future whenever the tests run. */
export const TEST_BUILD_DATE = '2026-11-22';
export const TEST_SITE_URL = 'https://hoaan.cantho.gov.vn';

export function readBuilt(site: string, path: string): string {
  const file = path.endsWith('/') || path === '' ? join(path, 'index.html') : path;
  return readFileSync(join(site, file), 'utf8');
}
