/**
 * vCard 3.0 (RFC 2426) for "Lưu vào danh bạ". Android's and iOS's contact importers read UTF-8
 * vCard 3.0 without a CHARSET parameter; they need CRLF line ends and long lines folded, and a fold
 * must never split a multi-byte character (Vietnamese letters take 2–3 bytes), or the importer shows
 * replacement characters.
 */
import { parsePhone } from './phone.ts';
import { hotlines as t } from '../i18n/hotlines.ts';

export interface VCardPhone {
  /** The number to store: E.164 when it has one, else the short code as dialled. */
  value: string;
  /** vCard TEL types, e.g. ['WORK', 'VOICE']. */
  types?: string[];
}

export interface VCardInput {
  /** Shown as the contact's name. */
  name: string;
  organization?: string;
  /** Department inside the organization (second ORG component). */
  organizationUnit?: string;
  phones: VCardPhone[];
  email?: string;
  url?: string;
  note?: string;
  categories?: string[];
}

/** Escape a text value: backslash, comma, semicolon and line breaks have meaning in vCard. */
export function escapeVCardText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

/** Fold a content line at 75 octets, continuing lines with one space, on character boundaries. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  // An escape such as "\," stays on one line: some importers read it before they unfold.
  for (const char of line.match(/\\.|[\s\S]/gu) ?? []) {
    const octets = encoder.encode(char).length;
    // Continuation lines start with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = '';
      currentOctets = 0;
    }
    current += char;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function buildVCard(input: VCardInput): string {
  const name = escapeVCardText(input.name);
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `N:${name};;;;`, `FN:${name}`];
  if (input.organization) {
    const unit = input.organizationUnit ? `;${escapeVCardText(input.organizationUnit)}` : '';
    lines.push(`ORG:${escapeVCardText(input.organization)}${unit}`);
  }
  for (const phone of input.phones) {
    const types = phone.types && phone.types.length > 0 ? `;TYPE=${phone.types.join(',')}` : '';
    lines.push(`TEL${types}:${phone.value.replace(/[^\d+]/g, '')}`);
  }
  if (input.email) lines.push(`EMAIL;TYPE=INTERNET:${input.email}`);
  if (input.url) lines.push(`URL:${input.url}`);
  if (input.categories && input.categories.length > 0) {
    lines.push(`CATEGORIES:${input.categories.map(escapeVCardText).join(',')}`);
  }
  if (input.note) lines.push(`NOTE:${escapeVCardText(input.note)}`);
  lines.push('END:VCARD');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

export interface HotlineContact {
  name: string;
  phone: string;
  hours?: string;
  topics?: string[];
  email?: string;
  zalo?: string;
  web?: string;
}

export interface HotlineVCardContext {
  /** Province area code without 0, for the mobile form of 1022. */
  areaCode: string;
  /** Who runs the line, e.g. "UBND xã Hòa An". */
  organization?: string;
  /** The department that answers, e.g. "Trung tâm Phục vụ hành chính công xã". */
  organizationUnit?: string;
  /** Absolute URL of the hotline's place in the directory. */
  pageUrl: string;
}

/**
 * The number a contact card should hold is the one that works from the phone it is saved on:
 * 1022 only answers from a mobile with the area code, 1800/1900 and 111–115 have no +84 form.
 */
export function hotlineToVCard(hotline: HotlineContact, context: HotlineVCardContext): string {
  const phone = parsePhone(hotline.phone, context.areaCode);
  if (!phone) throw new Error(`${hotline.name}: ${hotline.phone}`);
  let value = phone.digits;
  if (phone.kind === 'landline' || phone.kind === 'mobile') value = phone.e164;
  if (phone.kind === 'switchboard-1022' && phone.mobileTel) value = phone.mobileTel;
  const types = phone.kind === 'mobile' ? ['CELL', 'VOICE'] : ['WORK', 'VOICE'];

  const noteLines: string[] = [];
  if (hotline.hours) noteLines.push(`${t.hours}: ${hotline.hours}`);
  if (hotline.topics && hotline.topics.length > 0) noteLines.push(`${t.topics}: ${hotline.topics.join('; ')}`);
  if (hotline.zalo) noteLines.push(`${t.zalo}: ${parsePhone(hotline.zalo)?.display ?? hotline.zalo}`);
  if (phone.kind === 'switchboard-1022' && phone.mobileDisplay) noteLines.push(t.vcard1022Note(phone.mobileDisplay));

  return buildVCard({
    name: hotline.name,
    organization: context.organization,
    organizationUnit: context.organization ? context.organizationUnit : undefined,
    phones: [{ value, types }],
    email: hotline.email,
    url: hotline.web ?? context.pageUrl,
    categories: [t.title],
    note: noteLines.join('\n') || undefined,
  });
}
