/**
 * The plan's progress read straight from a content folder, without Astro, for `npm run report`.
 * Same rules as the pages (src/plan/data.ts): published news only, bulletin issues made from them,
 * contests by start date, documents from the library when the folder has one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../content-check/check-content.ts';
import { readYamlFile } from '../content-check/read-files.ts';
import { publishedDocuments } from '../documents/published.ts';
import { toIsoDay } from '../lib/dates.ts';
import { planProgress, type PlanProgress, type ProgressNews } from '../lib/plan-progress.ts';
import { routes } from '../lib/routes.ts';
import { deepNFC } from '../lib/vietnamese.ts';
import { planSchema, unitSchema } from '../schemas/collections.ts';
import { progressContent } from './progress-content.ts';

export interface LoadedPlan {
  progress: PlanProgress | undefined;
  /** Unit id → short name (or name), for the table. */
  unitNames: Map<string, string>;
}

export async function loadPlanProgress(contentDir: string, asOf: string): Promise<LoadedPlan> {
  const check = await checkContent(contentDir, { warnings: false, today: asOf });
  const read = (name: string) => {
    const path = join(contentDir, name);
    if (!existsSync(path)) return undefined;
    const result = readYamlFile(path);
    return result.ok ? deepNFC(result.data) : undefined;
  };
  const rawUnits = read('units.yaml');
  const units = (Array.isArray(rawUnits) ? rawUnits : []).flatMap((unit) => {
    const parsed = unitSchema().safeParse(unit);
    return parsed.success ? [parsed.data] : [];
  });
  const unitNames = new Map(units.map((unit) => [unit.id, unit.shortName ?? unit.name]));
  const rawPlan = read('plan.yaml');
  const plan = rawPlan ? planSchema({ unitIds: units.map((unit) => unit.id) }).safeParse(rawPlan) : undefined;
  if (!plan?.success) return { progress: undefined, unitNames };

  const news: ProgressNews[] = [];
  const contests: { title: string; day: string; path: string }[] = [];
  for (const entry of check.entries) {
    const data = entry.data;
    if (!data) continue;
    if (entry.collection === 'news' && data.date instanceof Date && data.draft !== true && toIsoDay(data.date) <= asOf) {
      news.push({ id: entry.id, title: String(data.title), day: toIsoDay(data.date), unit: String(data.unit), category: String(data.category), path: routes.newsArticle(entry.id) });
    }
    if (entry.collection === 'contests' && data.startDate instanceof Date) {
      contests.push({ title: String(data.title), day: toIsoDay(data.startDate), path: routes.contest(entry.id) });
    }
  }
  const documents = existsSync(join(contentDir, 'documents'))
    ? publishedDocuments(contentDir, asOf).map((doc) => ({
        title: `${doc.number} – ${doc.title}`,
        day: toIsoDay(doc.issued),
        type: doc.type,
        ...(doc.category && { category: doc.category }),
        path: routes.document(doc.id),
      }))
    : undefined;
  return { progress: planProgress(plan.data, asOf, progressContent({ news, contests, documents }, asOf)), unitNames };
}
