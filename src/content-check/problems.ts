/** A problem found in the content, as the editor must read it: file, field, what was expected. */
export interface ContentProblem {
  /** Path relative to the content folder, e.g. `news/bai-viet.md`. */
  file: string;
  /** Dotted path of the field, e.g. `methods.0.fee`; absent for whole-file problems. */
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.field ? `${problem.file} › trường "${problem.field}"` : problem.file;
  return `${where}: ${problem.message}`;
}

/** Zod paths like ['methods', 0, 'fee'] as "methods[1].fee" — counting from 1, as editors do. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'number' ? `[${key + 1}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
}
