/**
 * What a saved hotline contact holds, field by field: the number that dials from the phone it is
 * saved on, a note with only what the hotline file gives, the category, and lines an importer
 * accepts (75 octets, continuation lines included).
 */
import { describe, expect, it } from 'vitest';
import { buildVCard, foldLine, hotlineToVCard } from '../../src/lib/vcard.ts';

const context = { areaCode: '292', organization: 'UBND xã Hòa An', pageUrl: 'https://hoaan.cantho.gov.vn/duong-day-nong/#x' };
const lines = (card: string) => card.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
const note = (card: string) => lines(card).find((line) => line.startsWith('NOTE:'));

describe('the number on a saved hotline card', () => {
  it('1022 without a province area code is saved as dialled, with no mobile note', () => {
    const card = hotlineToVCard({ name: 'Tổng đài', phone: '1022' }, { ...context, areaCode: '' });
    expect(lines(card)).toContain('TEL;TYPE=WORK,VOICE:1022');
    expect(note(card)).toBeUndefined();
  });

  it('a landline card says nothing about 1022', () => {
    const card = hotlineToVCard({ name: 'Một cửa', phone: '0292.3861.246' }, context);
    expect(lines(card)).toContain('TEL;TYPE=WORK,VOICE:+842923861246');
    expect(note(card)).toBeUndefined();
  });

  it('the 1022 note names the form a mobile dials', () => {
    const card = hotlineToVCard({ name: 'Tổng đài', phone: '1022' }, context);
    expect(note(card)).toBe('NOTE:Gọi từ điện thoại cố định trong tỉnh: bấm 1022. Từ di động: 0292.1022.');
  });

  it('keeps only digits and + of a number given to buildVCard as written', () => {
    const card = buildVCard({ name: 'Một cửa', phones: [{ value: '+84 292.3861 246' }, { value: '115', types: [] }] });
    expect(lines(card)).toContain('TEL:+842923861246');
    expect(lines(card)).toContain('TEL:115');
  });
});

describe('the note and category of a hotline card', () => {
  it('has no note lines for what the hotline file leaves out', () => {
    const card = hotlineToVCard({ name: 'Một cửa', phone: '0292.3861.246', topics: [] }, context);
    expect(card).not.toContain('Thời gian');
    expect(card).not.toContain('Tiếp nhận');
    expect(note(card)).toBeUndefined();
  });

  it('writes a Zalo account that is not a phone number as given', () => {
    const card = hotlineToVCard({ name: 'Một cửa', phone: '0292.3861.246', zalo: 'UBND Hòa An' }, context);
    expect(note(card)).toBe('NOTE:Zalo: UBND Hòa An');
  });

  it('files the contact under the category "Đường dây nóng"', () => {
    const card = hotlineToVCard({ name: 'Một cửa', phone: '0292.3861.246' }, context);
    expect(lines(card)).toContain('CATEGORIES:Đường dây nóng');
  });

  it('escapes commas inside a category and separates categories with a bare comma', () => {
    const card = buildVCard({ name: 'A', phones: [], categories: ['Đường dây nóng', 'Hộ tịch, cư trú'] });
    expect(lines(card)).toContain('CATEGORIES:Đường dây nóng,Hộ tịch\\, cư trú');
    expect(buildVCard({ name: 'A', phones: [], categories: [] })).not.toContain('CATEGORIES');
  });
});

describe('line length', () => {
  it('keeps a line of exactly 75 octets whole and folds one of 76', () => {
    expect(foldLine('N'.repeat(75))).toBe('N'.repeat(75));
    expect(foldLine('N'.repeat(76))).toBe(`${'N'.repeat(75)}\r\n N`);
  });

  it('counts the leading space of continuation lines: none is longer than 75 octets', () => {
    const folded = foldLine(`NOTE:${'x'.repeat(300)}`);
    const parts = folded.split('\r\n');
    expect(parts.length).toBe(5);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(75);
    expect(parts[1]).toBe(` ${'x'.repeat(74)}`);
  });

  it('folds nothing out of nothing', () => {
    expect(foldLine('')).toBe('');
  });
});
