/**
 * Sveltia CMS configuration generated from the content model: the same collections, required
 * fields and choices as src/schemas, with Vietnamese labels. Generated at each `npm run cms`
 * so that the unit list (units.yaml) and a moved CONTENT_DIR are always current.
 */
import { editor } from '../i18n/editor.ts';
import { news as newsText } from '../i18n/news.ts';
import { procedures as procedureText } from '../i18n/procedures.ts';
import { hotlines as hotlineText } from '../i18n/hotlines.ts';
import { contests as contestText } from '../i18n/contests.ts';
import { indices as indexText } from '../i18n/indices.ts';
import {
  CHANNELS,
  CONTEST_FORMATS,
  HOTLINE_SCOPES,
  INDEX_KINDS,
  NEWS_CATEGORIES,
  ONLINE_LEVELS,
  PROCEDURE_CODE_PATTERN,
  PROCEDURE_LEVELS,
  SITE_LEVELS,
} from '../schemas/vocabulary.ts';
import { SLUG_PATTERN } from '../lib/slug.ts';
import { activityCmsField } from '../plan/cms.ts';
import { documentsCmsCollection } from '../documents/cms.ts';

const L = editor.cms.fields;
const H = editor.cms.hints;

type Field = Record<string, unknown>;

export interface CmsConfigInput {
  /** Content folder relative to the repository root, POSIX separators (`content`). */
  contentPath: string;
  units: readonly { id: string; name: string }[];
  siteName: string;
  /** Where `astro dev` shows the preview, e.g. `http://localhost:4321/`. */
  previewUrl?: string;
  /**
   * `local`: a Git backend, used through "Work with Local Repository" (File System Access API);
   * nothing is sent anywhere. `test`: Sveltia's in-browser test backend, for automated tests.
   */
  backend?: 'local' | 'test';
}

const optional = (field: Field): Field => ({ ...field, required: false });
const string = (name: string, label: string, extra: Field = {}): Field => ({ name, label, widget: 'string', ...extra });
const text = (name: string, label: string, extra: Field = {}): Field => ({ name, label, widget: 'text', ...extra });
const date = (name: string, label: string, extra: Field = {}): Field => ({
  name,
  label,
  widget: 'datetime',
  time_format: false,
  date_format: 'YYYY-MM-DD',
  ...extra,
});
const count = (name: string, label: string, extra: Field = {}): Field => ({ name, label, widget: 'number', value_type: 'int', min: 0, ...extra });
const select = (name: string, label: string, values: readonly string[], labels: Record<string, string>, extra: Field = {}): Field => ({
  name,
  label,
  widget: 'select',
  options: values.map((value) => ({ value, label: labels[value] ?? value })),
  ...extra,
});
const stringList = (name: string, label: string, itemLabel: string, extra: Field = {}): Field => ({
  name,
  label,
  widget: 'list',
  field: { name: 'item', label: itemLabel, widget: 'string' },
  ...extra,
});
const objectList = (name: string, label: string, fields: Field[], extra: Field = {}): Field => ({ name, label, widget: 'list', fields, ...extra });
const body = (): Field => ({ name: 'body', label: L.body, widget: 'markdown', required: false });
/** Regular expressions travel as strings; the `u` flag is not needed for these ASCII patterns. */
const pattern = (regex: RegExp, message: string) => [regex.source, message];

const categories = () => select('category', L.category, NEWS_CATEGORIES, newsText.categoryNames);

const documentFields = (): Field[] => [
  string('name', L.documentName),
  count('original', L.original, { default: 1 }),
  count('copy', L.copy, { default: 0 }),
  optional(string('form', L.form)),
];

export function cmsConfig(input: CmsConfigInput): Record<string, unknown> {
  const c = editor.cms.collections;
  const root = input.contentPath.replace(/\/+$/, '');
  const unitOptions = Object.fromEntries(input.units.map((unit) => [unit.id, unit.name]));
  const unitIds = input.units.map((unit) => unit.id);
  const unitSelect = (name: string, label: string) => select(name, label, unitIds, unitOptions);

  const folderCollection = (
    name: keyof typeof c,
    folder: string,
    fields: Field[],
    extra: Field = {},
  ): Field => ({
    name,
    label: c[name][0],
    label_singular: c[name][1],
    description: c[name][2],
    folder: `${root}/${folder}`,
    create: true,
    // Images sit beside the articles (`images/…`), as the content model and `npm run new` expect.
    media_folder: 'images',
    public_folder: 'images',
    fields,
    ...extra,
  });

  const collections: Field[] = [
    folderCollection(
      'news',
      'news',
      [
        string('title', L.title),
        date('date', L.date, { default: '{{now}}', hint: H.date }),
        text('summary', L.summary),
        unitSelect('unit', L.unit),
        categories(),
        optional(stringList('tags', L.tags, L.tags)),
        optional({ name: 'cover', label: L.cover, widget: 'image' }),
        optional(string('coverAlt', L.coverAlt, { hint: H.coverAlt })),
        optional(string('author', L.author)),
        { name: 'draft', label: L.draft, widget: 'boolean', default: true, required: false, hint: H.draft },
        body(),
      ],
      { sortable_fields: ['date', 'title', 'unit'], summary: '{{title}} ({{date}})' },
    ),
    folderCollection('procedures', 'procedures', [
      string('code', L.code, { hint: H.code, pattern: pattern(PROCEDURE_CODE_PATTERN, editor.cms.codePattern) }),
      string('title', L.procedureTitle),
      string('field', L.field),
      select('level', L.level, PROCEDURE_LEVELS, procedureText.levels, { multiple: true, min: 1 }),
      select('onlineLevel', L.onlineLevel, ONLINE_LEVELS, procedureText.onlineLevels),
      optional(string('onlineUrl', L.onlineUrl, { hint: H.onlineUrl })),
      objectList('methods', L.methods, [
        select('channel', L.channel, CHANNELS, procedureText.channels),
        string('processingTime', L.processingTime),
        string('fee', L.fee),
        optional(text('description', L.description)),
      ], { min: 1 }),
      optional(objectList('documents', L.documents, documentFields())),
      optional(objectList('cases', L.cases, [string('name', L.caseName), objectList('documents', L.documents, documentFields(), { min: 1 })])),
      stringList('steps', L.steps, L.step, { min: 1 }),
      text('agency', L.agency),
      text('result', L.result),
      optional(text('audience', L.audience)),
      optional(text('requirements', L.requirements)),
      optional(objectList('legalBasis', L.legalBasis, [
        string('code', L.legalCode),
        text('title', L.legalTitle),
        optional(date('date', L.legalDate)),
        optional(string('issuer', L.issuer)),
      ])),
      optional(string('decision', L.decision)),
      body(),
    ]),
    folderCollection(
      'hotlines',
      'hotlines',
      [
        string('name', L.name),
        string('phone', L.phone, { hint: H.phone }),
        select('scope', L.scope, HOTLINE_SCOPES, hotlineText.scopes),
        optional(unitSelect('unit', L.unit)),
        optional(stringList('topics', L.topics, L.topic)),
        optional(string('hours', L.hours)),
        optional(string('email', L.email)),
        optional(string('zalo', L.zalo)),
        optional(string('web', L.web)),
        optional(count('order', L.order)),
      ],
      { extension: 'yaml', format: 'yaml', identifier_field: 'name' },
    ),
    folderCollection('models', 'models', [
      string('title', L.title),
      string('unit', L.modelUnit),
      count('year', L.year, { min: 1900, max: 2200 }),
      select('area', L.area, NEWS_CATEGORIES, newsText.categoryNames),
      text('summary', L.summary),
      optional(string('recognition', L.recognition)),
      optional({ name: 'cover', label: L.cover, widget: 'image' }),
      optional(string('coverAlt', L.coverAlt, { hint: H.coverAlt })),
      body(),
    ]),
    folderCollection('contests', 'contests', [
      string('title', L.title),
      string('organizer', L.organizer),
      date('startDate', L.startDate),
      date('endDate', L.endDate),
      text('summary', L.summary),
      optional(select('format', L.format, CONTEST_FORMATS, contestText.formats)),
      optional({ name: 'participants', label: L.participants, widget: 'object', fields: [optional(count('officials', L.officials)), optional(count('citizens', L.citizens))] }),
      optional(objectList('results', L.results, [
        string('prize', L.prize),
        string('name', L.name),
        optional(string('unit', L.modelUnit)),
        optional(string('group', L.group)),
        optional({ name: 'score', label: L.score, widget: 'number', value_type: 'float' }),
      ])),
      optional(string('resultsFile', L.resultsFile)),
      body(),
    ]),
    documentsCmsCollection(root),
    {
      name: 'settings',
      label: c.settings[0],
      label_singular: c.settings[1],
      description: c.settings[2],
      files: [
        {
          name: 'site',
          label: editor.cms.files.site,
          file: `${root}/site.yaml`,
          fields: [
            string('name', L.siteName),
            optional(string('shortName', L.shortName)),
            select('level', L.siteLevel, SITE_LEVELS, editor.cms.siteLevels),
            optional(string('parent', L.parent)),
            string('province', L.province),
            string('areaCode', L.areaCode, { pattern: ['^2\\d{1,2}$', editor.cms.areaCodePattern] }),
            optional(string('address', L.address)),
            optional(string('phone', L.phone, { hint: H.phone })),
            optional(string('email', L.email)),
            optional(string('url', L.url)),
            optional(string('basePath', L.basePath)),
            optional(string('dvcPortal', L.dvcPortal)),
            optional(string('feedbackUrl', L.feedbackUrl)),
            optional({ name: 'logo', label: L.logo, widget: 'image' }),
            optional(string('logoAlt', L.logoAlt)),
          ],
        },
        {
          name: 'units',
          label: editor.cms.files.units,
          file: `${root}/units.yaml`,
          fields: [
            objectList('units', L.units, [
              string('id', L.id, { pattern: pattern(SLUG_PATTERN, editor.cms.slugPattern) }),
              string('name', L.name),
              optional(string('shortName', L.shortName)),
            ], { root: true }),
          ],
        },
        {
          name: 'plan',
          label: editor.cms.files.plan,
          file: `${root}/plan.yaml`,
          fields: [
            count('year', L.year, { min: 1900, max: 2200 }),
            objectList('targets', L.targets, [
              unitSelect('unit', L.unit),
              optional(count('perMonth', L.perMonth)),
              optional(count('perQuarter', L.perQuarter)),
            ]),
            activityCmsField(input.units.map((unit) => ({ value: unit.id, label: unit.name }))),
          ],
        },
        {
          name: 'indices',
          label: editor.cms.files.indices,
          file: `${root}/indices.yaml`,
          fields: [
            objectList('indices', L.indices, [
              select('index', L.index, INDEX_KINDS, indexText.shortNames),
              count('year', L.year, { min: 1900, max: 2200 }),
              { name: 'score', label: L.score, widget: 'number', value_type: 'float' },
              optional(count('rank', L.rank)),
              optional(count('of', L.of)),
              optional(string('note', L.note)),
            ], { root: true }),
          ],
        },
      ],
    },
  ];

  return {
    backend:
      input.backend === 'test'
        ? { name: 'test-repo' }
        : // Only the local folder is used; the repository name is a placeholder Sveltia requires.
          { name: 'github', repo: 'ban-bien-tap/trang-cchc', branch: 'main' },
    app_title: editor.cms.appTitle(input.siteName),
    ...(input.previewUrl && { site_url: input.previewUrl, display_url: input.previewUrl }),
    // Sveltia requires a global media folder; each collection overrides it with its own images/.
    media_folder: `${root}/images`,
    public_folder: '/images',
    // File names are the URL slugs: ASCII, no diacritics (đ → d), words joined by "-".
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}
