/**
 * The importer's report in Vietnamese: what was read, what was added, changed, left unchanged,
 * and which existing files the sources no longer have (listed, never deleted). The same text for
 * a dry run and a real run, under a different heading.
 */
import { importer as T } from '../i18n/importer.ts';
import type { ImportPlan, PlannedEntry } from './plan.ts';

/** Lines shown per group before "… và N mục nữa" (the counts are always complete). */
export const REPORT_LIMIT = 40;

function group(title: string, lines: readonly string[], limit: number): string[] {
  if (lines.length === 0) return [];
  const shown = lines.slice(0, limit).map((line) => `  ${line}`);
  if (lines.length > limit) shown.push(`  ${T.moreLines(lines.length - limit)}`);
  return ['', `${title} (${lines.length}):`, ...shown];
}

const describe = (entry: PlannedEntry) => {
  const details = [
    ...(entry.changed.length > 0 ? [T.changedFields(entry.changed)] : []),
    ...(entry.keptLocal.length > 0 ? [T.keptLocal(entry.keptLocal)] : []),
  ];
  return `procedures/${entry.file} — ${entry.code} ${entry.title}${details.length > 0 ? ` (${details.join('; ')})` : ''}`;
};

export function formatReport(plan: ImportPlan, options: { dryRun: boolean; limit?: number }): string {
  const limit = options.limit ?? REPORT_LIMIT;
  const by = (status: PlannedEntry['status']) => plan.entries.filter((entry) => entry.status === status);
  const added = by('added');
  const changed = by('changed');
  const unchanged = by('unchanged');
  return [
    T.reportTitle(options.dryRun),
    T.read(plan.records, plan.rows),
    ...group(T.added, added.map(describe), limit),
    ...group(T.changed, changed.map(describe), limit),
    ...group(T.unchanged, unchanged.map(describe), limit),
    ...group(T.missing, plan.missing.map((file) => `procedures/${file.file} — ${file.code} ${file.title}`), limit),
    ...group(T.skipped, plan.skipped, limit),
    ...(plan.skipped.length > 0 ? [`  ${T.skippedHint}`] : []),
    ...group(T.notices, plan.notices, limit),
    '',
    T.summary(added.length, changed.length, unchanged.length, plan.missing.length),
  ].join('\n');
}
