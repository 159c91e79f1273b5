/**
 * Field builders shared by every collection schema. Each carries its Vietnamese error message,
 * so the same words reach the editor from `npm run check`, `npm run build` and `astro dev`.
 */
import { z } from 'astro/zod';
import { errors as E } from '../i18n/errors.ts';
import { parseContentDate } from '../lib/dates.ts';
import { parsePhone } from '../lib/phone.ts';
import { PROCEDURE_CODE_PATTERN } from './vocabulary.ts';
import { SLUG_PATTERN, slugify } from '../lib/slug.ts';
import { nearestName } from '../lib/nearest-name.ts';

const typeError = (describe: (got: unknown) => string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? E.required : describe(issue.input);

/** YAML reads `title: 2025` as a number; a number is a fine title. */
const numberToString = (value: unknown) => (typeof value === 'number' ? String(value) : value);

export const text = () =>
  z.preprocess(numberToString, z.string({ error: typeError(E.expectedText) }).trim().min(1, { error: E.emptyText }));

export const textList = () =>
  z.array(text(), { error: typeError(E.expectedList) });

export const nonEmptyTextList = () => textList().min(1, { error: E.emptyList });

export const count = () =>
  z.number({ error: typeError(E.expectedInteger) }).int({ error: (i) => E.expectedInteger(i.input) }).min(0, {
    error: (i) => E.expectedInteger(i.input),
  });

export const score = () => z.number({ error: typeError(E.expectedNumber) });

export const year = () =>
  z.number({ error: typeError(E.expectedYear) }).int({ error: (i) => E.expectedYear(i.input) }).min(1900, {
    error: (i) => E.expectedYear(i.input),
  }).max(2200, { error: (i) => E.expectedYear(i.input) });

export const flag = () => z.boolean({ error: typeError(E.expectedBoolean) });

export const url = () => z.url({ error: typeError(E.expectedUrl), protocol: /^https?$/ });

export const email = () => z.email({ error: typeError(E.expectedEmail) });

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? E.required : E.expectedOneOf(values, issue.input)) });

/** A calendar date `YYYY-MM-DD` (or an ISO date-time). YAML may already have made it a Date. */
export const contentDate = () =>
  z.unknown().transform((value, ctx) => {
    if (value === undefined || value === null || value === '') {
      ctx.issues.push({ code: 'custom', message: E.required, input: value });
      return z.NEVER;
    }
    const date = parseContentDate(value);
    if (!date) {
      ctx.issues.push({ code: 'custom', message: E.expectedDate(value), input: value });
      return z.NEVER;
    }
    return date;
  });

/** An id from units.yaml. */
export const unitRef = (unitIds: readonly string[]) =>
  text().refine((id) => unitIds.includes(id), { error: (issue) => E.unknownUnit(issue.input, unitIds) });

/**
 * Mã thủ tục. Unquoted in YAML, `1.000490` becomes the number 1.00049: the code always has
 * six decimals, so writing the number back with six decimals restores it exactly.
 */
export const procedureCode = () =>
  z.preprocess(
    (value) => (typeof value === 'number' ? value.toFixed(6) : value),
    z.string({ error: typeError(E.expectedProcedureCode) }).trim().regex(PROCEDURE_CODE_PATTERN, {
      error: (issue) => E.expectedProcedureCode(issue.input),
    }),
  );

/** A phone number that fits the Vietnamese rules (see src/lib/phone.ts), kept as written. */
export const phone = () =>
  z.preprocess(
    numberToString,
    z.string({ error: typeError(E.expectedPhone) }).trim().refine((value) => parsePhone(value) !== undefined, {
      error: (issue) => E.expectedPhone(issue.input),
    }),
  );

/** Landline area code without the leading 0; all of them start with 2 ("24", "28", "292"). */
export const areaCode = () =>
  z.preprocess(
    numberToString,
    z.string({ error: typeError(E.expectedAreaCode) }).trim().regex(/^2\d{1,2}$/, {
      error: (issue) => E.expectedAreaCode(issue.input),
    }),
  );

/** An id that becomes part of a URL: ASCII slug only. */
export const slugId = (example: string) =>
  z.string({ error: typeError(E.expectedText) }).trim().regex(SLUG_PATTERN, {
    error: (issue) => E.notSlug(String(issue.input), slugify(String(issue.input)), example),
  });

type IssueMessage = (issue: z.core.$ZodRawIssue) => string | undefined;

/**
 * Every object of the content model is strict: a field the model does not know is an error, not
 * silently dropped. `drfat: true` would otherwise publish the draft. The message names the field and
 * the known one it is closest to ("có phải là "draft"?"). `error` words the other issues (e.g. a
 * value that is not an object at all).
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T, params: { error?: IssueMessage } = {}) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? E.unknownFields(issue.keys.map((key) => [key, nearestName(key, known)] as const), known)
        : params.error?.(issue),
  });
}
