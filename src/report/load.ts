/** Read what the quota report needs from a content folder, with the same checks as the build. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../content-check/check-content.ts';
import { readYamlFile } from '../content-check/read-files.ts';
import { toIsoDay } from '../lib/dates.ts';
import { deepNFC } from '../lib/vietnamese.ts';
import { planSchema, unitSchema } from '../schemas/collections.ts';
import type { ReportNews, UnitTarget } from './quota.ts';

export interface ReportContent {
  siteName: string;
  units: { id: string; name: string; shortName?: string }[];
  news: ReportNews[];
  plan: { year: number; targets: UnitTarget[] } | undefined;
  /** Content errors: news with errors are left out of the counts. */
  errorCount: number;
}

export async function loadReportContent(contentDir: string): Promise<ReportContent> {
  const check = await checkContent(contentDir, { warnings: false });
  const read = (name: string) => {
    const path = join(contentDir, name);
    if (!existsSync(path)) return undefined;
    const result = readYamlFile(path);
    return result.ok ? deepNFC(result.data) : undefined;
  };
  const site = read('site.yaml') as { name?: unknown; shortName?: unknown } | undefined;
  const rawUnits = read('units.yaml');
  const units = (Array.isArray(rawUnits) ? rawUnits : []).flatMap((unit) => {
    const parsed = unitSchema().safeParse(unit);
    return parsed.success ? [parsed.data] : [];
  });
  const rawPlan = read('plan.yaml');
  const plan = rawPlan ? planSchema({ unitIds: units.map((unit) => unit.id) }).safeParse(rawPlan) : undefined;
  const news = check.entries.flatMap((entry): ReportNews[] => {
    const data = entry.data;
    if (entry.collection !== 'news' || !data || !(data.date instanceof Date)) return [];
    return [{ id: entry.id, title: String(data.title), unit: String(data.unit), date: toIsoDay(data.date), draft: data.draft === true }];
  });
  return {
    siteName: typeof site?.name === 'string' ? site.name : '',
    units,
    news,
    plan: plan?.success ? { year: plan.data.year, targets: plan.data.targets } : undefined,
    errorCount: check.errorCount,
  };
}
