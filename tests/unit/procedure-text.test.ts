import { describe, expect, it } from 'vitest';
import {
  caseHeading,
  classifyDossierLine,
  cleanLines,
  cleanText,
  isPlaceholder,
  meaningful,
  mergeMethods,
  normaliseFee,
  normaliseProcessingTime,
  organiseDossier,
  processingTimeFromParts,
  splitDossier,
  stripListMarker,
} from '../../src/lib/procedure-text.ts';

const doc = (name: string, original = 1, copy = 0) => ({ name, original, copy });

describe('plain text', () => {
  it('normalises to NFC, drops zero-width characters and collapses white space', () => {
    const nfd = 'Giấy khai sinh'.normalize('NFD');
    expect(cleanText(`\t${nfd}\u200b  bản\u00a0sao \n`)).toBe('Giấy khai sinh bản sao');
    expect(cleanText(nfd)).toBe('Giấy khai sinh'.normalize('NFC'));
  });

  it('strips every list marker the portal uses, and nothing that is part of the text', () => {
    expect(stripListMarker('- Tờ khai')).toBe('Tờ khai');
    expect(stripListMarker('+ Tờ khai')).toBe('Tờ khai');
    expect(stripListMarker('* Lưu ý:')).toBe('Lưu ý:');
    expect(stripListMarker('• Tờ khai')).toBe('Tờ khai');
    expect(stripListMarker('a) Tờ khai')).toBe('Tờ khai');
    expect(stripListMarker('1. Tờ khai')).toBe('Tờ khai');
    expect(stripListMarker('2) Tờ khai')).toBe('Tờ khai');
    expect(stripListMarker('(ii) Trường hợp hồ sơ chưa đầy đủ')).toBe('Trường hợp hồ sơ chưa đầy đủ');
    expect(stripListMarker('- + Tờ khai')).toBe('Tờ khai');
    expect(stripListMarker('1.001193 là mã')).toBe('1.001193 là mã');
    expect(stripListMarker('40/2029/QH14')).toBe('40/2029/QH14');
    expect(stripListMarker('(Trường hợp có)')).toBe('(Trường hợp có)');
  });

  it('knows the placeholders the source writes when it has nothing', () => {
    for (const empty of ['Không có thông tin', 'không có thông tin.', 'Không', '****', '', '  ', '-', undefined, null]) {
      expect(isPlaceholder(empty), String(empty)).toBe(true);
    }
    // The crawl glued the portal's empty form labels to the placeholder.
    expect(isPlaceholder('Không có thông tinTừ khóaKhông có thông tinMô tảKhông có thông tinChọn cơ quan thực hiện')).toBe(true);
    for (const text of ['Không quá 3 ngày', 'Giấy khai sinh', 'Không thu phí']) expect(isPlaceholder(text), text).toBe(false);
    expect(meaningful('- Giấy khai sinh')).toBe('Giấy khai sinh');
    expect(meaningful('Không có thông tin')).toBeUndefined();
  });

  it('cleans a list of lines, dropping placeholders and repeats', () => {
    expect(cleanLines(['- Bước 1: Nộp hồ sơ', 'Không có thông tin', '+ Bước 1: Nộp hồ sơ', '* Nhận kết quả'])).toEqual([
      'Bước 1: Nộp hồ sơ',
      'Nhận kết quả',
    ]);
  });
});

describe('dossier lines', () => {
  it('keeps papers to bring as documents, even with no count when the name is short', () => {
    expect(classifyDossierLine(doc('- Tờ khai đăng ký khai sinh theo mẫu'))).toBe('document');
    expect(classifyDossierLine(doc('Giấy chứng sinh', 0, 0))).toBe('document');
    expect(classifyDossierLine(doc('Bản sao hộ chiếu', 0, 1))).toBe('document');
  });

  it('files conditions and remarks as notes', () => {
    expect(classifyDossierLine(doc('- Trường hợp trẻ em bị bỏ rơi thì phải có biên bản.', 1, 0))).toBe('note');
    expect(classifyDossierLine(doc('* Lưu ý: mang theo bản chính', 0, 0))).toBe('note');
    expect(classifyDossierLine(doc('Ghi chú: nộp tại bộ phận một cửa', 0, 0))).toBe('note');
    expect(classifyDossierLine(doc('(Trường hợp khai thác được dữ liệu thì không nộp bản sao)', 0, 0))).toBe('note');
    expect(classifyDossierLine(doc('- Đối với giấy tờ nộp, xuất trình nếu người yêu cầu nộp hồ sơ theo hình thức trực tiếp:', 0, 0))).toBe('note');
    expect(classifyDossierLine(doc('Cơ quan đăng ký hộ tịch từ chối giải quyết nếu có cơ sở xác định nội dung cam đoan không đúng sự thật.', 0, 0))).toBe('note');
    expect(classifyDossierLine(doc('+ Người tiếp nhận có trách nhiệm tiếp nhận đúng, đủ hồ sơ', 0, 0))).toBe('note');
  });

  it('drops empty and placeholder lines', () => {
    expect(classifyDossierLine(doc('Không có thông tin', 0, 0))).toBe('empty');
    expect(classifyDossierLine(doc('- ', 1, 0))).toBe('empty');
    expect(splitDossier([doc('****'), doc('- Tờ khai'), doc('Trường hợp ủy quyền thì có văn bản ủy quyền.', 0, 0)])).toEqual({
      documents: [doc('Tờ khai')],
      notes: ['Trường hợp ủy quyền thì có văn bản ủy quyền.'],
    });
  });

  it('turns heading-like cases into headings, and "Lưu ý" cases into dossier notes', () => {
    expect(caseHeading('* Giấy tờ phải nộp:')).toBe('Giấy tờ phải nộp');
    const dossier = organiseDossier({
      cases: [
        { name: '* Giấy tờ phải nộp:', documents: [doc('- Tờ khai'), doc('- Trường hợp ủy quyền thì có văn bản ủy quyền.')] },
        { name: '* Lưu ý :', documents: [doc('- Cá nhân có quyền lựa chọn nơi đăng ký.', 0, 0)] },
        { name: 'Trường hợp đăng ký trên môi trường điện tử:', documents: [doc('Không phải nộp bản giấy.', 0, 0)] },
        { name: 'Không có thông tin', documents: [doc('Giấy chứng sinh')] },
      ],
      notes: ['Không có thông tin', 'Mang theo giấy tờ tùy thân.'],
    });
    expect(dossier.cases).toEqual([
      { name: 'Giấy tờ phải nộp', documents: [doc('Tờ khai')], notes: ['Trường hợp ủy quyền thì có văn bản ủy quyền.'] },
      { name: 'Trường hợp 2', documents: [doc('Giấy chứng sinh')], notes: [] },
    ]);
    expect(dossier.notes).toEqual([
      'Mang theo giấy tờ tùy thân.',
      'Cá nhân có quyền lựa chọn nơi đăng ký.',
      'Trường hợp đăng ký trên môi trường điện tử:',
      'Không phải nộp bản giấy.',
    ]);
  });
});

describe('processing time and fee', () => {
  it('lower-cases the unit and keeps text that says more', () => {
    expect(normaliseProcessingTime('5 Ngày làm việc')).toBe('5 ngày làm việc');
    expect(normaliseProcessingTime('1 Giờ')).toBe('1 giờ');
    expect(normaliseProcessingTime('Trong ngày làm việc')).toBe('Trong ngày làm việc');
  });

  it('invents no unit: a bare number or a placeholder is "not said"', () => {
    expect(normaliseProcessingTime('1')).toBeUndefined();
    expect(normaliseProcessingTime('120')).toBeUndefined();
    expect(normaliseProcessingTime('Không có thông tin')).toBeUndefined();
    expect(normaliseProcessingTime(undefined)).toBeUndefined();
  });

  it('builds the time from the API number and unit', () => {
    expect(processingTimeFromParts(5, 'WORKING_DAY')).toBe('5 ngày làm việc');
    expect(processingTimeFromParts('30', 'DAY')).toBe('30 ngày');
    expect(processingTimeFromParts(4, 'HOUR')).toBe('4 giờ');
    expect(processingTimeFromParts(0, 'WORKING_DAY')).toBeUndefined();
    expect(processingTimeFromParts(3, 'OTHER')).toBeUndefined();
    expect(processingTimeFromParts('Trong ngày', 'OTHER')).toBe('Trong ngày');
  });

  it('writes amounts the Vietnamese way and hides placeholders', () => {
    expect(normaliseFee('500,000 Việt Nam Đồng')).toBe('500.000 đồng');
    expect(normaliseFee('Lệ phí: 100,000 VNĐ/hồ sơ')).toBe('Lệ phí: 100.000 đồng/hồ sơ');
    expect(normaliseFee('Miễn phí')).toBe('Miễn phí');
    expect(normaliseFee('Không')).toBe('Không');
    expect(normaliseFee('Không có thông tin')).toBeUndefined();
    expect(normaliseFee('10 USD')).toBe('10 USD');
  });

  it('merges ways of submitting that share time and fee, in order of appearance', () => {
    const merged = mergeMethods([
      { channel: 'truc-tuyen', processingTime: '1', fee: 'Miễn phí' },
      { channel: 'buu-chinh', processingTime: '1', fee: 'Miễn phí' },
      { channel: 'truc-tiep', processingTime: '3 Ngày làm việc', fee: '50,000 VNĐ', description: '- Nộp tại bộ phận một cửa' },
      { channel: 'truc-tiep', processingTime: '3 ngày làm việc', fee: '50.000 đồng' },
    ]);
    expect(merged).toEqual([
      { channels: ['truc-tuyen', 'buu-chinh'], processingTime: undefined, fee: 'Miễn phí', descriptions: [] },
      { channels: ['truc-tiep'], processingTime: '3 ngày làm việc', fee: '50.000 đồng', descriptions: ['Nộp tại bộ phận một cửa'] },
    ]);
  });
});
