/**
 * The CMS (Sveltia) side of the plan tracker: the activity table of plan.yaml, with the same
 * choices as src/schemas/plan-activities.ts.
 */
import { plan as P } from '../i18n/plan.ts';
import { news as newsText } from '../i18n/news.ts';
import { documents as documentText } from '../i18n/documents.ts';
import { ACTIVITY_FORMS, MEASURE_COLLECTIONS } from '../lib/plan-due.ts';
import { DOCUMENT_TYPES } from '../lib/documents.ts';
import { NEWS_CATEGORIES } from '../schemas/vocabulary.ts';
import { SLUG_PATTERN } from '../lib/slug.ts';

type Field = Record<string, unknown>;

const options = (values: readonly string[], labels: Record<string, string>) => values.map((value) => ({ value, label: labels[value] ?? value }));
const optional = (field: Field): Field => ({ ...field, required: false });
const F = P.cms;

/** `unitOptions`: the units of units.yaml as `{ value, label }`. */
export function activityCmsField(unitOptions: readonly { value: string; label: string }[]): Field {
  const unitSelect = (name: string, label: string, extra: Field = {}): Field => ({ name, label, widget: 'select', options: unitOptions, ...extra });
  return {
    name: 'activities',
    label: F.activities,
    label_singular: F.activity,
    widget: 'list',
    required: false,
    summary: '{{fields.title}}',
    fields: [
      { name: 'id', label: F.id, widget: 'string', pattern: [SLUG_PATTERN.source, F.idPattern] },
      { name: 'title', label: F.title, widget: 'string' },
      { name: 'form', label: F.form, widget: 'select', options: options(ACTIVITY_FORMS, P.forms) },
      unitSelect('lead', F.lead),
      optional(unitSelect('partners', F.partners, { multiple: true })),
      optional({ name: 'due', label: F.due, hint: F.dueHint, widget: 'string', pattern: ['^\\d{4}-(\\d{2}(-\\d{2})?|[Qq][1-4])$', F.dueHint] }),
      { name: 'target', label: F.target, widget: 'number', value_type: 'int', min: 1 },
      optional({
        name: 'measure',
        label: F.measure,
        hint: F.measureHint,
        widget: 'object',
        collapsed: true,
        fields: [
          { name: 'collection', label: F.collection, widget: 'select', options: options(MEASURE_COLLECTIONS, F.collections) },
          optional(unitSelect('unit', F.measureUnit)),
          optional({ name: 'category', label: F.category, widget: 'select', options: options(NEWS_CATEGORIES, newsText.categoryNames) }),
          optional({ name: 'type', label: F.type, widget: 'select', options: options(DOCUMENT_TYPES, documentText.typeNames) }),
        ],
      }),
      optional({ name: 'done', label: F.done, hint: F.doneHint, widget: 'number', value_type: 'int', min: 0 }),
      optional({ name: 'note', label: F.note, widget: 'text' }),
      optional({ name: 'link', label: F.link, widget: 'string' }),
    ],
  };
}

