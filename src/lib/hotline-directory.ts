/**
 * Choosing and describing hotlines for pages: which number a procedure sheet prints, how the
 * directory groups them, and the GovernmentOrganization structured data of the directory.
 */
import type { HotlineScope } from '../schemas/vocabulary.ts';
import { HOTLINE_SCOPES } from '../schemas/vocabulary.ts';
import { hasE164, parsePhone } from './phone.ts';

export interface HotlineLike {
  id: string;
  data: {
    name: string;
    phone: string;
    scope: HotlineScope;
    hours?: string;
    email?: string;
    topics?: string[];
  };
}

export interface SiteLike {
  name: string;
  shortName?: string;
  level: 'tinh' | 'xa' | 'so-nganh';
  parent?: string;
  province: string;
  areaCode: string;
  address?: string;
  phone?: string;
  email?: string;
}

/**
 * The desk a citizen should call about a procedure: the site's own level first (a commune site's
 * commune hotline), then any local one. National lines are never "the" hotline of a local page.
 * Input is expected in directory order (scope, then `order`).
 */
export function primaryHotline<H extends HotlineLike>(hotlines: readonly H[], site: SiteLike): H | undefined {
  const ownScope: HotlineScope = site.level === 'xa' ? 'xa' : 'tinh';
  return hotlines.find((h) => h.data.scope === ownScope) ?? hotlines.find((h) => h.data.scope !== 'quoc-gia');
}

export function groupByScope<H extends HotlineLike>(hotlines: readonly H[]): { scope: HotlineScope; items: H[] }[] {
  return HOTLINE_SCOPES.map((scope) => ({ scope, items: hotlines.filter((h) => h.data.scope === scope) })).filter(
    (group) => group.items.length > 0,
  );
}

/**
 * The area a site serves, for `areaServed`: "Ủy ban nhân dân xã Hòa An" serves "xã Hòa An" inside
 * the province. A department (sở, ngành) serves its whole province.
 */
export function servedArea(site: SiteLike): Record<string, unknown> {
  const province = { '@type': 'AdministrativeArea', name: site.province, address: { '@type': 'PostalAddress', addressRegion: site.province, addressCountry: 'VN' } };
  if (site.level !== 'xa') return province;
  const commune = site.name.replace(/^(Ủy ban nhân dân|UBND)\s+/iu, '');
  return { '@type': 'AdministrativeArea', name: commune, containedInPlace: province };
}

export function postalAddress(site: SiteLike): Record<string, unknown> | undefined {
  if (!site.address) return undefined;
  return { '@type': 'PostalAddress', streetAddress: site.address, addressRegion: site.province, addressCountry: 'VN' };
}

/** "24/7" is the only hours text precise enough for machines; other wording stays for people. */
function hoursSpecification(hours: string | undefined): Record<string, unknown> | undefined {
  if (!hours || !/^\s*24\s*\/\s*7\s*$/.test(hours)) return undefined;
  return {
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => `https://schema.org/${d}`),
    opens: '00:00',
    closes: '23:59',
  };
}

export interface OrganizationJsonLdOptions {
  /** Absolute URL of the hotline directory; each contact point links to its card there. */
  directoryUrl: string;
  /** Absolute URL of the home page. */
  homeUrl: string;
  contactType: string;
}

/**
 * GovernmentOrganization with one ContactPoint per local hotline. Contact points need an E.164
 * number, so national short codes (111–115) and national desks are left to their own owners.
 */
export function organizationJsonLd(
  site: SiteLike,
  hotlines: readonly HotlineLike[],
  options: OrganizationJsonLdOptions,
): Record<string, unknown> {
  const area = servedArea(site);
  const contactPoint = hotlines
    .filter((h) => h.data.scope !== 'quoc-gia')
    .flatMap((h) => {
      const phone = parsePhone(h.data.phone, site.areaCode);
      if (!phone || !hasE164(phone)) return [];
      return [
        clean({
          '@type': 'ContactPoint',
          name: h.data.name,
          telephone: phone.e164,
          contactType: options.contactType,
          areaServed: area,
          availableLanguage: 'vi',
          email: h.data.email,
          hoursAvailable: hoursSpecification(h.data.hours),
          url: `${options.directoryUrl}#${h.id}`,
        }),
      ];
    });
  const sitePhone = site.phone ? parsePhone(site.phone, site.areaCode) : undefined;
  return clean({
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    '@id': `${options.homeUrl}#to-chuc`,
    name: site.name,
    alternateName: site.shortName,
    url: options.homeUrl,
    address: postalAddress(site),
    telephone: sitePhone && hasE164(sitePhone) ? sitePhone.e164 : undefined,
    email: site.email,
    areaServed: area,
    parentOrganization: site.parent ? { '@type': 'GovernmentOrganization', name: site.parent } : undefined,
    contactPoint,
  });
}

/** Drop undefined fields so the JSON-LD stays tidy. */
export function clean(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/**
 * The few numbers in the help block on every page: the site's own desk, the other local level's
 * first line (for a commune, the province's 1022), then more local lines up to `max`. National
 * lines stay in the directory: they are one tap away and do not answer local questions.
 */
export function helpHotlines<H extends HotlineLike>(hotlines: readonly H[], site: SiteLike, max = 3): H[] {
  const local = hotlines.filter((h) => h.data.scope !== 'quoc-gia');
  const ownScope: HotlineScope = site.level === 'xa' ? 'xa' : 'tinh';
  const picks: H[] = [];
  const own = local.find((h) => h.data.scope === ownScope);
  const other = local.find((h) => h.data.scope !== ownScope);
  for (const h of [own, other, ...local]) {
    if (h && !picks.includes(h) && picks.length < max) picks.push(h);
  }
  return picks;
}
