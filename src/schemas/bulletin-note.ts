/**
 * bulletins/<year>-<number>.md: the editor's note of one weekly e-bulletin issue. The note is the
 * body; the content model gives it no fields, so any front matter field is an error (a typo
 * would otherwise vanish silently).
 */
import { z } from 'astro/zod';
import { bulletins as B } from '../i18n/bulletins.ts';

export const bulletinNoteSchema = () =>
  z.strictObject({}, { error: (issue) => (issue.code === 'unrecognized_keys' ? B.errors.noFields(issue.keys) : undefined) });
