/**
 * The 1,601 real procedures of the national portal (../shared/real-data, never copied into this
 * repository), built once into a temporary folder beside the sample's site.yaml, units.yaml and
 * hotlines. A list-export entry (detailsOnPortal) is added, as the importer writes them.
 *
 * REAL_SITE_DIR=/path/to/dist reuses a site already built from the same content (for iterating on
 * a test only; the default builds).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './build-site.ts';
import { PROJECT_ROOT, TEST_BUILD_DATE, TEST_BUILDS, TEST_SITE_URL } from './sites.ts';

export const REAL_DATA = join(PROJECT_ROOT, '..', 'shared', 'real-data');
export const REAL_PROCEDURES_TAR = join(REAL_DATA, 'procedures-national-portal.tar.gz');

/** The list-export entry the real set is given: no details, only the link to the portal. */
export const PORTAL_ONLY = {
  id: 'thu-tuc-chi-co-tren-cong-quoc-gia',
  code: '2.002516',
  title: 'Thủ tục công nhận báo cáo viên pháp luật cấp tỉnh',
  portalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=2.002516',
};

/** Unpack the real procedures into a fresh content folder with the sample's site settings. */
export function realContentFolder(): string {
  if (!existsSync(REAL_PROCEDURES_TAR)) throw new Error(`Không thấy dữ liệu thật: ${REAL_PROCEDURES_TAR}`);
  const root = mkdtempSync(join(tmpdir(), 'cchc-real-'));
  execFileSync('tar', ['-xzf', REAL_PROCEDURES_TAR, '-C', root]);
  const sample = join(PROJECT_ROOT, 'content');
  for (const name of ['site.yaml', 'units.yaml', 'hotlines']) cpSync(join(sample, name), join(root, name), { recursive: true });
  mkdirSync(join(root, 'procedures'), { recursive: true });
  writeFileSync(
    join(root, 'procedures', `${PORTAL_ONLY.id}.md`),
    [
      '---',
      `code: '${PORTAL_ONLY.code}'`,
      `title: ${PORTAL_ONLY.title}`,
      'field: Phổ biến giáo dục pháp luật',
      'level: [tinh]',
      'detailsOnPortal: true',
      `portalUrl: ${PORTAL_ONLY.portalUrl}`,
      '---',
      '',
    ].join('\n'),
  );
  return root;
}

/** Build the real set (or reuse REAL_SITE_DIR); returns the output folder. */
export function buildRealSite(): { site: string; content?: string } {
  const reuse = process.env.REAL_SITE_DIR;
  if (reuse) return { site: reuse };
  const content = realContentFolder();
  const site = join(TEST_BUILDS, 'real');
  const result = buildSite({
    OUT_DIR: site,
    BASE_PATH: '/',
    SITE_URL: TEST_SITE_URL,
    BUILD_DATE: TEST_BUILD_DATE,
    CONTENT_DIR: content,
    ASTRO_CACHE_DIR: join(TEST_BUILDS, 'astro-cache-real'),
  });
  if (result.status !== 0) throw new Error(`Real procedures build failed:\n${result.output.slice(-4000)}`);
  return { site, content };
}

/** The three longest real records (by source size) and the birth registration everyone does. */
export const LONG_REAL_PROCEDURES = [
  'thu-tuc-de-nghi-danh-hieu-thi-dua-hinh-thuc-khen-thuong-thuoc',
  'cap-giay-phep-xay-dung-moi-doi-voi-cong-trinh-cap-iii-cap-iv',
  'cap-giay-phep-xay-dung-sua-chua-cai-tao-doi-voi-cong-trinh-cap',
  'thu-tuc-dang-ky-khai-sinh',
] as const;
