import { describe, expect, it } from 'vitest';
import { isSlug, slugify, uniqueSlug } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it('turns Vietnamese titles into ASCII slugs with đ→d', () => {
    expect(slugify('Đường dây nóng')).toBe('duong-day-nong');
    expect(slugify('Đăng ký khai sinh')).toBe('dang-ky-khai-sinh');
    expect(slugify('Thành lập và hoạt động của hộ kinh doanh')).toBe('thanh-lap-va-hoat-dong-cua-ho-kinh-doanh');
    expect(slugify('  Chỉ đạo, điều hành!  ')).toBe('chi-dao-dieu-hanh');
    expect(slugify('Quý I/2026: 100% hồ sơ đúng hạn')).toBe('quy-i-2026-100-ho-so-dung-han');
  });

  it('works on decomposed input and never returns an empty slug', () => {
    expect(slugify('Hộ tịch'.normalize('NFD'))).toBe('ho-tich');
    expect(slugify('!!!')).not.toBe('');
  });

  it('produces only what isSlug accepts', () => {
    for (const title of ['Đường dây nóng', 'Cư trú', 'A  B', 'x-y']) expect(isSlug(slugify(title))).toBe(true);
    expect(isSlug('Đường-dây')).toBe(false);
    expect(isSlug('duong day')).toBe(false);
    expect(isSlug('-duong')).toBe(false);
  });

  it('avoids collisions by numbering', () => {
    expect(uniqueSlug('Hộ tịch', [])).toBe('ho-tich');
    expect(uniqueSlug('Hộ tịch', ['ho-tich'])).toBe('ho-tich-2');
    expect(uniqueSlug('Hộ tịch', ['ho-tich', 'ho-tich-2'])).toBe('ho-tich-3');
  });
});
