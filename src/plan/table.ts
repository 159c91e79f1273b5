/**
 * The plan's progress as rows of text: the CSV written at build time (/ke-hoach/ke-hoach-<year>.csv)
 * and the table `npm run report` prints come from these rows, so they always agree with the page.
 */
import { plan as P } from '../i18n/plan.ts';
import type { ActivityProgress, PlanProgress } from '../lib/plan-progress.ts';
import { neutraliseFormula } from '../report/format.ts';

const C = P.columns;

export function dueLabel(row: ActivityProgress): string {
  const due = row.due;
  if (due.kind === 'day') return P.due.day(due.end);
  if (due.kind === 'month') return P.due.month(due.year, due.part ?? 1);
  if (due.kind === 'quarter') return P.due.quarter(due.year, due.part ?? 1);
  return P.due.year(due.year);
}

export function planRows(progress: PlanProgress, unitName: (id: string) => string): string[][] {
  const head = [C.order, C.id, C.activity, C.form, C.lead, C.partners, C.due, C.target, C.done, C.percent, C.state, C.source, C.note];
  const body = progress.activities.map((row, index) => [
    String(index + 1),
    row.activity.id,
    row.activity.title,
    P.forms[row.activity.form],
    unitName(row.activity.lead),
    (row.activity.partners ?? []).map(unitName).join(', '),
    dueLabel(row),
    String(row.target),
    String(row.progress),
    String(Math.round(row.ratio * 100)),
    P.states[row.state],
    P.sources[row.source],
    [row.activity.note, row.warning && P.warnings[row.warning]].filter(Boolean).join('; '),
  ]);
  return [head, ...body];
}

const csvField = (raw: string) => {
  const text = neutraliseFormula(raw);
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** UTF-8 with a byte-order mark and CRLF, as the quota report: Excel on Windows reads it right. */
export function planCsv(progress: PlanProgress, unitName: (id: string) => string): string {
  return `\uFEFF${planRows(progress, unitName).map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The same rows as a Markdown table for the terminal and for pasting into a Word report. */
export function planMarkdown(progress: PlanProgress, unitName: (id: string) => string): string {
  const [head = [], ...rows] = planRows(progress, unitName);
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `## ${P.title(progress.year)}`,
    '',
    P.asOf(progress.asOf),
    '',
    `| ${head.map(cell).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
    P.summary(progress.counts['hoan-thanh'], progress.activities.length, progress.counts['qua-han']),
    '',
  ].join('\n');
}
