/**
 * /duong-day-nong/<id>.vcf: one contact card per hotline, so a citizen can keep the number in the
 * phone's contacts ("Lưu vào danh bạ"). Static files; the host serves them as text/vcard.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getHotlines, getSite, getUnits, type HotlineEntry } from '../../data/content.ts';
import { absolute, routes } from '../../data/links.ts';
import { hotlineToVCard } from '../../lib/vcard.ts';

export const getStaticPaths = (async () => {
  const hotlines = await getHotlines();
  return hotlines.map((hotline) => ({ params: { id: hotline.id }, props: { hotline } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ hotline: HotlineEntry }> = async ({ props }) => {
  const { hotline } = props;
  const site = await getSite();
  const units = await getUnits();
  const unit = hotline.data.unit ? units.get(hotline.data.unit) : undefined;
  const card = hotlineToVCard(hotline.data, {
    areaCode: site.areaCode,
    // A unit's line belongs to the site; a line without one only when it is at the site's own level.
    organization: unit || hotline.data.scope === (site.level === 'xa' ? 'xa' : 'tinh') ? site.name : undefined,
    organizationUnit: unit?.name,
    pageUrl: `${absolute(routes.hotlines())}#${hotline.id}`,
  });
  return new Response(card, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
