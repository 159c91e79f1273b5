/**
 * Checks across the whole documents library, after each entry passed its schema:
 * - two entries with one number is an error (links by number would pick one at random);
 * - `replacedBy` naming a number the library lacks is a warning, not an error: a commune's plan
 *   is often replaced by a province's decision that the commune does not publish. The page then
 *   shows the number without a link.
 */
import { documents as D } from '../i18n/documents.ts';
import { documentNumberKey } from '../lib/documents.ts';
import type { CheckedEntry } from '../content-check/check-content.ts';
import type { ContentProblem } from '../content-check/problems.ts';

export function documentLibraryProblems(entries: readonly CheckedEntry[]): ContentProblem[] {
  const documents = entries.filter((entry) => entry.collection === 'documents' && entry.data);
  const problems: ContentProblem[] = [];
  const byNumber = new Map<string, CheckedEntry>();
  for (const entry of documents) {
    const number = String(entry.data!.number);
    const key = documentNumberKey(number);
    const other = byNumber.get(key);
    if (other) problems.push({ file: entry.file, field: 'number', message: D.errors.duplicateNumber(number, other.file), severity: 'error' });
    else byNumber.set(key, entry);
  }
  for (const entry of documents) {
    const replacedBy = entry.data!.replacedBy;
    if (typeof replacedBy === 'string' && !byNumber.has(documentNumberKey(replacedBy))) {
      problems.push({ file: entry.file, field: 'replacedBy', message: D.errors.replacedByUnknown(replacedBy), severity: 'warning' });
    }
  }
  return problems;
}
