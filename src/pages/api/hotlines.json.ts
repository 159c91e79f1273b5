import type { APIRoute } from 'astro';
import { vi } from '../../i18n/index.ts';
import { absolute, routes } from '../../data/links.ts';
import { getHotlines, getSite, getUnits } from '../../data/content.ts';
import { apiDocument, hotlineRecord } from '../../lib/public-api.ts';
import { buildDay } from '../../lib/dates.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const units = await getUnits();
  const pageUrl = absolute(routes.hotlines());
  const records = (await getHotlines()).map((hotline) =>
    hotlineRecord(hotline.id, hotline.data, {
      areaCode: site.areaCode,
      pageUrl,
      unitName: hotline.data.unit ? units.get(hotline.data.unit)?.name : undefined,
      scopeLabel: vi.hotlines.scopes[hotline.data.scope],
    }),
  );
  const body = apiDocument('hotlines', records, { publisher: site.name, home: absolute(routes.home()), day: buildDay() });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
