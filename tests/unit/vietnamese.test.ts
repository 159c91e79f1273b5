import { describe, expect, it } from 'vitest';
import { compareVietnamese, deepNFC, foldDStroke, foldVietnamese, hasDiacritics, isNFD, toNFC } from '../../src/lib/vietnamese.ts';

describe('foldVietnamese', () => {
  it('removes tone and vowel marks and maps đ/Đ to d/D', () => {
    expect(foldVietnamese('Đăng ký khai sinh')).toBe('Dang ky khai sinh');
    expect(foldVietnamese('Đường dây nóng')).toBe('Duong day nong');
    expect(foldVietnamese('chứng thực bản sao')).toBe('chung thuc ban sao');
    expect(foldVietnamese('Nghị định số 123/2015/NĐ-CP')).toBe('Nghi dinh so 123/2015/ND-CP');
  });

  it('folds every Vietnamese vowel with every tone', () => {
    expect(foldVietnamese('àáảãạ ăằắẳẵặ âầấẩẫậ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ ùúủũụ ưừứửữự ỳýỷỹỵ')).toBe(
      'aaaaa aaaaaa aaaaaa eeeee eeeeee iiiii ooooo oooooo oooooo uuuuu uuuuuu yyyyy',
    );
    expect(foldVietnamese('ÀÁẢÃẠ ĂẰẮ ÂẦẤ ÊỀẾ ÔỒỐ ƠỜỚ ƯỪỨ ỲÝ')).toBe('AAAAA AAA AAA EEE OOO OOO UUU YY');
  });

  it('gives the same result for NFD input and for old and new tone placement', () => {
    const nfd = 'Đăng ký khai sinh'.normalize('NFD');
    expect(foldVietnamese(nfd)).toBe('Dang ky khai sinh');
    expect(foldVietnamese('hoà')).toBe(foldVietnamese('hòa'));
    expect(foldVietnamese('thuỷ')).toBe(foldVietnamese('thủy'));
  });

  it('leaves ASCII text alone', () => {
    expect(foldVietnamese('1022 - 1.001193')).toBe('1022 - 1.001193');
  });
});

describe('other text helpers', () => {
  it('foldDStroke only replaces đ/Đ and keeps the other marks', () => {
    expect(foldDStroke('Đường dây nóng đăng ký')).toBe('Dường dây nóng dăng ký');
  });

  it('detects and repairs NFD text', () => {
    const nfd = 'Hòa An'.normalize('NFD');
    expect(isNFD(nfd)).toBe(true);
    expect(isNFD(toNFC(nfd))).toBe(false);
    expect(deepNFC({ a: [nfd], b: { c: nfd }, d: 3 })).toEqual({ a: ['Hòa An'], b: { c: 'Hòa An' }, d: 3 });
  });

  it('tells accented text from plain text', () => {
    expect(hasDiacritics('dang ky')).toBe(false);
    expect(hasDiacritics('đang')).toBe(true);
  });

  it('sorts in Vietnamese order (Đ after D, accents after the base letter)', () => {
    const sorted = ['Đường', 'Dân', 'Cư trú', 'Chứng thực', 'Hộ tịch'].sort(compareVietnamese);
    expect(sorted.indexOf('Dân')).toBeLessThan(sorted.indexOf('Đường'));
    expect(sorted[0]).toBe('Chứng thực');
  });
});
