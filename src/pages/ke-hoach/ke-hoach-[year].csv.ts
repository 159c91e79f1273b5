/** The plan's progress table as CSV, written at build time next to the plan page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getUnits } from '../../data/content.ts';
import { getPlanProgress } from '../../plan/data.ts';
import { planCsv } from '../../plan/table.ts';

export const getStaticPaths = (async () => {
  const progress = await getPlanProgress();
  return progress && progress.activities.length > 0 ? [{ params: { year: String(progress.year) } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const progress = (await getPlanProgress())!;
  const units = await getUnits();
  // Short names, as on the page and in `npm run report`: the same file whichever made it.
  const csv = planCsv(progress, (id) => units.get(id)?.shortName ?? units.get(id)?.name ?? id);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
