/**
 * The file `npm run new` writes: a correctly named Markdown/YAML file whose required fields are
 * all present, filled with today's date, a valid choice, or a visible placeholder that
 * `npm run check` refuses to publish. Comments in the file list the allowed values, so the
 * editor does not need the documentation open.
 */
import { existsSync, readdirSync } from 'node:fs';
import { extname, basename, join } from 'node:path';
import { editor } from '../i18n/editor.ts';
import { news as newsText } from '../i18n/news.ts';
import { uniqueSlug } from '../lib/slug.ts';
import { RESERVED_DOCUMENT_IDS } from '../lib/documents.ts';
import { newDocumentText } from '../documents/new-entry.ts';
import { RESERVED_NEWS_IDS, RESERVED_PROCEDURE_IDS } from '../schemas/vocabulary.ts';

const T = editor.newEntry;

/** The Vietnamese words editors type on the command line, mapped to content folders. */
export const ENTRY_KINDS = {
  'tin-tuc': { folder: 'news', extension: '.md', reserved: RESERVED_NEWS_IDS as readonly string[] },
  'thu-tuc': { folder: 'procedures', extension: '.md', reserved: RESERVED_PROCEDURE_IDS as readonly string[] },
  'duong-day-nong': { folder: 'hotlines', extension: '.yaml', reserved: [] as readonly string[] },
  'mo-hinh': { folder: 'models', extension: '.md', reserved: [] as readonly string[] },
  'cuoc-thi': { folder: 'contests', extension: '.md', reserved: [] as readonly string[] },
  'van-ban': { folder: 'documents', extension: '.md', reserved: RESERVED_DOCUMENT_IDS as readonly string[] },
} as const;
export type EntryKind = keyof typeof ENTRY_KINDS;

export function isEntryKind(value: string): value is EntryKind {
  return Object.hasOwn(ENTRY_KINDS, value);
}

export interface UnitChoice {
  id: string;
  name: string;
}

export interface NewEntryInput {
  kind: EntryKind;
  title: string;
  /** `YYYY-MM-DD` */
  date: string;
  units: readonly UnitChoice[];
  /** Unit that publishes the news; default the first of units.yaml. */
  unit?: string;
  /** The entry's id (file name without extension), when known: a document's PDF is named after it. */
  id?: string;
}

/** Ids already used in a content folder, whatever the extension (a.md and a.mdx collide). */
export function takenIds(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => basename(entry.name, extname(entry.name)));
}

export function entryFileName(kind: EntryKind, title: string, taken: readonly string[]): string {
  const { extension, reserved } = ENTRY_KINDS[kind];
  return `${uniqueSlug(title, [...taken, ...reserved])}${extension}`;
}

/** A YAML double-quoted string (JSON's escapes are valid YAML). */
const q = (text: string) => JSON.stringify(text);
const fill = (what: string) => q(T.fill(what));

function choiceComment(label: string, choices: readonly { id: string; name: string }[]): string {
  return [`# ${label}:`, ...choices.map((choice) => `#   ${choice.id} = ${choice.name}`)].join('\n');
}

const categories = () =>
  Object.entries(newsText.categoryNames).map(([id, name]) => ({ id, name }));

export function newEntryText(input: NewEntryInput): string {
  const title = input.title.normalize('NFC').trim();
  const year = Number(input.date.slice(0, 4));
  switch (input.kind) {
    case 'tin-tuc':
      return [
        '---',
        `title: ${q(title)}`,
        `# ${T.dateComment}`,
        `date: ${input.date}`,
        `summary: ${fill(T.summary)}`,
        choiceComment(T.unitComment, input.units),
        `unit: ${input.unit ?? input.units[0]?.id ?? q(T.fill('mã đơn vị trong units.yaml'))}`,
        choiceComment(T.categoryComment, categories()),
        'category: chi-dao-dieu-hanh',
        `# ${T.draftComment}`,
        'draft: true',
        '---',
        '',
        T.fill(T.body),
        '',
      ].join('\n');
    case 'thu-tuc': {
      const P = T.procedure;
      return [
        '---',
        `code: "1.000000" # ${T.fill(P.code)}`,
        `title: ${q(title)}`,
        `field: ${fill(P.field)}`,
        `# ${P.levelComment}`,
        'level: [xa]',
        `# ${P.onlineComment}`,
        'onlineLevel: khong',
        'methods:',
        `  # ${P.channelComment}`,
        '  - channel: truc-tiep',
        `    processingTime: ${fill(P.processingTime)}`,
        `    fee: ${fill(P.fee)}`,
        'documents:',
        `  - name: ${fill(P.document)}`,
        '    original: 1',
        '    copy: 0',
        'steps:',
        `  - ${fill(P.step)}`,
        `agency: ${fill(P.agency)}`,
        `result: ${fill(P.result)}`,
        '---',
        '',
        T.fill(P.body),
        '',
      ].join('\n');
    }
    case 'duong-day-nong': {
      const H = T.hotline;
      return [
        `name: ${q(title)}`,
        `phone: ${fill(H.phone)}`,
        `# ${H.scopeComment}`,
        'scope: xa',
        ...(input.units.length > 0 ? [choiceComment(T.unitComment, input.units), `unit: ${input.unit ?? input.units[0]?.id}`] : []),
        `hours: ${q(H.hours)}`,
        '',
      ].join('\n');
    }
    case 'mo-hinh': {
      const M = T.model;
      return [
        '---',
        `title: ${q(title)}`,
        `unit: ${fill(M.unit)}`,
        `year: ${year}`,
        choiceComment(M.areaComment, categories()),
        'area: cai-cach-tthc',
        `summary: ${fill(T.summary)}`,
        '---',
        '',
        T.fill(M.body),
        '',
      ].join('\n');
    }
    case 'cuoc-thi': {
      const C = T.contest;
      return [
        '---',
        `title: ${q(title)}`,
        `organizer: ${fill(C.organizer)}`,
        `startDate: ${input.date}`,
        `# ${C.endComment}`,
        `endDate: ${input.date}`,
        `summary: ${fill(C.summary)}`,
        '---',
        '',
        T.fill(C.body),
        '',
      ].join('\n');
    }
    case 'van-ban':
      return newDocumentText(title, input.date, input.id ?? uniqueSlug(title, []));
  }
}

export interface CreatedEntry {
  /** Path relative to the content folder, e.g. `news/tieu-de.md`. */
  file: string;
  text: string;
}

/** Decide the file name and its text; the caller writes it (so tests need no disk writes). */
export function planNewEntry(contentDir: string, input: NewEntryInput): CreatedEntry {
  const { folder } = ENTRY_KINDS[input.kind];
  const name = entryFileName(input.kind, input.title, takenIds(join(contentDir, folder)));
  return { file: `${folder}/${name}`, text: newEntryText({ ...input, id: basename(name, extname(name)) }) };
}
