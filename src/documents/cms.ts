/**
 * The documents collection in Sveltia CMS (src/cms/config.ts): the same fields and choices as
 * legalDocumentSchema, Vietnamese labels. Attached files are uploaded beside the entry
 * (`media_folder: ''`), as the content model wants.
 */
import { documents as T } from '../i18n/documents.ts';
import { news as newsText } from '../i18n/news.ts';
import { DOCUMENT_STATUSES, DOCUMENT_TYPES } from '../lib/documents.ts';
import { NEWS_CATEGORIES } from '../schemas/vocabulary.ts';

type Field = Record<string, unknown>;

/**
 * The CMS checks a pattern without the `u` flag, so `\p{Lu}` is out: Vietnamese capitals are
 * spelled out. The checker (src/lib/documents.ts) stays the authority.
 */
const NUMBER_PATTERN_FOR_CMS = String.raw`^\d+[a-z]?(\/(19|20|21)\d{2})?[\/-][A-ZĐ][A-Za-zĐđ0-9]*([-\/.&][A-Za-zĐđ0-9]+)*$`;

const field = (name: string, label: string, widget: string, extra: Field = {}): Field => ({ name, label, widget, ...extra });
const optional = (f: Field): Field => ({ ...f, required: false });
const select = (name: string, label: string, values: readonly string[], labels: Record<string, string>, extra: Field = {}): Field =>
  field(name, label, 'select', { options: values.map((value) => ({ value, label: labels[value] ?? value })), ...extra });
const date = (name: string, label: string): Field => field(name, label, 'datetime', { time_format: false, date_format: 'YYYY-MM-DD' });

export function documentsCmsCollection(root: string): Field {
  const F = T.fields;
  const C = T.cms;
  return {
    name: 'documents',
    label: T.title,
    label_singular: C.singular,
    description: C.description,
    folder: `${root}/documents`,
    create: true,
    media_folder: '',
    public_folder: '',
    identifier_field: 'title',
    summary: '{{number}} – {{title}}',
    sortable_fields: ['issued', 'number', 'title'],
    fields: [
      field('number', F.number, 'string', { hint: C.numberHint, pattern: [NUMBER_PATTERN_FOR_CMS, C.numberPattern] }),
      select('type', F.type, DOCUMENT_TYPES, T.typeNames),
      field('title', F.title, 'text'),
      field('issuer', F.issuer, 'string'),
      optional(field('signer', F.signer, 'string')),
      date('issued', F.issued),
      optional(date('effective', F.effective)),
      optional(select('status', F.status, DOCUMENT_STATUSES, T.statusNames, { default: 'con-hieu-luc' })),
      optional(field('replacedBy', F.replacedBy, 'string', { hint: C.replacedByHint })),
      optional(select('category', F.category, NEWS_CATEGORIES, newsText.categoryNames)),
      field('files', C.files, 'list', {
        min: 1,
        fields: [field('file', C.file, 'file', { hint: C.fileHint }), optional(field('title', C.fileTitle, 'string'))],
      }),
      { name: 'body', label: C.note, widget: 'markdown', required: false },
    ],
  };
}
