import type { APIRoute } from 'astro';
import { absolute, routes } from '../../data/links.ts';
import { getProcedures, getSite } from '../../data/content.ts';
import { apiDocument, procedureRecord } from '../../lib/public-api.ts';
import { buildDay } from '../../lib/dates.ts';
import { slugify } from '../../lib/slug.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const records = (await getProcedures()).map((procedure) =>
    procedureRecord(procedure.id, procedure.data, {
      url: absolute(routes.procedure(procedure.id)),
      fieldUrl: absolute(routes.procedureField(slugify(procedure.data.field))),
    }),
  );
  const body = apiDocument('procedures', records, { publisher: site.name, home: absolute(routes.home()), day: buildDay() });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
