import { beforeAll, describe, expect, it } from 'vitest';
import { buildVCard, escapeVCardText, foldLine, hotlineToVCard } from '../../src/lib/vcard.ts';

const context = {
  areaCode: '292',
  organization: 'UBND xã Hòa An',
  pageUrl: 'https://hoaan.cantho.gov.vn/duong-day-nong/#trung-tam',
};

/** Undo folding the way an importer does, then split into content lines. */
function unfold(card: string): string[] {
  return card.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}

describe('vCard 3.0 for a hotline', () => {
  // Built in a hook, not while collecting: an error here then fails the tests instead of the file.
  let card = '';
  beforeAll(() => {
    card = hotlineToVCard(
      {
        name: 'Đường dây nóng Trung tâm Phục vụ hành chính công xã Hòa An',
        phone: '0292.3861.246',
        hours: 'Giờ hành chính các ngày làm việc và sáng thứ Bảy',
        topics: ['Hướng dẫn hồ sơ, thủ tục hành chính cấp xã', 'Tra cứu tình trạng giải quyết hồ sơ'],
        email: 'tiepnhanhoso.hoaan@cantho.gov.vn',
        zalo: '0939 861 246',
      },
      context,
    );
  });

  it('is a complete vCard 3.0 with CRLF line ends', () => {
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
    expect(card.endsWith('END:VCARD\r\n')).toBe(true);
    expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('stores the landline in E.164 so it dials from any phone, and keeps the Vietnamese name intact', () => {
    const lines = unfold(card);
    expect(lines).toContain('TEL;TYPE=WORK,VOICE:+842923861246');
    expect(lines).toContain('FN:Đường dây nóng Trung tâm Phục vụ hành chính công xã Hòa An');
    expect(lines).toContain('N:Đường dây nóng Trung tâm Phục vụ hành chính công xã Hòa An;;;;');
    expect(lines).toContain('ORG:UBND xã Hòa An');
    expect(lines).toContain('EMAIL;TYPE=INTERNET:tiepnhanhoso.hoaan@cantho.gov.vn');
    expect(lines).toContain(`URL:${context.pageUrl}`);
  });

  it('puts hours, topics and Zalo in the note, with commas escaped', () => {
    const note = unfold(card).find((line) => line.startsWith('NOTE:'));
    expect(note).toBe(
      'NOTE:Thời gian: Giờ hành chính các ngày làm việc và sáng thứ Bảy\\nTiếp nhận: Hướng dẫn hồ sơ\\, thủ tục hành chính cấp xã\\; Tra cứu tình trạng giải quyết hồ sơ\\nZalo: 0939.861.246',
    );
  });

  it('folds lines at 75 octets without splitting a Vietnamese letter', () => {
    const bytes = new TextEncoder();
    for (const line of card.split('\r\n')) expect(bytes.encode(line).length).toBeLessThanOrEqual(75);
    // A split multi-byte letter would decode to U+FFFD once the fold is undone.
    const roundTrip = new TextDecoder('utf-8').decode(bytes.encode(unfold(card).join('\n')));
    expect(roundTrip).not.toContain('\uFFFD');
    expect(unfold(card).some((line) => line.length > 75)).toBe(true);
  });

  it('saves 1022 in the form a mobile must dial, with the area code', () => {
    const lines = unfold(hotlineToVCard({ name: 'Tổng đài 1022 thành phố Cần Thơ', phone: '1022' }, context));
    expect(lines).toContain('TEL;TYPE=WORK,VOICE:+842921022');
    expect(lines.find((line) => line.startsWith('NOTE:'))).toContain('0292.1022');
  });

  it('saves mobiles as cell numbers, 1800 and emergency numbers as dialled', () => {
    expect(unfold(hotlineToVCard({ name: 'Chủ tịch', phone: '0918 276 435' }, context))).toContain(
      'TEL;TYPE=CELL,VOICE:+84918276435',
    );
    expect(unfold(hotlineToVCard({ name: 'Tổng đài', phone: '1800 1096' }, context))).toContain(
      'TEL;TYPE=WORK,VOICE:18001096',
    );
    expect(unfold(hotlineToVCard({ name: 'Cấp cứu', phone: '115' }, context))).toContain('TEL;TYPE=WORK,VOICE:115');
  });

  it('refuses a number that fits no rule instead of writing a broken card', () => {
    expect(() => hotlineToVCard({ name: 'Sai', phone: '12345' }, context)).toThrow(/Sai/);
  });
});

describe('vCard text rules', () => {
  it('escapes backslash, comma, semicolon and line breaks', () => {
    expect(escapeVCardText('a\\b, c; d\ne')).toBe('a\\\\b\\, c\\; d\\ne');
  });

  it('normalizes decomposed (NFD) Vietnamese to NFC', () => {
    expect(escapeVCardText('Hòa An'.normalize('NFD'))).toBe('Hòa An'.normalize('NFC'));
  });

  it('leaves short lines alone and continues folded lines with one space', () => {
    expect(foldLine('FN:Xã Hòa An')).toBe('FN:Xã Hòa An');
    const folded = foldLine(`NOTE:${'ễ'.repeat(60)}`);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`NOTE:${'ễ'.repeat(60)}`);
  });

  it('omits optional properties that are not given', () => {
    const card = buildVCard({ name: 'Cứu hỏa', phones: [{ value: '114' }] });
    expect(card).toBe('BEGIN:VCARD\r\nVERSION:3.0\r\nN:Cứu hỏa;;;;\r\nFN:Cứu hỏa\r\nTEL:114\r\nEND:VCARD\r\n');
  });
});

describe('vCard organization', () => {
  it('names the department as the second ORG component', () => {
    const card = hotlineToVCard(
      { name: 'Đường dây nóng', phone: '0292.3861.246' },
      { ...context, organizationUnit: 'Trung tâm Phục vụ hành chính công xã' },
    );
    expect(unfold(card)).toContain('ORG:UBND xã Hòa An;Trung tâm Phục vụ hành chính công xã');
  });

  it('writes no ORG for a national line that the site does not run', () => {
    const card = hotlineToVCard({ name: 'Cấp cứu y tế', phone: '115' }, { ...context, organization: undefined });
    expect(card).not.toContain('ORG:');
  });
});

describe('vCard folding and escapes', () => {
  it('never splits an escape sequence across a fold', () => {
    for (let pad = 0; pad < 6; pad++) {
      const folded = foldLine(`NOTE:${'a'.repeat(65 + pad)}\\,\\;\\nxyz`);
      for (const part of folded.split('\r\n')) expect(part).not.toMatch(/(^|[^\\])(\\\\)*\\$/);
    }
  });
});
