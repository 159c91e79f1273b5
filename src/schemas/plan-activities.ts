/**
 * The `activities` table of plan.yaml (content model, "plan.yaml"). Kept apart from
 * collections.ts because its rules are many: every message names the activity (its id; the
 * checker's field path adds the row, e.g. `activities[3].due`) and the field.
 */
import { z } from 'astro/zod';
import { errors as E } from '../i18n/errors.ts';
import { plan as P } from '../i18n/plan.ts';
import { ACTIVITY_FORMS, MEASURE_COLLECTIONS, dueText, parseDue } from '../lib/plan-due.ts';
import { DOCUMENT_TYPES } from '../lib/documents.ts';
import { NEWS_CATEGORIES } from './vocabulary.ts';
import { count, oneOf, slugId, strictObject, text, unitRef } from './fields.ts';

const due = () =>
  z.preprocess(
    dueText,
    z
      .string({ error: (issue) => (issue.input === undefined ? E.required : P.errors.expectedDue(String(issue.input))) })
      .trim()
      .refine((value) => parseDue(value) !== undefined, { error: (issue) => P.errors.expectedDue(String(issue.input)) }),
  );

const target = () =>
  z.number({ error: (issue) => (issue.input === undefined ? E.required : P.errors.expectedTarget(issue.input)) }).int({
    error: (issue) => P.errors.expectedTarget(issue.input),
  }).min(1, { error: (issue) => P.errors.expectedTarget(issue.input) });

/** A full web address or a path inside the site (`/van-ban/…`), which the page puts under the base path. */
const link = () =>
  text().refine((value) => /^https?:\/\/\S+$/.test(value) || /^\/\S*$/.test(value), { error: (issue) => P.errors.expectedLink(issue.input) });

export const measureSchema = (unitIds: readonly string[]) =>
  strictObject(
    {
      collection: oneOf(MEASURE_COLLECTIONS),
      unit: unitRef(unitIds).optional(),
      category: oneOf(NEWS_CATEGORIES).optional(),
      type: oneOf(DOCUMENT_TYPES).optional(),
    },
    { error: (issue) => (issue.code === 'invalid_type' ? E.expectedObject(issue.input) : undefined) },
  );

export const activitySchema = (unitIds: readonly string[]) =>
  strictObject({
    id: slugId('tin-bai-van-phong'),
    title: text(),
    form: oneOf(ACTIVITY_FORMS),
    lead: unitRef(unitIds),
    partners: z.array(unitRef(unitIds), { error: (i) => E.expectedList(i.input) }).optional(),
    due: due().optional(),
    target: target(),
    measure: measureSchema(unitIds).optional(),
    done: count().optional(),
    note: text().optional(),
    link: link().optional(),
  }).superRefine((activity, ctx) => {
    const add = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message, input: undefined });
    if (activity.measure && activity.done !== undefined) add(['done'], P.errors.measureAndDone(activity.id));
    const measure = activity.measure;
    if (!measure) return;
    if (measure.type !== undefined && measure.collection !== 'documents') add(['measure', 'type'], P.errors.typeOnlyDocuments(activity.id));
    if (measure.unit !== undefined && measure.collection !== 'news') add(['measure', 'unit'], P.errors.unitOnlyNews(activity.id));
    if (measure.category !== undefined && measure.collection !== 'news' && measure.collection !== 'documents') {
      add(['measure', 'category'], P.errors.categoryOnly(activity.id));
    }
  });

export type Activity = z.output<ReturnType<typeof activitySchema>>;

/** The list, with ids unique and every deadline inside the plan's year. */
export const activityList = (unitIds: readonly string[]) =>
  z.array(activitySchema(unitIds), { error: (i) => E.expectedList(i.input) });

/** Checks that need the whole plan: called from the plan schema's refinement. */
export function activityListIssues(year: number, activities: readonly Activity[]): { path: PropertyKey[]; message: string }[] {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const seen = new Set<string>();
  activities.forEach((activity, index) => {
    if (seen.has(activity.id)) issues.push({ path: ['activities', index, 'id'], message: P.errors.duplicateActivity(activity.id) });
    seen.add(activity.id);
    const parsed = activity.due === undefined ? undefined : parseDue(activity.due);
    if (parsed && parsed.year !== year) issues.push({ path: ['activities', index, 'due'], message: P.errors.dueOtherYear(activity.id, year) });
  });
  return issues;
}
