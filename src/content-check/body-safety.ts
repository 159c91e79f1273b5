/**
 * Markdown and MDX bodies checked for what must not reach a public page (src/lib/markdown-safety.ts):
 * errors stop `npm run check` and the build; warnings say what the build will remove.
 */
import { editor } from '../i18n/editor.ts';
import { scanBody } from '../lib/markdown-safety.ts';
import type { CheckedEntry } from './check-content.ts';
import type { ContentProblem } from './problems.ts';

const M = editor.check.bodySafety;

export function bodySafetyProblems(entries: readonly CheckedEntry[]): ContentProblem[] {
  return entries.flatMap((entry) => {
    if (entry.body === '') return [];
    // Lines of the file, not of the body: the body starts after the front matter.
    const firstLine = entry.raw.slice(0, entry.raw.length - entry.body.length).split('\n').length - 1;
    return scanBody(entry.body, { mdx: entry.file.endsWith('.mdx') }).map((finding) => ({
      file: entry.file,
      message: M[finding.kind](finding.line + firstLine, finding.found),
      severity: finding.severity,
    }));
  });
}
