/**
 * GovernmentService structured data for a procedure page: who provides it, where, and through which
 * channels (in person, online, by public post), each with its processing time when the text allows.
 */
import type { Channel, OnlineLevel } from '../schemas/vocabulary.ts';
import type { PhoneNumber } from './phone.ts';
import { clean, postalAddress, servedArea, type SiteLike } from './hotline-directory.ts';

/**
 * ISO 8601 duration from the database's wording, or undefined when it is not a plain count.
 * "03 ngày làm việc" → P3D (working days have no ISO form; calendar days are the closest honest
 * reading), "Ngay trong ngày…" → P1D, "trong 04 giờ" → PT4H. The first figure wins: later ones
 * describe exceptions ("… trường hợp cần xác minh thì không quá 10 ngày").
 */
export function processingDuration(text: string): string | undefined {
  const normalized = text.normalize('NFC').toLowerCase();
  if (/^\s*(ngay\s+)?trong\s+ngày/u.test(normalized)) return 'P1D';
  const days = /(\d+)\s*ngày/u.exec(normalized);
  const hours = /(\d+)\s*giờ\s+(làm việc|kể từ)/u.exec(normalized);
  if (days && (!hours || days.index < hours.index)) return `P${Number(days[1])}D`;
  if (hours) return `PT${Number(hours[1])}H`;
  return undefined;
}

export interface ProcedureLike {
  code: string;
  title: string;
  field: string;
  onlineLevel?: OnlineLevel;
  onlineUrl?: string;
  methods?: { channel: Channel; processingTime: string; fee: string }[];
  agency?: string;
  result?: string;
  audience?: string;
}

export interface ProcedureJsonLdOptions {
  pageUrl: string;
  site: SiteLike;
  /** The desk hotline printed on the sheet, offered as every channel's phone. */
  hotline?: { name: string; phone: PhoneNumber };
  channelNames: Record<Channel, string>;
}

export function procedureJsonLd(procedure: ProcedureLike, options: ProcedureJsonLdOptions): Record<string, unknown> {
  const { site, hotline, pageUrl } = options;
  const servicePhone =
    hotline && hotline.phone.e164.startsWith('+')
      ? { '@type': 'ContactPoint', name: hotline.name, telephone: hotline.phone.e164, availableLanguage: 'vi' }
      : undefined;
  const place = clean({ '@type': 'Place', name: procedure.agency, address: postalAddress(site) });
  // An entry whose details are only on the national portal has no methods to describe.
  const availableChannel = (procedure.methods ?? []).map((method) =>
    clean({
      '@type': 'ServiceChannel',
      name: options.channelNames[method.channel],
      description: method.fee,
      processingTime: processingDuration(method.processingTime),
      serviceUrl: method.channel === 'truc-tuyen' && procedure.onlineLevel !== undefined && procedure.onlineLevel !== 'khong' ? procedure.onlineUrl : undefined,
      serviceLocation: method.channel === 'truc-tiep' ? place : undefined,
      servicePostalAddress: method.channel === 'buu-chinh' ? postalAddress(site) : undefined,
      servicePhone,
      availableLanguage: 'vi',
    }),
  );
  return clean({
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    '@id': `${pageUrl}#dich-vu`,
    name: procedure.title,
    identifier: procedure.code,
    serviceType: procedure.field,
    url: pageUrl,
    provider: procedure.agency ? { '@type': 'GovernmentOrganization', name: procedure.agency } : undefined,
    areaServed: servedArea(site),
    audience: procedure.audience ? { '@type': 'Audience', audienceType: procedure.audience } : undefined,
    serviceOutput: procedure.result ? { '@type': 'Thing', name: procedure.result } : undefined,
    availableChannel,
  });
}
