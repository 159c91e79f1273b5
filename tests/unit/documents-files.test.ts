/**
 * The files attached to documents, made here: a text PDF (printed by Chromium), a scanned PDF
 * (a picture of a page, no text layer), a DOCX and an XLSX. What the build reads from them, what
 * the OCR cache saves, what happens without Tesseract, and the checker's Vietnamese errors.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatProblem } from '../../src/content-check/problems.ts';
import { extractFileText } from '../../src/documents/extract.ts';
import { publishedDocuments } from '../../src/documents/published.ts';
import { firstPagePreview } from '../../src/documents/preview.ts';
import { copyContent, type ContentCopy } from '../helpers/content-fixture.ts';
import { docxFile, FixtureMaker, xlsxFile } from '../helpers/pdf-fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'cchc-documents-'));
const cache = join(work, 'cache');
const file = (name: string) => join(work, name);
const maker = new FixtureMaker();
const saved = { ...process.env };

beforeAll(async () => {
  process.env.DOCUMENTS_CACHE_DIR = cache;
  writeFileSync(
    file('ke-hoach.pdf'),
    await maker.textPdf([
      ['KẾ HOẠCH số 246/KH-UBND', 'Tổ chức hội thi "Cán bộ một cửa thân thiện" năm 2026.'],
      ['Trang hai: khen thưởng tập thể đạt giải nhất cuộc thi.'],
    ]),
  );
  writeFileSync(
    file('thong-bao-quet.pdf'),
    await maker.scannedPdf([['THÔNG BÁO', 'Đồng chí Chủ tịch tiếp công dân định kỳ', 'vào sáng thứ Năm tuần đầu tiên của tháng']]),
  );
  writeFileSync(file('quet-khac.pdf'), await maker.scannedPdf([['THÔNG BÁO', 'Lịch trực đường dây nóng dịp Tết Nguyên đán']]));
  writeFileSync(file('quy-che.docx'), docxFile(['QUY CHẾ làm việc', 'Điều 1. Bộ phận tiếp nhận & trả kết quả làm việc cả sáng thứ Bảy.']));
  writeFileSync(file('phu-luc.xlsx'), xlsxFile('Quý III', [['Lĩnh vực', 'Hồ sơ'], ['Hộ tịch', '486'], ['Đất đai', '212']]));
}, 120_000);

afterAll(async () => {
  await maker.close();
  process.env = saved;
  rmSync(work, { recursive: true, force: true });
});

describe('words read from attached files', () => {
  it('reads a text PDF page by page, in NFC', async () => {
    const result = await extractFileText(file('ke-hoach.pdf'));
    expect(result.method).toBe('text');
    expect(result.sections.map((s) => s.kind === 'page' && s.page)).toEqual([1, 2]);
    expect(result.sections[0]!.text).toContain('Cán bộ một cửa thân thiện');
    expect(result.sections[1]!.text).toContain('khen thưởng tập thể');
    expect(result.sections[0]!.text).toBe(result.sections[0]!.text.normalize('NFC'));
  });

  it('reads a scanned PDF by OCR in Vietnamese, with đ and tones right, in NFC', async () => {
    const result = await extractFileText(file('thong-bao-quet.pdf'));
    expect(result.method).toBe('ocr');
    const text = result.sections[0]!.text;
    expect(text).toContain('Đồng chí Chủ tịch tiếp công dân định kỳ');
    expect(text).toContain('thứ Năm');
    expect(text).toBe(text.normalize('NFC'));
  }, 60_000);

  it('never OCRs the same file twice: the second read comes from the cache even without the tools', async () => {
    const first = await extractFileText(file('thong-bao-quet.pdf'));
    process.env.TESSERACT = join(work, 'khong-co-tesseract');
    process.env.PDFTOPPM = join(work, 'khong-co-pdftoppm');
    try {
      expect(await extractFileText(file('thong-bao-quet.pdf'))).toEqual(first);
    } finally {
      delete process.env.TESSERACT;
      delete process.env.PDFTOPPM;
    }
  }, 60_000);

  it('without Tesseract, warns in Vietnamese, indexes no words, and does not cache that', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    process.env.TESSERACT = join(work, 'khong-co-tesseract');
    try {
      const without = await extractFileText(file('quet-khac.pdf'));
      expect(without).toEqual({ method: 'none', sections: [] });
      expect(warn.mock.calls.flat().join('\n')).toMatch(/Không có Tesseract với dữ liệu tiếng Việt.*tesseract-ocr-vie/);
    } finally {
      delete process.env.TESSERACT;
      warn.mockRestore();
    }
    const later = await extractFileText(file('quet-khac.pdf'));
    expect(later.method).toBe('ocr');
    expect(later.sections[0]!.text).toContain('đường dây nóng');
  }, 60_000);

  it('reads the paragraphs of a DOCX and the cells of an XLSX', async () => {
    const docx = await extractFileText(file('quy-che.docx'));
    expect(docx).toEqual({ method: 'text', sections: [{ kind: 'whole', text: 'QUY CHẾ làm việc\nĐiều 1. Bộ phận tiếp nhận & trả kết quả làm việc cả sáng thứ Bảy.' }] });
    const xlsx = await extractFileText(file('phu-luc.xlsx'));
    expect(xlsx).toEqual({ method: 'text', sections: [{ kind: 'sheet', name: 'Quý III', text: 'Lĩnh vực · Hồ sơ\nHộ tịch · 486\nĐất đai · 212' }] });
  });

  it('makes a small WebP of the first page', async () => {
    const preview = await firstPagePreview(file('ke-hoach.pdf'));
    expect(preview?.webp.subarray(8, 12).toString('latin1')).toBe('WEBP');
    expect(preview?.width).toBe(360);
    expect(preview!.webp.length).toBeLessThan(30_000);
  });
});

describe('content check of documents', () => {
  let copy: ContentCopy;
  let made = 0;
  // Each entry its own title: the checker rightly warns about two documents with one trích yếu.
  const entry = (fields: Record<string, string>, files = '  - file: ke-hoach.pdf') =>
    ['---', ...Object.entries({ ...fields, title: `${fields.title} đợt ${(made += 1)}` }).map(([key, value]) => `${key}: ${value}`), 'files:', files, '---', ''].join('\n');
  const base = { number: '246/KH-UBND', type: 'ke-hoach', title: 'Kế hoạch tuyên truyền', issuer: 'UBND xã Hòa An', issued: '2026-01-15' };

  beforeAll(async () => {
    copy = copyContent();
    const dir = join(copy.dir, 'documents');
    mkdirSync(dir);
    const { readFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'ke-hoach.pdf'), readFileSync(file('ke-hoach.pdf')));
    writeFileSync(join(dir, 'hong.pdf'), Buffer.from('%PDF-1.7\nđây không phải PDF thật\n'));
    writeFileSync(join(dir, 'hong.docx'), Buffer.from('không phải tệp Word'));
    copy.write('documents/tot.md', entry(base));
    copy.write('documents/thieu-tep.md', entry({ ...base, number: '247/KH-UBND' }, '  - file: khong-co.pdf'));
    copy.write('documents/pdf-hong.md', entry({ ...base, number: '248/KH-UBND' }, '  - file: hong.pdf'));
    copy.write('documents/docx-hong.md', entry({ ...base, number: '249/KH-UBND' }, '  - file: hong.docx'));
    copy.write('documents/so-sai.md', entry({ ...base, number: '"Kế hoạch 250"' }));
    copy.write('documents/trung-so.md', entry({ ...base, number: '246/KH-UBND' }));
    copy.write('documents/ngoai-thu-muc.md', entry({ ...base, number: '251/KH-UBND' }, '  - file: ../site.yaml.pdf'));
    copy.write('documents/thay-the-khong-co.md', entry({ ...base, number: '252/KH-UBND', status: 'het-hieu-luc', replacedBy: '99/KH-UBND' }));
    copy.write('documents/het-hieu-luc.md', entry({ ...base, number: '253/KH-UBND', status: 'het-hieu-luc' }));
    copy.write('documents/sap-ban-hanh.md', entry({ ...base, number: '254/KH-UBND', type: 'bao-cao', issued: '2026-12-01' }));
  });

  afterAll(() => copy.remove());

  it('names the file, the field and what is wrong, in Vietnamese', async () => {
    const report = await checkContent(copy.dir, { today: '2026-11-22' });
    const about = (name: string) => report.problems.filter((p) => p.file === `documents/${name}`).map((p) => `${p.severity} ${formatProblem(p)}`);
    expect(about('tot.md')).toEqual([]);
    expect(about('het-hieu-luc.md')).toEqual([]);
    expect(about('thieu-tep.md')).toEqual([
      'error documents/thieu-tep.md › trường "files[1].file": không tìm thấy tệp đính kèm "khong-co.pdf" (đặt tệp cạnh tệp nội dung, đường dẫn tính từ thư mục documents/)',
    ]);
    expect(about('pdf-hong.md')).toEqual([expect.stringMatching(/^error documents\/pdf-hong\.md › trường "files\[1\]\.file": tệp PDF "hong\.pdf" hỏng hoặc không đọc được/)]);
    expect(about('docx-hong.md')).toEqual([expect.stringMatching(/^error documents\/docx-hong\.md › trường "files\[1\]\.file": tệp "hong\.docx" hỏng hoặc không phải tệp Word\/Excel/)]);
    expect(about('so-sai.md')).toEqual([expect.stringMatching(/^error documents\/so-sai\.md › trường "number": số ký hiệu không đúng dạng: "Kế hoạch 250"\. Cần .*246\/KH-UBND hoặc 15\/2026\/QĐ-UBND/)]);
    expect(about('trung-so.md')).toEqual(['error documents/trung-so.md › trường "number": số ký hiệu "246/KH-UBND" trùng với văn bản documents/tot.md']);
    expect(about('ngoai-thu-muc.md')).toEqual(['error documents/ngoai-thu-muc.md › trường "files[1].file": tệp đính kèm "../site.yaml.pdf" phải nằm trong thư mục documents/']);
    expect(about('thay-the-khong-co.md')).toEqual([expect.stringMatching(/^warning documents\/thay-the-khong-co\.md › trường "replacedBy": văn bản thay thế số "99\/KH-UBND" chưa có trong thư viện/)]);
  });

  it('lists the published documents with their type and day for the plan tracker (valid, issued by the day)', () => {
    const listed = publishedDocuments(copy.dir, '2026-11-22');
    expect(listed.map((d) => d.id).sort()).toEqual(['docx-hong', 'het-hieu-luc', 'ngoai-thu-muc', 'pdf-hong', 'thay-the-khong-co', 'thieu-tep', 'tot', 'trung-so']);
    expect(listed.find((d) => d.id === 'tot')).toMatchObject({ number: '246/KH-UBND', type: 'ke-hoach', status: 'con-hieu-luc' });
    expect(publishedDocuments(copy.dir, '2026-12-01').map((d) => d.id)).toContain('sap-ban-hanh');
  });
});
