/**
 * One procedure record of the National Public Service Portal (its "get formality" JSON, see
 * ../shared/real-data/dvcqg/SCHEMA.md) as the front matter of `content/procedures/<slug>.md`.
 *
 * Pure: no files. The text rules (markers, placeholders, documents vs notes) are the ones the
 * procedure pages use (src/lib/procedure-text.ts), so a page shows an imported record the way it
 * shows a hand-made one.
 */
import { importer as T } from '../i18n/importer.ts';
import { cleanText, isPlaceholder, meaningful, splitDossier, stripListMarker } from '../lib/procedure-text.ts';
import { PROCEDURE_CODE_PATTERN, type Channel, type OnlineLevel } from '../schemas/vocabulary.ts';
import { parseLegalBases, type LegalBasisEntry } from './legal-basis.ts';
import { ImportError, type PortalRecord } from './sources.ts';

/** The national portal's page of a procedure: its record `id` (a UUID), not the procedure code. */
export const PORTAL_PAGE = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/';
/**
 * Where to send a reader for a procedure known only by its code (list-export rows carry no
 * portal id): the portal's procedure search with the code.
 */
export const PORTAL_SEARCH = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh?keyword=';

/** What the source writes when it has nothing; the pages recognise it and show nothing. */
export const NO_INFORMATION = 'Không có thông tin';

export interface ProcedureDocument {
  name: string;
  original: number;
  copy: number;
}

export interface ProcedureMethod {
  channel: Channel;
  processingTime: string;
  fee: string;
  description?: string;
}

/** Front matter written by the importer (field order = order in the file). */
export interface ImportedProcedure {
  code: string;
  title: string;
  field: string;
  level: ('tinh' | 'xa')[];
  /** Absent for list-export rows: the list does not say (the schema allows that with detailsOnPortal). */
  onlineLevel?: OnlineLevel;
  onlineUrl?: string;
  portalUrl?: string;
  detailsOnPortal?: boolean;
  methods?: ProcedureMethod[];
  documents?: ProcedureDocument[];
  cases?: { name: string; documents: ProcedureDocument[]; notes?: string[] }[];
  notes?: string[];
  steps?: string[];
  agency?: string;
  result?: string;
  audience?: string;
  requirements?: string;
  legalBasis?: LegalBasisEntry[];
  decision?: string;
  updated?: string;
}

export type MappedRecord =
  | { ok: true; code: string; data: ImportedProcedure; notices: string[] }
  | { ok: false; code: string; skipped: string };

const CHANNELS: Record<string, Channel> = { ONLINE: 'truc-tuyen', DIRECT: 'truc-tiep', POSTAL: 'buu-chinh' };

// ---------------------------------------------------------------------------------------------
// Small readers for loosely typed JSON

const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => !!item && typeof item === 'object') : [];
const names = (value: unknown): string[] => list(value).map((item) => str(item.name));
const count = (value: unknown): number => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : 0;
};

/** Text with line breaks as separate lines: each cleaned, markers stripped, placeholders dropped. */
export function textLines(raw: unknown): string[] {
  const out: string[] = [];
  for (const line of str(raw).split(/\r?\n/)) {
    const text = meaningful(line);
    if (!text) continue;
    // A line cut in mid-sentence by the source's hard wrapping ("… kể từ ngày kết\nthúc kiểm tra")
    // starts with a small letter and no list marker: it continues the line above.
    const continues = /^\p{Ll}/u.test(text) && text === cleanText(line) && out.length > 0;
    if (continues) out[out.length - 1] = `${out[out.length - 1]} ${text}`;
    else if (!out.includes(text)) out.push(text);
  }
  return out;
}

/** One-line text, or undefined when it says nothing. */
const oneLine = (raw: unknown): string | undefined => {
  const text = textLines(raw).join(' ');
  return text && !isPlaceholder(text) ? text : undefined;
};

/** Distinct, meaningful values in source order. */
const distinct = (values: readonly (string | undefined)[]): string[] => {
  const out: string[] = [];
  for (const value of values) {
    const text = value === undefined ? undefined : meaningful(value)?.replace(/^[.,;:\s]+|[.,;:\s]+$/gu, '');
    if (text && !out.some((known) => known.toLocaleLowerCase('vi') === text.toLocaleLowerCase('vi'))) out.push(text);
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// Time and fee

/** 1500000 → "1.500.000"; 0.5 → "0,5". */
export function formatNumber(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** "5 ngày làm việc" from (5, WORKING_DAY); undefined when the number is 0/absent or the unit is OTHER. */
export function timeFromParts(value: unknown, unit: unknown): string | undefined {
  const raw = typeof value === 'number' ? String(value) : cleanText(str(value));
  if (raw === '' || isPlaceholder(raw)) return undefined;
  const number = Number(raw.replace(',', '.'));
  if (Number.isFinite(number) && /^\d+(?:[.,]\d+)?$/.test(raw)) {
    const word = T.timeUnits[str(unit)];
    return number > 0 && word ? `${formatNumber(number)} ${word}` : undefined;
  }
  // Text such as "Trong ngày" or "03 ngày làm việc" already says it all.
  return stripListMarker(raw);
}

/** Descriptions that agree that nothing is charged. */
const SAYS_FREE = /^(?:0|không|miễn|free)|miễn (?:phí|lệ phí|thu)|không (?:thu|phải nộp|mất)/iu;

/** The fee of one method: amounts in đồng, "Miễn phí" for 0 when the description agrees. */
export function feeText(fees: unknown): { text: string | undefined; fromDescription: boolean } {
  const parts: string[] = [];
  let fromDescription = false;
  for (const fee of list(fees)) {
    const value = Number(fee.value);
    const description = oneLine(fee.description);
    let part: string;
    if (Number.isFinite(value) && value > 0) {
      const amount = `${formatNumber(value)} ${T.currency}`;
      part = description ? `${amount} (${description})` : amount;
    } else if (!description || SAYS_FREE.test(description)) {
      part = T.free;
    } else {
      part = description;
      fromDescription = true;
    }
    if (!parts.includes(part)) parts.push(part);
  }
  return { text: parts.length > 0 ? parts.join('; ') : undefined, fromDescription };
}

// ---------------------------------------------------------------------------------------------
// Methods

/** "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ": a number first, one sentence, nothing more. */
export function restatesTime(description: string | undefined): boolean {
  if (!description) return true;
  const times = description.match(/\d+(?:[.,]\d+)?\s*(?:ngày|giờ|tháng|tuần|năm)/giu) ?? [];
  return /^\d/u.test(description) && times.length === 1 && description.length <= 120;
}

function mapMethods(record: PortalRecord, code: string, notices: string[]): ProcedureMethod[] {
  const rows = list(record.executionMethods)
    .map((method) => ({
      channel: CHANNELS[str(method.submissionMethod).toUpperCase()],
      time: timeFromParts(method.processingTime, method.processingTimeUnit),
      fee: feeText(method.fees),
      description: oneLine(method.description),
    }))
    .filter((row): row is typeof row & { channel: Channel } => row.channel !== undefined);

  // A description is kept where it tells rows apart (same channel twice with different times,
  // or a channel-specific address). One shared by every row is dropped when it only restates the
  // time ("07 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ") and kept when it explains more ("Trong
  // thời hạn 11 ngày … 05 ngày …"); the pages show a description shared by merged rows once.
  const first = rows[0]?.description;
  const shared = rows.length > 1 && rows.every((row) => row.description === first) && restatesTime(first);
  let timeFromDescription = false;
  let timeMissing = false;
  const methods: ProcedureMethod[] = [];
  for (const row of rows) {
    let processingTime = row.time;
    let description = shared ? undefined : row.description;
    if (!processingTime) {
      // 0 or OTHER: the real time is only in the description.
      if (row.description) {
        processingTime = row.description;
        description = undefined;
        timeFromDescription = true;
      } else {
        processingTime = NO_INFORMATION;
        timeMissing = true;
      }
    }
    if (row.fee.fromDescription && !notices.includes(T.feeFromDescription(code))) notices.push(T.feeFromDescription(code));
    const method: ProcedureMethod = {
      channel: row.channel,
      processingTime,
      fee: row.fee.text ?? NO_INFORMATION,
      ...(description && { description }),
    };
    const same = methods.some(
      (known) =>
        known.channel === method.channel &&
        known.processingTime === method.processingTime &&
        known.fee === method.fee &&
        known.description === method.description,
    );
    if (!same) methods.push(method);
  }
  if (timeFromDescription) notices.push(T.timeFromDescription(code));
  if (timeMissing) notices.push(T.timeMissing(code));
  return methods;
}

// ---------------------------------------------------------------------------------------------
// Dossier

interface Dossier {
  documents?: ProcedureDocument[];
  cases?: { name: string; documents: ProcedureDocument[]; notes?: string[] }[];
  notes: string[];
}

/** "Chứng chỉ hành nghề thú y.." / "… NĐ-CP;" → without the stray punctuation at the end. */
const tidyName = (name: string) => name.replace(/\s*(?:[;,]+|\.{2,})$/u, '');

/**
 * A note the source wrote as one entry with inline bullets ("*Lưu ý: - Trường hợp … - Đối với …"):
 * one note per point, the bare "Lưu ý:" heading dropped (the page labels notes itself).
 */
export function noteLines(note: string): string[] {
  return note
    .split(/\s+[-+•]\s+(?=\p{Lu})/u)
    .map((part) => stripListMarker(part.replace(/^\*?\s*(?:lưu ý|ghi chú|chú ý)\s*:\s*/iu, '')))
    .filter((part) => part !== '' && !isPlaceholder(part));
}

const dedupeDocuments = (documents: ProcedureDocument[]) =>
  documents.filter((doc, i) => documents.findIndex((other) => other.name === doc.name) === i);

function mapDossier(record: PortalRecord): Dossier {
  const groups = list(record.executionCases).map((group) => {
    const entries = list(group.profileComponents).map((component) => ({
      name: str(component.name),
      original: count(component.originalQty),
      copy: count(component.copyQty),
    }));
    const split = splitDossier(entries);
    return {
      name: oneLine(group.name)?.replace(/\s*(?:(?:bao\s+)?gồm|cụ thể)?\s*:\s*$/iu, ''),
      documents: dedupeDocuments(split.documents.map(({ name, original, copy }) => ({ name: tidyName(name), original, copy }))),
      notes: split.notes.flatMap(noteLines),
    };
  });
  // Some records list the dossier at the top level instead of in executionCases.
  if (groups.length === 0 && list(record.profileComponents).length > 0) {
    return mapDossier({ executionCases: [{ name: '', profileComponents: record.profileComponents }] });
  }
  const withDocuments = groups.filter((group) => group.documents.length > 0);
  const notes: string[] = [];
  // A group without documents is a heading over notes ("* Lưu ý:"): its lines join the notes.
  for (const group of groups.filter((g) => g.documents.length === 0)) {
    if (group.name && group.notes.length > 0 && !/^(?:lưu ý|ghi chú|chú ý)/iu.test(group.name)) notes.push(`${group.name}:`);
    notes.push(...group.notes);
  }
  if (withDocuments.length <= 1) {
    // One list of papers for everyone: its heading ("Hồ sơ gồm:") introduces it, nothing more.
    const only = withDocuments[0];
    return { ...(only && { documents: only.documents }), notes: [...(only?.notes ?? []), ...notes] };
  }
  return {
    cases: withDocuments.map((group, i) => ({
      name: group.name ?? `Trường hợp ${i + 1}`,
      documents: group.documents,
      ...(group.notes.length > 0 && { notes: group.notes }),
    })),
    notes,
  };
}

// ---------------------------------------------------------------------------------------------
// Steps, agency, result…

function mapSteps(record: PortalRecord): string[] {
  const steps: string[] = [];
  for (const step of list(record.executionSteps)) {
    const heading = oneLine(step.name);
    if (heading) steps.push(/[:.]$/u.test(heading) ? heading : `${heading}:`);
    for (const line of textLines(step.description)) if (steps.at(-1) !== line) steps.push(line);
  }
  return steps;
}

function mapAgency(record: PortalRecord): string | undefined {
  const executing = distinct([
    ...names(record.unitGroupsExecuting),
    ...names(record.departmentsExecuting),
    ...str(record.executingAgencies).split(/\r?\n|;/),
  ]);
  if (executing.length > 0) return executing.join(', ');
  const fallback = distinct([...str(record.delegatedAgencies).split(/\r?\n|;/), ...names(record.departmentsAuthority)]);
  return fallback.length > 0 ? fallback.join(', ') : undefined;
}

/** Epoch milliseconds → the calendar day in Vietnam (UTC+7, no daylight saving). */
export function vietnamDay(epochMs: unknown): string | undefined {
  const ms = Number(epochMs);
  if (!Number.isFinite(ms) || ms <= 0) return undefined;
  return new Date(ms + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/** The field (lĩnh vực): the record's first category. */
function mapField(record: PortalRecord): string | undefined {
  const category = record.category && typeof record.category === 'object' ? str((record.category as { name?: unknown }).name) : '';
  return distinct([...names(record.categoriesDetails), category])[0];
}

export function recordCode(record: PortalRecord): string {
  return cleanText(str(record.code) || str(record.codeNotation));
}

/** Map one portal record, or say why it is left out (not a province or commune procedure). */
export function mapPortalRecord(record: PortalRecord, where: string): MappedRecord {
  const code = recordCode(record);
  const fail = (message: string): never => {
    throw new ImportError(`${where}: ${message}.`);
  };
  if (!code) fail(T.missingCode);
  if (!PROCEDURE_CODE_PATTERN.test(code)) fail(T.badCode(code));

  const level: ('tinh' | 'xa')[] = [];
  if (record.isProvince === true) level.push('tinh');
  if (record.isWard === true) level.push('xa');
  if (level.length === 0) return { ok: false, code, skipped: T.skippedLevel(where) };

  const notices: string[] = [];
  const title = oneLine(record.name) ?? fail(T.missingTitle);
  const field = mapField(record) ?? fail(T.missingField);
  const id = cleanText(str(record.id));
  const portalUrl = id ? `${PORTAL_PAGE}${encodeURIComponent(id)}` : `${PORTAL_SEARCH}${encodeURIComponent(code)}`;
  const onlineLevel: OnlineLevel = record.isOfflineOnly === true ? 'khong' : record.isFullProcess === true ? 'toan-trinh' : 'mot-phan';
  const dossier = mapDossier(record);
  if (!dossier.documents && !dossier.cases) fail(T.noDocuments);
  const requirements = textLines(record.requirementsAndConditions).join('\n');
  const audience = distinct(names(record.subjectTypesDetails)).join(', ');
  const result = distinct(names(record.resultsDetails)).join('; ') || fail(T.missingResult);
  const agency = mapAgency(record) ?? fail(T.missingAgency);
  const proposal = record.procedureProposal && typeof record.procedureProposal === 'object' ? (record.procedureProposal as PortalRecord) : {};
  const decision = oneLine(record.decisionNo) ?? oneLine(proposal.proposalNumber) ?? oneLine(proposal.decisionNumber);
  const notes = [...dossier.notes, ...textLines(record.note)].filter((note, i, all) => all.indexOf(note) === i);
  const legalBasis = parseLegalBases(record.legalBasisesDetails);
  const updated = vietnamDay(record.updatedAt) ?? vietnamDay(record.createdAt);

  const data: ImportedProcedure = {
    code,
    title,
    field,
    level,
    onlineLevel,
    ...(onlineLevel !== 'khong' && { onlineUrl: portalUrl }),
    portalUrl,
    methods: mapMethods(record, code, notices),
    ...(dossier.documents && { documents: dossier.documents }),
    ...(dossier.cases && { cases: dossier.cases }),
    ...(notes.length > 0 && { notes }),
    steps: mapSteps(record),
    agency,
    result,
    ...(audience && { audience }),
    ...(requirements && !isPlaceholder(requirements) && { requirements }),
    ...(legalBasis.length > 0 && { legalBasis }),
    ...(decision && { decision }),
    ...(updated && { updated }),
  };
  return { ok: true, code, data, notices };
}
