/**
 * The checker's part for bulletins/*.md: the file name must name an issue (`2026-12`), and the
 * file holds only a body (front matter, if any, must be empty). A note for an issue that does not
 * exist yet is not an error: the week may still get its news; the page simply has no issue yet.
 */
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';
import { bulletins as B } from '../i18n/bulletins.ts';
import { errors as E } from '../i18n/errors.ts';
import { parseNoteId } from '../lib/bulletin-issues.ts';
import { deepNFC } from '../lib/vietnamese.ts';
import { bulletinNoteSchema } from '../schemas/bulletin-note.ts';
import type { ContentProblem } from '../content-check/problems.ts';
import { listFiles } from '../content-check/read-files.ts';

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function bulletinNoteProblems(contentDir: string): ContentProblem[] {
  const dir = join(contentDir, 'bulletins');
  const problems: ContentProblem[] = [];
  const error = (file: string, message: string) => problems.push({ file, message, severity: 'error' });
  for (const name of listFiles(dir, ['.md'])) {
    const file = `bulletins/${name}`;
    const id = basename(name, extname(name));
    if (!parseNoteId(id)) error(file, B.errors.noteName(id));
    const match = FRONT_MATTER.exec(readFileSync(join(dir, name), 'utf8'));
    if (!match) continue;
    let data: unknown;
    try {
      data = parse(match[1] ?? '');
    } catch (problem) {
      error(file, E.yamlSyntax((problem as Error).message.split('\n')[0] ?? ''));
      continue;
    }
    const parsed = bulletinNoteSchema().safeParse(deepNFC(data ?? {}));
    if (!parsed.success) for (const issue of parsed.error.issues) error(file, issue.message);
  }
  return problems;
}
