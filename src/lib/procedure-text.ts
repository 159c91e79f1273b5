/**
 * Cleaning the text of procedure records that come from the national procedure database
 * (CSDLQG TTHC, shown on the National Public Service Portal). Used twice, with the same rules:
 * by the importer when it writes `content/procedures/*.md`, and by the procedure pages, which
 * must also present records that were converted by other tools or typed by editors with the
 * portal's habits (list bullets, notes filed as documents, "Không có thông tin", units lost).
 *
 * Pure functions, no Astro: importable from Node scripts with type stripping.
 */
import { procedureText as W } from '../i18n/procedures.ts';

// ---------------------------------------------------------------------------------------------
// Plain text
// ---------------------------------------------------------------------------------------------

/** Zero-width and direction marks that the portal's text carries invisibly (U+200B…U+200F, U+2060, BOM). */
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;

/** NFC, no invisible characters, every run of white space (tabs, non-breaking spaces, new lines) one space. */
export function cleanText(raw: string): string {
  return raw.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/**
 * A list marker at the start of a line: "- ", "+ ", "* ", "• ", "a) ", "1. ", "1) ", "(i) ".
 * Numbered markers need a space after them, so "1.001193" or "40/2029/QH14" are left alone.
 * "(i)", "(ii)"… are the source's sub-step numbering; "a)" a lettered list.
 */
const MARKER = /^(?:[-+*•–·]+\s*|[a-zđ]\)\s+|\d{1,2}[.)]\s+|\((?:[ivx]{1,5}|[a-zđ]|\d{1,2})\)\s+)/iu;

/** Strip list markers (repeatedly: "- + text" → "text") and clean the text. */
export function stripListMarker(raw: string): string {
  let text = cleanText(raw);
  for (let guard = 0; guard < 4; guard += 1) {
    const next = text.replace(MARKER, '').trim();
    if (next === text) break;
    text = next;
  }
  return text;
}

/** Values the source writes when it has nothing to say. */
const PLACEHOLDERS = new Set(['', 'không có thông tin', 'không', 'không có', 'chưa có thông tin', 'đang cập nhật']);

/** True when the text says nothing: empty, "Không có thông tin", "Không", "****", "…", "-". */
export function isPlaceholder(raw: string | undefined | null): boolean {
  if (raw === undefined || raw === null) return true;
  const text = stripListMarker(raw).toLocaleLowerCase('vi').replace(/[.:;]+$/u, '').trim();
  // "Không có thông tinTừ khóaKhông có thông tin…": the crawl glued the portal's empty form labels
  // to the placeholder; a real value never opens with "Không có thông tin".
  return PLACEHOLDERS.has(text) || /^[*.\-_…\s/]+$/u.test(text) || text.startsWith('không có thông tin');
}

/** The cleaned text, or undefined when it is a placeholder: "show this only when it says something". */
export function meaningful(raw: string | undefined | null): string | undefined {
  if (isPlaceholder(raw)) return undefined;
  return stripListMarker(raw as string);
}

// ---------------------------------------------------------------------------------------------
// Dossier: documents to bring and notes about them
// ---------------------------------------------------------------------------------------------

export interface DossierEntry {
  name: string;
  original: number;
  copy: number;
  form?: string;
}

export interface DossierCase<D extends DossierEntry = DossierEntry> {
  name: string;
  documents: D[];
  notes?: string[];
}

/** What a dossier line turns out to be. */
export type DossierKind = 'document' | 'note' | 'empty';

/** Words that open a note or a condition rather than name a paper to bring, whatever the counts say. */
const NOTE_OPENERS = /^\(?\s*(?:trường hợp|trong trường hợp|lưu ý|ghi chú|chú ý)(?![\p{L}\d])/iu;
/** Openers of a remark when the line has no count ("Đối với giấy tờ…:", "Nếu…"). */
const WEAK_OPENERS = /^\(?\s*(?:đối với|nếu|riêng)(?![\p{L}\d])/iu;
/** Sentences that tell the reader or the office what to do, not what to bring. */
const NOTE_VERBS = /(?<![\p{L}\d])(?:thì|không phải|không được|có trách nhiệm|phải được|được sử dụng)(?![\p{L}\d])/u;
/** Longer than this (in words) with no count, a line is a paragraph, not a document name. */
const SENTENCE_WORDS = 30;

/**
 * Document or note? Notes: lines opening with "Trường hợp", "Lưu ý", "Ghi chú", "Đối với" (a
 * condition or remark, even when the source gave it a count), and entries with 0 originals and
 * 0 copies that read as sentences (end with "." or ":", are long, or tell what "thì" happens).
 * A 0/0 entry that is a short name ("Tờ khai đăng ký") stays a document: the source often
 * forgets the counts.
 */
export function classifyDossierLine(entry: Pick<DossierEntry, 'name' | 'original' | 'copy'>): DossierKind {
  const raw = cleanText(entry.name);
  const text = stripListMarker(raw);
  if (isPlaceholder(text)) return 'empty';
  if (NOTE_OPENERS.test(text)) return 'note';
  if (entry.original > 0 || entry.copy > 0) return 'document';
  const words = text.split(' ').length;
  if (/[.:;]$/u.test(text) || words > SENTENCE_WORDS || NOTE_VERBS.test(text) || WEAK_OPENERS.test(text)) return 'note';
  // "+ …" lines are sub-points of the line above; with no count they explain it.
  if (/^\+/u.test(raw)) return 'note';
  return 'document';
}

/** Split a dossier list into the papers to bring (names cleaned) and the notes, both in source order. */
export function splitDossier<D extends DossierEntry>(entries: readonly D[]): { documents: D[]; notes: string[] } {
  const documents: D[] = [];
  const notes: string[] = [];
  for (const entry of entries) {
    const kind = classifyDossierLine(entry);
    if (kind === 'document') documents.push({ ...entry, name: stripListMarker(entry.name) });
    else if (kind === 'note') notes.push(stripListMarker(entry.name));
  }
  return { documents, notes };
}

/** A case name that is a note heading ("* Lưu ý:"): its entries are all notes. */
const NOTE_CASE = /^(?:lưu ý|ghi chú|chú ý)(?![\p{L}\d])/iu;

/** "* Giấy tờ phải nộp:" → "Giấy tờ phải nộp": a heading, without its bullet or colon. */
export function caseHeading(raw: string): string {
  return stripListMarker(raw).replace(/\s*:\s*$/u, '').trim();
}

export interface OrganisedDossier<D extends DossierEntry> {
  /** Papers for every applicant (from `documents`). */
  documents: D[];
  /** Cases that still hold papers to bring, each with its own notes. */
  cases: { name: string; documents: D[]; notes: string[] }[];
  /** Notes for the whole dossier: `notes`, note-only cases ("* Lưu ý:") and notes found among `documents`. */
  notes: string[];
}

/**
 * The dossier as a citizen should read it: documents as a checklist, notes as notes. A case whose
 * name is "Lưu ý" gives its lines to the dossier's notes; a case left with no document keeps its
 * notes under its heading (folded into the dossier notes, headed by the case name).
 */
export function organiseDossier<D extends DossierEntry>(input: {
  documents?: readonly D[];
  cases?: readonly DossierCase<D>[];
  notes?: readonly string[];
}): OrganisedDossier<D> {
  const top = splitDossier(input.documents ?? []);
  const notes = [...(input.notes ?? []).map(meaningful).filter(isText), ...top.notes];
  const cases: OrganisedDossier<D>['cases'] = [];
  for (const group of input.cases ?? []) {
    const name = caseHeading(group.name);
    const split = splitDossier(group.documents);
    const caseNotes = [...(group.notes ?? []).map(meaningful).filter(isText), ...split.notes];
    if (NOTE_CASE.test(name) || split.documents.length === 0) {
      // A heading that is itself a note ("Lưu ý") adds nothing; another heading introduces its notes.
      const lead = NOTE_CASE.test(name) || isPlaceholder(name) ? [] : [`${name}:`];
      notes.push(...(caseNotes.length > 0 ? [...lead, ...caseNotes] : []));
      continue;
    }
    cases.push({ name: isPlaceholder(name) ? W.caseNumber(cases.length + 1) : name, documents: split.documents, notes: caseNotes });
  }
  return { documents: top.documents, cases, notes };
}

const isText = (value: string | undefined): value is string => value !== undefined;

// ---------------------------------------------------------------------------------------------
// Time and fee
// ---------------------------------------------------------------------------------------------

/** Units the portal's API uses (`processingTimeUnit`). */
export type TimeUnit = 'WORKING_DAY' | 'DAY' | 'HOUR' | 'OTHER';

/** A unit word as the crawl wrote it ("Ngày làm việc"), lower-cased as Vietnamese prose writes it. */
const UNIT_WORDS = /^(?:ngày làm việc|ngày|giờ làm việc|giờ|tháng|tuần|năm|phút)$/iu;

/**
 * The processing time to show, or undefined when the record does not say it.
 *
 * A bare number ("1", "120") is what the crawl left when the unit was lost: "1" could be one hour,
 * one working day or one month, and inventing a unit would mislead the citizen about a deadline.
 * So a bare number counts as unknown: the page shows no figure and points to the national portal
 * (and to the method's description when there is one) instead. "0" is the API's "see description".
 */
export function normaliseProcessingTime(raw: string | number | undefined | null): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  const text = stripListMarker(String(raw));
  if (isPlaceholder(text) || /^\d+(?:[.,]\d+)?$/u.test(text)) return undefined;
  const parts = /^(\d+(?:[.,]\d+)?)\s+(.+)$/u.exec(text);
  if (parts && UNIT_WORDS.test(parts[2] as string)) return `${parts[1]} ${(parts[2] as string).toLocaleLowerCase('vi')}`;
  return text;
}

/** The API's number and unit as text: (5, WORKING_DAY) → "5 ngày làm việc"; 0 or OTHER with a bare number → undefined. */
export function processingTimeFromParts(value: string | number | undefined | null, unit: TimeUnit | string | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = cleanText(String(value));
  if (text === '' || text === '0') return undefined;
  const word = W.timeUnits[unit as keyof typeof W.timeUnits];
  if (word && /^\d+(?:[.,]\d+)?$/u.test(text)) return `${text} ${word}`;
  return normaliseProcessingTime(text);
}

/**
 * The fee to show, or undefined when the record says nothing. Amounts are written the Vietnamese
 * way: "500,000 Việt Nam Đồng" / "100,000 VNĐ" → "500.000 đồng". "Không" is kept: in the fee
 * column of the portal it means no fee is charged, which is worth telling.
 */
export function normaliseFee(raw: string | undefined | null): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  const text = stripListMarker(raw);
  if (/^không\.?$/iu.test(text)) return 'Không';
  if (isPlaceholder(text)) return undefined;
  return text.replace(/(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:việt nam đồng|vnđ|vnd|đồng)(?![\p{L}\d])\.?/giu, (_m, amount: string) => `${amount.replace(/[.,]/g, '.')} đồng`);
}

export interface MethodLike<C extends string = string> {
  channel: C;
  processingTime: string;
  fee: string;
  description?: string;
}

export interface MergedMethod<C extends string = string> {
  channels: C[];
  /** Undefined: the record does not say (or lost the unit). */
  processingTime?: string;
  fee?: string;
  descriptions: string[];
}

/**
 * Ways of submitting that share time and fee, as one row: the portal repeats an identical row for
 * each channel (1,173 of the 1,601 real records). Order follows the first appearance.
 */
export function mergeMethods<C extends string>(methods: readonly MethodLike<C>[]): MergedMethod<C>[] {
  const merged = new Map<string, MergedMethod<C>>();
  for (const method of methods) {
    const processingTime = normaliseProcessingTime(method.processingTime);
    const fee = normaliseFee(method.fee);
    const key = `${processingTime ?? ''}\u0000${fee ?? ''}`;
    const row = merged.get(key) ?? { channels: [], processingTime, fee, descriptions: [] };
    if (!row.channels.includes(method.channel)) row.channels.push(method.channel);
    const description = meaningful(method.description);
    if (description && !row.descriptions.includes(description)) row.descriptions.push(description);
    merged.set(key, row);
  }
  return [...merged.values()];
}

/** Clean a list of lines (steps, notes): markers stripped, placeholders and duplicates dropped. */
export function cleanLines(lines: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const line of lines ?? []) {
    const text = meaningful(line);
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}
