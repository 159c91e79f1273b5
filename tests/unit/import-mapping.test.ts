/**
 * The importer's mapping of real national-portal records (read from ../shared/real-data/dvcqg,
 * never copied into the repository): what a citizen would see wrong if it broke — times without
 * units, fees without amounts, notes listed as papers to bring, wrong level or online flag,
 * legal basis lumped into one string.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importer as T } from '../../src/i18n/importer.ts';
import { parseLegalBasis, parseLegalBases } from '../../src/import/legal-basis.ts';
import { mapPortalRecord, type ImportedProcedure } from '../../src/import/portal-record.ts';
import { procedureSchema } from '../../src/schemas/collections.ts';
import { PROJECT_ROOT } from '../../src/config/paths.ts';

const DVCQG = join(PROJECT_ROOT, '../shared/real-data/dvcqg');
const record = (code: string): Record<string, unknown> => JSON.parse(readFileSync(join(DVCQG, `${code}.json`), 'utf8'));
const CODES = ['1.000363', '1.000802', '1.001686', '1.007916', '1.010039', '1.013442', '1.013819', '1.014396', '1.116839', '1.116907'];

function mapped(input: Record<string, unknown>) {
  const result = mapPortalRecord(input, 'thử');
  if (!result.ok) throw new Error(result.skipped);
  return result;
}
const map = (code: string): ImportedProcedure => mapped(record(code)).data;

describe('importer: real portal records', () => {
  it('turns every sample record into a file the content schema accepts', () => {
    for (const code of CODES) {
      const result = procedureSchema().safeParse(map(code));
      expect(result.success, `${code}: ${result.success ? '' : JSON.stringify(result.error.issues)}`).toBe(true);
    }
  });

  it('writes processing times with their unit and fees with amounts in đồng', () => {
    const auction = map('1.000802');
    expect(auction.methods?.map((m) => m.processingTime)).toEqual(['10 ngày làm việc', '10 ngày làm việc', '10 ngày làm việc']);
    expect(auction.methods?.[0]?.fee).toMatch(/^500\.000 đồng \(áp dụng mức phí 250\.000 đồng\/hồ sơ/);
    const vet = map('1.001686');
    expect(vet.methods?.[0]?.fee).toBe('230.000 đồng (Kiểm tra điều kiện cơ sở buôn bán thuốc thú y, thuốc thú y thủy sản: 230.000/lần)');
    // value 0 with "Không" or nothing: free.
    expect(map('1.013819').methods?.map((m) => m.fee)).toEqual(['Miễn phí', 'Miễn phí', 'Miễn phí']);
    expect(map('1.010039').methods?.[0]?.fee).toBe('Miễn phí');
    // DAY is calendar days, HOUR hours.
    const days = record('1.013442');
    (days.executionMethods as Record<string, unknown>[])[0]!.processingTimeUnit = 'DAY';
    (days.executionMethods as Record<string, unknown>[])[1]!.processingTimeUnit = 'HOUR';
    expect(mapped(days).data.methods?.map((m) => m.processingTime)).toEqual(['3 ngày', '4 giờ']);
  });

  it('takes the time from the description when the number is 0 or the unit OTHER, and says so', () => {
    const input = record('1.001686');
    for (const method of input.executionMethods as Record<string, unknown>[]) {
      method.processingTime = 0;
      method.processingTimeUnit = 'OTHER';
    }
    const result = mapped(input);
    expect(result.data.methods?.[0]?.processingTime).toBe('07 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ.');
    expect(result.data.methods?.[0]?.description).toBeUndefined();
    expect(result.notices).toContain(T.timeFromDescription('1.001686'));
  });

  it('keeps a fee description that contradicts a 0 value instead of writing "Miễn phí"', () => {
    const input = record('1.013819');
    for (const method of input.executionMethods as Record<string, unknown>[]) {
      (method.fees as Record<string, unknown>[])[0]!.description = 'Lệ phí 100.000 đồng/hồ sơ';
    }
    const result = mapped(input);
    expect(result.data.methods?.[0]?.fee).toBe('Lệ phí 100.000 đồng/hồ sơ');
    expect(result.notices).toContain(T.feeFromDescription('1.013819'));
  });

  it('keeps method descriptions that tell rows apart or explain the time, not mere repeats', () => {
    const forest = map('1.007916');
    expect(forest.methods).toHaveLength(6);
    expect(forest.methods?.filter((m) => m.processingTime === '27 ngày làm việc').every((m) => m.description?.includes('địa phương khác'))).toBe(true);
    // One description on every row that only restates the time is not repeated…
    expect(map('1.001686').methods?.map((m) => m.description)).toEqual([undefined, undefined, undefined]);
    expect(map('1.116907').methods?.every((m) => m.description === undefined)).toBe(true);
    // …one that explains more (two steps of 11 and 5 days) is kept.
    expect(map('1.013819').methods?.[0]?.description).toMatch(/^Trong thời hạn 11 ngày làm việc .* Trong thời hạn 05 ngày làm việc/);
    expect(map('1.013442').methods?.map((m) => [m.channel, m.processingTime])).toEqual([
      ['truc-tiep', '3 ngày làm việc'],
      ['truc-tuyen', '4 ngày làm việc'],
    ]);
    // Channel-specific addresses stay on their channel.
    expect(map('1.116839').methods?.find((m) => m.channel === 'buu-chinh')?.description).toMatch(/^Nộp hồ sơ qua dịch vụ bưu chính/);
  });

  it('files notes as notes, not as documents, and strips list bullets', () => {
    const residence = map('1.010039');
    expect(residence.documents?.map((d) => d.name)).toEqual([
      'Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA)',
      expect.stringMatching(/^Thông tin về sự thay đổi trong Cơ sở dữ liệu hộ tịch điện tử/),
    ]);
    expect(residence.notes).toHaveLength(2);
    expect(residence.notes?.[0]).toMatch(/^Trường hợp công dân có sự điều chỉnh về hộ tịch/);
    expect(residence.notes?.[1]).toMatch(/^Đối với thủ tục điều chỉnh thông tin thay đổi chủ hộ/);
    const forest = map('1.007916');
    expect(forest.documents?.every((d) => !d.name.startsWith('-'))).toBe(true);
    const vet = map('1.001686');
    expect(vet.documents?.map((d) => d.name)).toContain('Chứng chỉ hành nghề thú y');
    expect(vet.documents?.some((d) => d.name.endsWith(';'))).toBe(false);
    // "****" is a placeholder of the source, neither a document nor a note.
    const chain = map('1.014396');
    expect(chain.documents?.map((d) => d.name)).toHaveLength(4);
    expect(JSON.stringify(chain)).not.toContain('****');
  });

  it('makes one step per line of the source, joining lines the source cut in mid-sentence', () => {
    const steps = map('1.001686').steps ?? [];
    expect(steps.slice(0, 2)).toEqual([
      'Bước 1: Tiếp nhận hồ sơ',
      expect.stringMatching(/^Tổ chức, cá nhân buôn bán thuốc thú y nộp hồ sơ/),
    ]);
    expect(steps).toContain(
      'Trường hợp đủ điều kiện, trong thời hạn 03 ngày làm việc, kể từ ngày kết thúc kiểm tra, cơ quan được Chủ tịch Ủy ban nhân dân cấp tỉnh giao giải quyết thủ tục hành chính trong lĩnh vực chăn nuôi và thú y cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y; trường hợp không cấp, phải trả lời bằng văn bản và nêu rõ lý do.',
    );
    // A step's name is its heading; lettered sub-steps lose their letter, not their words.
    const chain = map('1.014396').steps ?? [];
    expect(chain[0]).toBe('Cấp tỉnh:');
    expect(chain[1]).toMatch(/^Bước 1: Cơ quan, đơn vị quản lý dự án/);
  });

  it('keeps dossier variants as cases with their own documents', () => {
    const auction = map('1.000802');
    expect(auction.documents).toBeUndefined();
    expect(auction.cases).toHaveLength(2);
    expect(auction.cases?.[0]?.name).toMatch(/khoản 1 Điều 17 của Luật đấu giá tài sản$/);
    expect(auction.cases?.[1]?.documents.map((d) => [d.name, d.original, d.copy])).toEqual([
      ['Một ảnh màu cỡ 3cm x 4cm', 1, 0],
      ['Văn bản đề nghị cấp lại Chứng chỉ hành nghề đấu giá (Mẫu 02-PLIII-ĐGTS Thông tư 08/2025/TT-BTP)', 1, 0],
    ]);
  });

  it('reads levels and the online level from the flags, and links the portal page by record id', () => {
    const auction = map('1.000802');
    expect(auction.level).toEqual(['tinh']);
    expect(auction.onlineLevel).toBe('mot-phan');
    expect(auction.portalUrl).toBe('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fac-7489-b53b-9abf27aa2c08');
    expect(auction.onlineUrl).toBe(auction.portalUrl);
    expect(map('1.010039')).toMatchObject({ level: ['xa'], onlineLevel: 'toan-trinh' });
    expect(map('1.014396').level).toEqual(['tinh', 'xa']);
    const offline = record('1.116907');
    offline.isOfflineOnly = true;
    const data = mapped(offline).data;
    expect(data.onlineLevel).toBe('khong');
    expect(data.onlineUrl).toBeUndefined();
    const central = record('1.116907');
    central.isWard = false;
    central.isProvince = false;
    central.isMinistry = true;
    expect(mapPortalRecord(central, 'thử').ok).toBe(false);
  });

  it('fills agency, result, audience, decision and the update day', () => {
    const auction = map('1.000802');
    expect(auction.agency).toBe('Sở Tư pháp');
    expect(auction.result).toBe('Quyết định cấp lại chứng chỉ hành nghề đấu giá');
    expect(auction.audience).toBe('Công dân Việt Nam');
    expect(auction.decision).toBe('1458/QĐ-BTP');
    expect(auction.updated).toBe('2026-06-14');
    // Ward and province bodies both named once.
    expect(map('1.014396').agency).toBe('Ủy ban nhân dân cấp xã, Sở Nông nghiệp và Môi trường tỉnh Sơn La');
    // "Không có" is the source's way of saying nothing.
    expect(map('1.013819').requirements).toBeUndefined();
  });

  it('normalises text to NFC and drops invisible characters', () => {
    const input = record('1.116907');
    input.name = `Tie\u0302\u0301p nha\u0302\u0323n\u200b đối tượng`;
    expect(mapped(input).data.title).toBe('Tiếp nhận đối tượng');
  });

  it('splits the legal basis into code, title, date and issuer', () => {
    const auction = map('1.000802');
    expect(auction.legalBasis).toContainEqual({
      code: '121/2025/NĐ-CP',
      title: 'Nghị định quy định về phân quyền, phân cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp',
      date: '2025-06-11',
      issuer: 'Chính phủ',
    });
    // Codes with a trailing space or words.
    expect(auction.legalBasis?.map((l) => l.code)).toEqual(
      expect.arrayContaining(['66.16/2026/NQ-CP', '106/2017/TT-BTC', '01/2016/QH14']),
    );
    expect(auction.legalBasis?.find((l) => l.code === '106/2017/TT-BTC')?.title).toMatch(/^Thông tư quy định mức thu/);
    // A date further on in the title belongs to another document.
    const vet = map('1.001686').legalBasis?.find((l) => l.code === '80/2022/NĐ-CP');
    expect(vet?.date).toBeUndefined();
    // Glued "TT-BCAngày".
    expect(map('1.010039').legalBasis?.find((l) => l.code === '53/2025/TT-BCA')?.date).toBe('2025-07-01');
    expect(parseLegalBasis('', 'Nghị định 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều của Luật Hộ tịch')).toEqual({
      code: '123/2015/NĐ-CP',
      title: 'Nghị định quy định chi tiết một số điều của Luật Hộ tịch',
      date: '2015-11-15',
      issuer: 'Chính phủ',
    });
    expect(parseLegalBasis('nghị định 146/2025', 'Nghị định số 146/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ')).toMatchObject({
      code: '146/2025/NĐ-CP',
      date: '2025-06-12',
    });
    // The same document twice is kept once, the fuller entry.
    expect(
      parseLegalBases([
        { code: '123/2015/NĐ-CP', name: 'Nghị định số 123/2015/NĐ-CP' },
        { code: ' 123/2015/NĐ-CP ', name: 'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết' },
      ]),
    ).toHaveLength(1);
  });
});
