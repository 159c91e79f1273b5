/**
 * Markdown and MDX bodies checked for what must not reach a public page (src/lib/markdown-safety.ts):
 * errors stop `npm run check` and the build; warnings say what the build will remove.
 */
import { editor } from '../i18n/editor.ts';
import { scanBody } from '../lib/markdown-safety.ts';
import type { CheckedEntry } from './check-content.ts';
import { noMemo, type Memo } from './check-cache.ts';
import type { ContentProblem } from './problems.ts';

const M = editor.check.bodySafety;

/** `memo` keeps each body's scan between runs (check-cache.ts): it depends on the file's text only. */
export function bodySafetyProblems(entries: readonly CheckedEntry[], memo: Memo = noMemo): ContentProblem[] {
  return entries.flatMap((entry) => {
    if (entry.body === '') return [];
    const findings = memo(entry.file, entry.raw, 'body safety', () => {
      const found = scanBody(entry.body, { mdx: entry.file.endsWith('.mdx') });
      // Most bodies are clean: nothing is kept for them (the cache reads back every object).
      return found.length > 0 ? found : undefined;
    });
    if (!findings) return [];
    // Lines of the file, not of the body: the body starts after the front matter.
    const firstLine = entry.raw.slice(0, entry.raw.length - entry.body.length).split('\n').length - 1;
    return findings.map((finding) => ({
      file: entry.file,
      message: M[finding.kind](finding.line + firstLine, finding.found),
      severity: finding.severity,
    }));
  });
}
