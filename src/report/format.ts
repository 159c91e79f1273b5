/**
 * The quota report as the unit pastes it into its periodic CCHC report: a Markdown document
 * (table, who is short, list of articles) and a CSV that Excel on Windows opens correctly.
 */
import { editor } from '../i18n/editor.ts';
import type { QuotaReport, UnitRow } from './quota.ts';

const R = editor.report;
const C = R.columns;

const dmy = (day: string) => day.split('-').reverse().join('/');

function statusText(row: UnitRow): string {
  const text = R.status[row.status];
  return row.status === 'inProgress' && row.pending > 0 ? `${text} (cần thêm ${row.pending})` : text;
}

function tableRows(report: QuotaReport): string[][] {
  const monthHeads = report.period.months.map((month) => C.month(month));
  const head = [C.unit, C.target, ...monthHeads, C.published, C.short, C.status];
  const body = report.rows.map((row) => [
    row.unitName,
    row.target === undefined ? R.noTarget : `${row.target} (${row.targetText})`,
    ...row.perMonth.map(String),
    String(row.published),
    String(row.missing),
    statusText(row),
  ]);
  const total = [R.total, String(report.totals.target), ...report.totals.perMonth.map(String), String(report.totals.published), String(report.totals.missing), ''];
  return [head, ...body, total];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function reportMarkdown(report: QuotaReport, siteName: string): string {
  const [head = [], ...rest] = tableRows(report);
  const numeric = (index: number) => index >= 2 && index < head.length - 1;
  const lines = [
    `# ${R.title(report.period.name)}`,
    '',
    R.meta(siteName, dmy(report.asOf)),
    '',
    R.basis,
    '',
    `| ${head.map(cell).join(' | ')} |`,
    `| ${head.map((_, index) => (numeric(index) ? '---:' : '---')).join(' | ')} |`,
    ...rest.map((row, index) => {
      const cells = row.map(cell);
      // The total row in bold, so it stands out when pasted into a Word report.
      return `| ${(index === rest.length - 1 ? cells.map((text) => (text ? `**${text}**` : text)) : cells).join(' | ')} |`;
    }),
    '',
    `## ${R.shortHeading}`,
    '',
  ];
  const short = report.rows.filter((row) => row.missing > 0);
  if (short.length === 0) lines.push(R.noneShort);
  for (const row of short) {
    const where = row.checks.filter((check) => check.status === 'short').map((check) => `${check.label}: ${check.count}/${check.target}`);
    lines.push(`- ${R.shortLine(row.unitName, row.missing, where.join('; '))}`);
  }
  const pending = report.rows.filter((row) => row.pending > 0);
  if (pending.length > 0) {
    lines.push('', `## ${R.inProgressHeading}`, '');
    for (const row of pending) {
      const where = row.checks.filter((check) => check.status === 'inProgress').map((check) => `${check.label} (${dmy(check.end)})`);
      lines.push(`- ${R.inProgressLine(row.unitName, row.pending, where.join(', '))}`);
    }
  }
  lines.push('', `## ${R.listHeading}`, '');
  const withNews = report.rows.filter((row) => row.news.length > 0);
  if (withNews.length === 0) lines.push(R.noNews);
  for (const row of withNews) {
    lines.push(`### ${row.unitName} (${row.news.length})`, '');
    for (const item of row.news) lines.push(`- ${dmy(item.date)} — ${item.title}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A cell that is a plain number (a count; `-2` too) stays a number Excel can add up. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/**
 * Excel and LibreOffice run a cell that starts with `=`, `+`, `-` or `@` as a formula (and tab or
 * CR can hide such a start): a unit or article named `=HYPERLINK(…)` would run on the office PC
 * that opens the report. Such a cell gets a leading `'`, which spreadsheets show as text. Plain
 * numbers are left alone, they cannot call anything.
 */
export function neutraliseFormula(text: string): string {
  if (PLAIN_NUMBER.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const csvField = (raw: string) => {
  const text = neutraliseFormula(raw);
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * CSV with a byte-order mark and CRLF: without the BOM, Excel on Windows reads UTF-8 as a
 * legacy code page and the Vietnamese letters come out garbled.
 */
export function reportCsv(report: QuotaReport): string {
  const rows = tableRows(report);
  const [head = [], ...rest] = rows;
  const withId = [
    [head[0] ?? '', 'Mã đơn vị', ...head.slice(1)],
    ...rest.map((row, index) => [row[0] ?? '', report.rows[index]?.unit ?? '', ...row.slice(1)]),
  ];
  return `\uFEFF${withId.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
