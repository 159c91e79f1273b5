import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeBasePath, resolveDeployment } from '../../src/config/paths.ts';
import { absoluteUrl, routes, withBase } from '../../src/lib/routes.ts';

describe('deployment settings', () => {
  it('normalizes every way of writing a sub-path', () => {
    for (const raw of ['/cchc/', 'cchc', '/cchc', 'cchc/']) expect(normalizeBasePath(raw)).toBe('/cchc/');
    expect(normalizeBasePath('')).toBe('/');
    expect(normalizeBasePath(undefined)).toBe('/');
  });

  it('takes SITE_URL and BASE_PATH over site.yaml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-site-'));
    writeFileSync(join(dir, 'site.yaml'), 'name: X\nurl: https://xa.example.gov.vn\nbasePath: /trang/\n');
    expect(resolveDeployment({ CONTENT_DIR: dir })).toMatchObject({ siteUrl: 'https://xa.example.gov.vn', basePath: '/trang/' });
    expect(resolveDeployment({ CONTENT_DIR: dir, SITE_URL: 'https://tinh.gov.vn/', BASE_PATH: '/cchc' })).toMatchObject({
      siteUrl: 'https://tinh.gov.vn',
      basePath: '/cchc/',
    });
  });

  it('builds links and absolute URLs under the base path', () => {
    expect(withBase('/cchc/', routes.procedure('dang-ky-khai-sinh'))).toBe('/cchc/thu-tuc/dang-ky-khai-sinh/');
    expect(withBase('/', routes.newsList(2))).toBe('/tin-tuc/trang/2/');
    expect(absoluteUrl('https://tinh.gov.vn', '/cchc/', routes.rss())).toBe('https://tinh.gov.vn/cchc/rss.xml');
  });
});
