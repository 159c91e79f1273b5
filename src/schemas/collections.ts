/**
 * The content contract (shared/content-model.md) as Zod schemas: the single source of truth for
 * fields. Astro's content collections (src/content.config.ts) and the stand-alone checker
 * (scripts/check.ts) build their schemas from these factories, so both report the same errors.
 *
 * `image` is Astro's `image()` helper inside Astro, and a plain path string in the checker
 * (which then opens the file with sharp itself).
 */
import { z } from 'astro/zod';
import { errors as E } from '../i18n/errors.ts';
import {
  areaCode,
  contentDate,
  count,
  email,
  flag,
  nonEmptyTextList,
  oneOf,
  phone,
  procedureCode,
  score,
  slugId,
  strictObject,
  text,
  textList,
  unitRef,
  url,
  year,
} from './fields.ts';
import {
  CHANNELS,
  CONTEST_FORMATS,
  HOTLINE_SCOPES,
  INDEX_KINDS,
  NATIONAL_FEEDBACK_URL,
  NEWS_CATEGORIES,
  ONLINE_LEVELS,
  PROCEDURE_LEVELS,
  SITE_LEVELS,
} from './vocabulary.ts';
import { DOCUMENT_STATUSES, DOCUMENT_TYPES, fileKindOf, isDocumentNumber } from '../lib/documents.ts';
import { documents as D } from '../i18n/documents.ts';
import { activityList, activityListIssues } from './plan-activities.ts';

export interface SchemaContext<I extends z.ZodType> {
  image: () => I;
  unitIds: readonly string[];
}

export const siteSchema = <I extends z.ZodType>(ctx: Pick<SchemaContext<I>, 'image'>) =>
  strictObject({
    name: text(),
    shortName: text().optional(),
    level: oneOf(SITE_LEVELS),
    parent: text().optional(),
    province: text(),
    areaCode: areaCode(),
    address: text().optional(),
    phone: phone().optional(),
    email: email().optional(),
    url: url().optional(),
    basePath: text().optional(),
    dvcPortal: url().optional(),
    feedbackUrl: url().default(NATIONAL_FEEDBACK_URL),
    logo: ctx.image().optional(),
    logoAlt: text().optional(),
  });

export const unitSchema = () =>
  strictObject({
    id: slugId('van-phong'),
    name: text(),
    shortName: text().optional(),
  });

const withCover = <T extends { cover?: unknown; coverAlt?: unknown }>(data: T, ctx: z.RefinementCtx) => {
  if (data.cover !== undefined && data.coverAlt === undefined) {
    ctx.addIssue({ code: 'custom', path: ['coverAlt'], message: E.coverAltRequired, input: undefined });
  }
};

export const newsSchema = <I extends z.ZodType>(ctx: SchemaContext<I>) =>
  strictObject({
      title: text(),
      date: contentDate(),
      summary: text(),
      unit: unitRef(ctx.unitIds),
      category: oneOf(NEWS_CATEGORIES),
      tags: textList().optional(),
      cover: ctx.image().optional(),
      coverAlt: text().optional(),
      author: text().optional(),
      draft: flag().default(false),
    })
    .superRefine(withCover);

const documentSchema = () =>
  strictObject({
    name: text(),
    original: count(),
    copy: count(),
    form: url().optional(),
  });

const documentList = () => z.array(documentSchema(), { error: (i) => E.expectedList(i.input) }).min(1, { error: E.emptyList });

/** A dossier note ("Lưu ý", "Trường hợp…"): shown as a note, never as a document to bring. */
const noteList = () => textList();

/**
 * Fields a record from the national portal's list export may lack. With `detailsOnPortal: true`
 * the page sends the reader to `portalUrl` instead of showing empty sections.
 */
const DETAIL_FIELDS = ['onlineLevel', 'methods', 'steps', 'agency', 'result'] as const;

export const procedureSchema = () =>
  strictObject({
      code: procedureCode(),
      title: text(),
      field: text(),
      level: z.array(oneOf(PROCEDURE_LEVELS), { error: (i) => E.expectedList(i.input) }).min(1, { error: E.emptyList }),
      onlineLevel: oneOf(ONLINE_LEVELS).optional(),
      onlineUrl: url().optional(),
      portalUrl: url().optional(),
      detailsOnPortal: flag().optional(),
      methods: z
        .array(
          strictObject({
            channel: oneOf(CHANNELS),
            processingTime: text(),
            fee: text(),
            description: text().optional(),
          }),
          { error: (i) => E.expectedList(i.input) },
        )
        .min(1, { error: E.emptyList })
        .optional(),
      documents: documentList().optional(),
      cases: z
        .array(strictObject({ name: text(), documents: documentList(), notes: noteList().optional() }), {
          error: (i) => E.expectedList(i.input),
        })
        .min(1, { error: E.emptyList })
        .optional(),
      notes: noteList().optional(),
      steps: nonEmptyTextList().optional(),
      agency: text().optional(),
      result: text().optional(),
      audience: text().optional(),
      requirements: text().optional(),
      legalBasis: z
        .array(
          strictObject({ code: text(), title: text(), date: contentDate().optional(), issuer: text().optional() }),
          { error: (i) => E.expectedList(i.input) },
        )
        .optional(),
      decision: text().optional(),
      popular: flag().optional(),
      local: textList().optional(),
      updated: contentDate().optional(),
    })
    .superRefine((data, ctx) => {
      if (data.onlineLevel !== undefined && data.onlineLevel !== 'khong' && !data.onlineUrl) {
        ctx.addIssue({ code: 'custom', path: ['onlineUrl'], message: E.onlineUrlRequired, input: undefined });
      }
      if (data.detailsOnPortal) {
        if (!data.portalUrl) {
          ctx.addIssue({ code: 'custom', path: ['portalUrl'], message: E.portalUrlRequired, input: undefined });
        }
        return;
      }
      for (const field of DETAIL_FIELDS) {
        if (data[field] === undefined) {
          ctx.addIssue({ code: 'custom', path: [field], message: E.detailRequired, input: undefined });
        }
      }
      if (!data.documents && !data.cases) {
        ctx.addIssue({ code: 'custom', path: ['documents'], message: E.documentsOrCases, input: undefined });
      }
    });

export const hotlineSchema = (ctx: Pick<SchemaContext<z.ZodType>, 'unitIds'>) =>
  strictObject({
    name: text(),
    phone: phone(),
    scope: oneOf(HOTLINE_SCOPES),
    unit: unitRef(ctx.unitIds).optional(),
    topics: textList().optional(),
    hours: text().optional(),
    email: email().optional(),
    zalo: text().optional(),
    web: url().optional(),
    order: score().optional(),
  });

export const modelSchema = <I extends z.ZodType>(ctx: Pick<SchemaContext<I>, 'image'>) =>
  strictObject({
      title: text(),
      unit: text(),
      year: year(),
      area: oneOf(NEWS_CATEGORIES),
      summary: text(),
      recognition: text().optional(),
      cover: ctx.image().optional(),
      coverAlt: text().optional(),
    })
    .superRefine(withCover);

export const contestResultSchema = () =>
  strictObject({
    prize: text(),
    name: text(),
    unit: text().optional(),
    group: text().optional(),
    score: score().optional(),
  });

export const contestSchema = () =>
  strictObject({
      title: text(),
      organizer: text(),
      startDate: contentDate(),
      endDate: contentDate(),
      summary: text(),
      format: oneOf(CONTEST_FORMATS).optional(),
      participants: strictObject({ officials: count().optional(), citizens: count().optional() }, { error: (i) => E.expectedObject(i.input) })
        .optional(),
      results: z.array(contestResultSchema(), { error: (i) => E.expectedList(i.input) }).optional(),
      resultsFile: text().optional(),
    })
    .superRefine((data, ctx) => {
      if (data.endDate < data.startDate) {
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: E.endBeforeStart, input: data.endDate });
      }
    });

export const indexResultSchema = () =>
  strictObject({
    index: oneOf(INDEX_KINDS),
    year: year(),
    score: score(),
    rank: count().optional(),
    of: count().optional(),
    note: text().optional(),
  });

export const planSchema = (ctx: Pick<SchemaContext<z.ZodType>, 'unitIds'>) =>
  strictObject({
    year: year(),
    targets: z
      .array(
        strictObject({ unit: unitRef(ctx.unitIds), perMonth: count().optional(), perQuarter: count().optional() }),
        { error: (i) => E.expectedList(i.input) },
      )
      .default([]),
    /** The plan's table of activities (src/schemas/plan-activities.ts). */
    activities: activityList(ctx.unitIds).default([]),
  }).superRefine((plan, refine) => {
    for (const issue of activityListIssues(plan.year, plan.activities)) {
      refine.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: undefined });
    }
  });

/**
 * Văn bản (documents/*.md). Named "legal" to keep it apart from a procedure's dossier items
 * above. Whether each attached file exists and opens is checked where the entry's folder is
 * known: the loader (src/content.config.ts) and the checker (src/documents/attachments.ts).
 */
export const legalDocumentSchema = () =>
  strictObject({
      number: text().refine(isDocumentNumber, { error: (issue) => D.errors.expectedNumber(issue.input) }),
      type: oneOf(DOCUMENT_TYPES),
      title: text(),
      issuer: text(),
      signer: text().optional(),
      issued: contentDate(),
      effective: contentDate().optional(),
      status: oneOf(DOCUMENT_STATUSES).default('con-hieu-luc'),
      replacedBy: text().optional(),
      category: oneOf(NEWS_CATEGORIES).optional(),
      files: z
        .array(
          strictObject({
            file: text().refine((path) => fileKindOf(path) !== undefined, { error: (issue) => D.errors.expectedFile(issue.input) }),
            title: text().optional(),
          }),
          { error: (i) => E.expectedList(i.input) },
        )
        .min(1, { error: E.emptyList }),
    })
    .superRefine((data, ctx) => {
      if (data.replacedBy !== undefined && data.status === 'con-hieu-luc') {
        ctx.addIssue({ code: 'custom', path: ['replacedBy'], message: D.errors.replacedByWhileInForce, input: data.replacedBy });
      }
      if (data.effective && data.effective < data.issued) {
        ctx.addIssue({ code: 'custom', path: ['effective'], message: D.errors.effectiveBeforeIssued, input: data.effective });
      }
    });
