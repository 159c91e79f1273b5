/** Văn bản: numbers, citations in text, safe file names, the page's text budget, JSON-LD, lists. */
import { describe, expect, it } from 'vitest';
import {
  documentNumberKey,
  findDocumentNumbers,
  formatFileSize,
  isDocumentNumber,
  safeFileNames,
  yearOfNumber,
} from '../../src/lib/documents.ts';
import { fitText, legislationJsonLd } from '../../src/lib/document-text.ts';
import { documentLists, filterValues, listTitle } from '../../src/documents/lists.ts';
import { legalDocumentSchema } from '../../src/schemas/collections.ts';

describe('số ký hiệu', () => {
  it.each(['246/KH-UBND', '15/2026/QĐ-UBND', '1586/QĐ-UBND', '123/2015/NĐ-CP', '60/2014/QH13', '05-NQ/TW', '10/CT-TTg', '12a/TB-VP'])(
    'accepts %s',
    (number) => expect(isDocumentNumber(number)).toBe(true),
  );
  it.each(['KH-UBND', '246', '246/', '246/kh-ubnd', '15/2026', 'số 246/KH-UBND', '246 KH-UBND', 'CẦN ĐIỀN'])('refuses %s', (number) =>
    expect(isDocumentNumber(number)).toBe(false),
  );

  it('treats two writings of one number as the same document (case, spaces, Đ/D)', () => {
    expect(documentNumberKey('15/2026/qđ-ubnd')).toBe(documentNumberKey('15/2026/QĐ-UBND'));
    expect(documentNumberKey('15/2026/QD-UBND')).toBe(documentNumberKey('15/2026/QĐ-UBND'));
    expect(documentNumberKey('246 / KH-UBND')).toBe(documentNumberKey('246/KH-UBND'));
    expect(documentNumberKey('247/KH-UBND')).not.toBe(documentNumberKey('246/KH-UBND'));
  });

  it('reads the year of a number that has one', () => {
    expect(yearOfNumber('15/2026/QĐ-UBND')).toBe(2026);
    expect(yearOfNumber('246/KH-UBND')).toBeUndefined();
  });
});

describe('numbers cited in running text', () => {
  it('finds numbers in a sentence, without the full stop after them, and not dates', () => {
    const text = 'Căn cứ Quyết định số 15/2026/QĐ-UBND ngày 5/3/2026 và Kế hoạch số 246/KH-UBND. Xem Nghị định 123/2015/NĐ-CP;';
    expect(findDocumentNumbers(text)).toEqual(['15/2026/QĐ-UBND', '246/KH-UBND', '123/2015/NĐ-CP']);
  });

  it('joins a number that a PDF line break cut after its hyphen or slash', () => {
    expect(findDocumentNumbers('thay thế Quyết định số 21/2025/QĐ-\nUBND.')).toEqual(['21/2025/QĐ-UBND']);
    expect(findDocumentNumbers('Kế hoạch số 12/\nKH-UBND')).toEqual(['12/KH-UBND']);
  });

  it('finds nothing in text without numbers, nor in a bare abbreviation', () => {
    expect(findDocumentNumbers('UBND xã Hòa An, QĐ-UBND, ngày 15/01/2026')).toEqual([]);
  });
});

describe('attached files on the site', () => {
  it('get ASCII names with a lower-case extension, unique within the document', () => {
    expect(safeFileNames(['Kế hoạch số 1.PDF', 'ke-hoach-so-1.pdf', 'phụ lục/Bảng số liệu.xlsx', '../../bí mật.docx'])).toEqual([
      'ke-hoach-so-1.pdf',
      'ke-hoach-so-1-2.pdf',
      'bang-so-lieu.xlsx',
      'bi-mat.docx',
    ]);
  });

  it('show sizes as Vietnamese readers write them', () => {
    expect(formatFileSize(900)).toBe('900 B');
    expect(formatFileSize(21_000)).toBe('21 KB');
    expect(formatFileSize(1_300_000)).toBe('1,2 MB');
  });
});

describe('text budget of a document page', () => {
  const sections = [
    { section: 1, text: 'một hai ba bốn năm' },
    { section: 2, text: 'sáu bảy tám chín mười' },
  ];

  it('keeps everything under the limit', () => {
    const fitted = fitText(sections, 1000);
    expect(fitted.truncated).toBe(false);
    expect(fitted.sections.map((s) => s.text)).toEqual(sections.map((s) => s.text));
  });

  it('cuts a long text at a word boundary, says how much is shown, and drops later sections', () => {
    const fitted = fitText(sections, 24);
    expect(fitted.truncated).toBe(true);
    expect(fitted.totalChars).toBe(39);
    expect(fitted.sections).toHaveLength(2);
    expect(fitted.sections[1]!.text).toBe('sáu …');
    expect(fitText(sections, 10).sections.map((s) => s.section)).toEqual([1]);
  });
});

describe('Legislation JSON-LD', () => {
  it('carries the number, type, date, issuer and legal force', () => {
    const ld = legislationJsonLd({
      url: 'https://x.vn/van-ban/a/',
      number: '15/2026/QĐ-UBND',
      typeName: 'Quyết định',
      title: 'Ban hành quy chế',
      issuer: 'UBND xã Hòa An',
      issued: '2026-01-08',
      effective: '2026-01-20',
      legalForce: 'PartiallyInForce',
      files: [{ url: 'https://x.vn/van-ban/a/a.pdf', mime: 'application/pdf' }],
      replaces: ['https://x.vn/van-ban/b/'],
    });
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '15/2026/QĐ-UBND',
      legislationType: 'Quyết định',
      legislationDate: '2026-01-08',
      legislationDateOfApplicability: '2026-01-20',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: 'UBND xã Hòa An' },
      legislationLegalForce: 'https://schema.org/PartiallyInForce',
      legislationChanges: [{ '@type': 'Legislation', '@id': 'https://x.vn/van-ban/b/' }],
      encoding: [{ contentUrl: 'https://x.vn/van-ban/a/a.pdf', encodingFormat: 'application/pdf' }],
    });
  });
});

describe('list pages', () => {
  const doc = (type: 'ke-hoach' | 'quyet-dinh', issuer: string, issued: string, status: 'con-hieu-luc' | 'het-hieu-luc' = 'con-hieu-luc') => ({
    data: { type, issuer, issued: new Date(`${issued}T00:00:00+07:00`), status },
  });
  const docs = [doc('ke-hoach', 'UBND xã Hòa An', '2026-01-15'), doc('quyet-dinh', 'UBND xã Hòa An', '2025-03-10', 'het-hieu-luc'), doc('quyet-dinh', 'Ủy ban nhân dân thành phố Cần Thơ', '2026-02-01')];

  it('offer each type, issuer, year and status once, with counts, years newest first', () => {
    const values = filterValues(docs);
    expect(values.type.map((v) => [v.value, v.count])).toEqual([['ke-hoach', 1], ['quyet-dinh', 2]]);
    expect(values.issuer.map((v) => v.value)).toEqual(['ubnd-xa-hoa-an', 'uy-ban-nhan-dan-thanh-pho-can-tho']);
    expect(values.year.map((v) => v.value)).toEqual(['2026', '2025']);
    expect(values.status.map((v) => [v.value, v.count])).toEqual([['con-hieu-luc', 2], ['het-hieu-luc', 1]]);
  });

  it('make one list per filter value holding exactly its documents', () => {
    const lists = documentLists(docs);
    expect(lists[0]!.entries).toHaveLength(3);
    const expired = lists.find((list) => list.filter?.kind === 'status' && list.filter.value === 'het-hieu-luc')!;
    expect(expired.entries).toEqual([docs[1]]);
    expect(listTitle(expired.filter)).toBe('Văn bản hết hiệu lực');
    expect(lists).toHaveLength(1 + 2 + 2 + 2 + 2);
  });
});

describe('legalDocumentSchema', () => {
  const valid = {
    number: '12/KH-UBND',
    type: 'ke-hoach',
    title: 'Kế hoạch cải cách hành chính năm 2026',
    issuer: 'UBND xã Hòa An',
    issued: '2026-01-15',
    files: [{ file: 'ke-hoach.pdf' }],
  };
  const messages = (data: unknown) => {
    const result = legalDocumentSchema().safeParse(data);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('accepts a complete entry and defaults the status to in force', () => {
    const result = legalDocumentSchema().safeParse(valid);
    expect(result.success && result.data.status).toBe('con-hieu-luc');
  });

  it('names the field and the expected form in Vietnamese', () => {
    expect(messages({ ...valid, number: '12-kh' })).toEqual([expect.stringMatching(/^number: số ký hiệu không đúng dạng: "12-kh".*246\/KH-UBND/)]);
    expect(messages({ ...valid, files: [{ file: 'ke-hoach.jpg' }] })).toEqual([expect.stringMatching(/^files\.0\.file: cần tệp PDF, DOCX hoặc XLSX/)]);
    expect(messages({ ...valid, files: [] })).toEqual(['files: danh sách không được để trống']);
    expect(messages({ ...valid, type: 'quyet-dinh-moi' })[0]).toMatch(/^type: cần một trong các giá trị: ke-hoach, quyet-dinh/);
  });

  it('allows het-hieu-luc without replacedBy, refuses replacedBy on a document in force', () => {
    expect(messages({ ...valid, status: 'het-hieu-luc' })).toEqual([]);
    expect(messages({ ...valid, replacedBy: '15/2026/QĐ-UBND' })).toEqual([expect.stringMatching(/^replacedBy: văn bản còn hiệu lực thì không có văn bản thay thế/)]);
    expect(messages({ ...valid, effective: '2026-01-01' })).toEqual([expect.stringMatching(/^effective: ngày hiệu lực/)]);
  });
});
