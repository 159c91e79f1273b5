/**
 * The Astro loaders' own guards (astro dev runs them without `npm run check` first): file names
 * that are not slugs or that are pages of the site stop with a Vietnamese message naming the file.
 */
import { describe, expect, it } from 'vitest';
import { idFromFileName } from '../../src/loaders/content-loaders.ts';
import { RESERVED_MODEL_IDS, RESERVED_NEWS_IDS, RESERVED_PROCEDURE_IDS } from '../../src/schemas/vocabulary.ts';

describe('content file ids in the loaders', () => {
  it('is the file name of a slug', () => {
    expect(idFromFileName('dang-ky-khai-sinh.md', 'procedures', RESERVED_PROCEDURE_IDS)).toBe('dang-ky-khai-sinh');
  });

  it.each([
    ['news', 'trang.md', RESERVED_NEWS_IDS],
    ['news', 'chuyen-muc.mdx', RESERVED_NEWS_IDS],
    ['procedures', 'linh-vuc.md', RESERVED_PROCEDURE_IDS],
    ['procedures', 'truc-tuyen.md', RESERVED_PROCEDURE_IDS],
    ['models', 'nam.md', RESERVED_MODEL_IDS],
  ] as const)('refuses %s/%s, a page of the site', (folder, file, reserved) => {
    expect(() => idFromFileName(file, folder, reserved)).toThrow(`${folder}/${file}: tên tệp "${file.replace(/\.mdx?$/, '')}" trùng với một đường dẫn của trang`);
  });

  it('refuses a name that is not a slug and suggests one', () => {
    expect(() => idFromFileName('Đường dây nóng.yaml', 'hotlines', [])).toThrow(/hotlines\/Đường dây nóng\.yaml: .*duong-day-nong/);
  });
});
