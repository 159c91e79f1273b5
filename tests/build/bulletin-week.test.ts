/**
 * The sample site built on Wednesday 2026-11-11, in the middle of ISO week 46: that week's issue
 * already exists and says "Đang cập nhật"; the issues of finished weeks are the same as in the
 * build of 2026-11-22; and the plan's states are those of that day.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { loadPage, textOf } from '../helpers/html.ts';
import { ROOT_SITE, TEST_BUILDS, TEST_SITE_URL } from '../helpers/sites.ts';

let out: string;

beforeAll(() => {
  out = join(mkdtempSync(join(tmpdir(), 'ban-tin-tuan-')), 'dist');
  const result = buildSite({
    OUT_DIR: out,
    SITE_URL: TEST_SITE_URL,
    BUILD_DATE: '2026-11-11',
    CONTENT_DIR: '',
    ASTRO_CACHE_DIR: join(TEST_BUILDS, 'astro-cache'),
  });
  if (result.status !== 0) throw new Error(result.output);
}, 600_000);

afterAll(() => rmSync(join(out, '..'), { recursive: true, force: true }));

describe('a build in the middle of a week', () => {
  it('shows the running week as the newest issue, marked as still being updated', () => {
    const list = loadPage(out, 'ban-tin/');
    const first = list.querySelector('.bulletin-list li')!;
    expect(textOf(first.querySelector('a'))).toBe('Bản tin CCHC số 13/2026');
    expect(textOf(first.querySelector('.bulletin-badge'))).toBe('Đang cập nhật');
    const issue = loadPage(out, 'ban-tin/2026/13/');
    expect(textOf(issue.querySelector('article'))).toContain('Tuần này chưa kết thúc: số bản tin sẽ có thêm tin, bài đăng đến hết Chủ nhật 15/11/2026.');
  });

  it('keeps every finished issue exactly as the later build shows it', () => {
    for (const n of [1, 7, 12]) {
      const articles = (site: string) => loadPage(site, `ban-tin/2026/${n}/`).querySelector('.bulletin-articles')?.toString();
      expect(articles(out), `issue ${n}`).toBe(articles(ROOT_SITE));
    }
  });

  it('gives the plan the states of that day', () => {
    const state = (id: string) => textOf(loadPage(out, 'ke-hoach/').querySelector(`#hd-${id} [data-label="Tình trạng"]`));
    expect(state('tin-bai-phong-kinh-te')).toBe('Quá hạn');
    expect(state('toa-dam-nguoi-dan-so')).toBe('Chưa đến hạn');
    expect(textOf(loadPage(out, 'ke-hoach/').querySelector('#hd-ban-tin-dien-tu .plan-progress__numbers'))).toBe('13/52 (25%)');
  });
});
