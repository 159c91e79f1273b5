/**
 * bulletins/<year>-<number>.md: the editor's note of one weekly e-bulletin issue. The note is the
 * body; the content model gives it no fields, so any front matter field is an error (a typo
 * would otherwise vanish silently).
 */
import { z } from 'astro/zod';
import { errors as E } from '../i18n/errors.ts';

export const bulletinNoteSchema = () =>
  z.strictObject({}, { error: (issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => E.unknownKey(key)).join('; ') : undefined) });
