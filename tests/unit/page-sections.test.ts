import { describe, expect, it } from 'vitest';
import { matchedFilePart } from '../../src/search/page-sections.ts';

const page = '/van-ban/ke-hoach-cchc-2026/';

describe('matchedFilePart: on which page of the file the typed words are', () => {
  it('picks the file page whose excerpt marks the most query words', () => {
    const found = matchedFilePart([
      { title: 'Kế hoạch CCHC 2026', url: page, excerpt: '<mark>kế</mark> hoạch' },
      { title: 'Trang 1', url: `${page}#trang-1`, excerpt: 'mở đầu <mark>đèn</mark>' },
      { title: 'Trang 3', url: `${page}#trang-3`, excerpt: '<mark>đèn</mark> <mark>đường</mark> ấp' },
      { title: 'Trang tính Phụ lục', url: `${page}#trang-tinh-phu-luc`, excerpt: 'không có' },
    ]);
    expect(found?.title).toBe('Trang 3');
    expect(found?.url).toBe(`${page}#trang-3`);
  });

  it('knows the pages of a second file and spreadsheet sheets', () => {
    expect(matchedFilePart([{ title: 'Phụ lục – Trang 2', url: `${page}#tep-2-trang-2`, excerpt: '<mark>x</mark>' }])?.title).toBe('Phụ lục – Trang 2');
    expect(matchedFilePart([{ title: 'Trang tính Số liệu', url: `${page}#trang-tinh-so-lieu`, excerpt: '<mark>x</mark>' }])?.title).toBe('Trang tính Số liệu');
  });

  it('says nothing when the words are only in the page itself, or nothing is marked', () => {
    expect(matchedFilePart(undefined)).toBeUndefined();
    expect(matchedFilePart([{ title: 'Tóm tắt', url: `${page}#tom-tat`, excerpt: '<mark>x</mark>' }])).toBeUndefined();
    expect(matchedFilePart([{ title: 'Trang 2', url: `${page}#trang-2`, excerpt: 'không có từ nào' }])).toBeUndefined();
  });
});
