/**
 * The records of the public JSON API (/api/hotlines.json, /api/procedures.json): what an e-portal
 * or a Zalo mini app needs to show a hotline or a procedure without scraping pages. Field names
 * follow the content model; dates are calendar days and every link is absolute.
 */
import { parsePhone } from './phone.ts';
import { toIsoDay } from './dates.ts';

/** Bumped when a field is renamed or removed, so a portal's import can check what it reads. */
export const API_VERSION = 1;

export interface HotlineInput {
  name: string;
  phone: string;
  scope: string;
  unit?: string;
  topics?: string[];
  hours?: string;
  email?: string;
  zalo?: string;
  web?: string;
}

export function hotlineRecord(
  id: string,
  data: HotlineInput,
  context: { areaCode: string; pageUrl: string; unitName?: string; scopeLabel: string },
) {
  const parsed = parsePhone(data.phone, context.areaCode);
  return {
    id,
    name: data.name,
    phone: parsed?.display ?? data.phone,
    tel: parsed ? `tel:${parsed.tel}` : undefined,
    e164: parsed?.e164,
    // 1022 and other switchboard numbers need the area code when dialled from a mobile.
    mobilePhone: parsed?.mobileDisplay,
    mobileTel: parsed?.mobileTel ? `tel:${parsed.mobileTel}` : undefined,
    scope: data.scope,
    scopeLabel: context.scopeLabel,
    unit: data.unit ? { id: data.unit, name: context.unitName ?? data.unit } : undefined,
    topics: data.topics ?? [],
    hours: data.hours,
    email: data.email,
    zalo: data.zalo,
    web: data.web,
    url: `${context.pageUrl}#${id}`,
  };
}

export interface ProcedureInput {
  code: string;
  title: string;
  field: string;
  level: string[];
  /** Absent for list-export entries (detailsOnPortal): the list does not say. */
  onlineLevel?: string;
  onlineUrl?: string;
  portalUrl?: string;
  detailsOnPortal?: boolean;
  methods?: { channel: string; processingTime: string; fee: string; description?: string }[];
  documents?: { name: string; original: number; copy: number; form?: string }[];
  cases?: { name: string; documents: { name: string; original: number; copy: number; form?: string }[]; notes?: string[] }[];
  notes?: string[];
  steps?: string[];
  agency?: string;
  result?: string;
  audience?: string;
  requirements?: string;
  legalBasis?: { code: string; title: string; date?: Date; issuer?: string }[];
  decision?: string;
}

export function procedureRecord(id: string, data: ProcedureInput, context: { url: string; fieldUrl: string }) {
  return {
    id,
    code: data.code,
    title: data.title,
    field: data.field,
    fieldUrl: context.fieldUrl,
    level: data.level,
    onlineLevel: data.onlineLevel,
    onlineUrl: data.onlineUrl,
    portalUrl: data.portalUrl,
    detailsOnPortal: data.detailsOnPortal,
    methods: data.methods,
    documents: data.documents,
    cases: data.cases,
    notes: data.notes,
    steps: data.steps,
    agency: data.agency,
    result: data.result,
    audience: data.audience,
    requirements: data.requirements,
    legalBasis: data.legalBasis?.map((basis) => ({ ...basis, date: basis.date ? toIsoDay(basis.date) : undefined })),
    decision: data.decision,
    url: context.url,
  };
}

/** One JSON document: who publishes it, when it was built, and the records. */
export function apiDocument<T>(key: string, records: T[], meta: { publisher: string; home: string; day: string }): string {
  return `${JSON.stringify({ version: API_VERSION, publisher: meta.publisher, home: meta.home, updated: meta.day, count: records.length, [key]: records }, null, 2)}\n`;
}
