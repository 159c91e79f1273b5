/**
 * Guards against YAML alias bombs ("billion laughs"): a few hundred bytes whose aliases expand into
 * billions of values. The checker parses with the `yaml` library, which refuses them (its
 * maxAliasCount). Astro parses front matter and YAML data files with js-yaml, which keeps an alias
 * as a second reference to the same object: harmless until something walks the data as a tree
 * (our NFC pass, Zod), which then copies it out and grows to gigabytes. `expandedSize` counts what
 * such a walk would visit, without walking it: each shared object is measured once.
 */

/** Values a content file may expand to: a 250-document procedure is a few thousand. */
export const MAX_EXPANDED_VALUES = 200_000;

/** Same bound as the checker's `yaml` parse (the library's default maxAliasCount). */
export const MAX_ALIAS_COUNT = 100;

/**
 * How many values (objects, arrays, scalars) `value` holds once every shared reference is copied
 * out, as a tree walk would see it. A cycle counts as unbounded.
 */
export function expandedSize(value: unknown): number {
  const sizes = new Map<object, number>();
  const inProgress = new Set<object>();
  const measure = (node: unknown): number => {
    if (node === null || typeof node !== 'object') return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (inProgress.has(node)) return Number.POSITIVE_INFINITY;
    inProgress.add(node);
    let size = 1;
    for (const child of Array.isArray(node) ? node : Object.values(node)) size += measure(child);
    inProgress.delete(node);
    sizes.set(node, size);
    return size;
  };
  return measure(value);
}

/** True when data parsed from one content file is small enough to validate and store. */
export function withinExpansionLimit(value: unknown, limit = MAX_EXPANDED_VALUES): boolean {
  return expandedSize(value) <= limit;
}

/** Whether an error thrown by the `yaml` library is its alias-bomb refusal. */
export function isAliasBombError(error: unknown): boolean {
  return error instanceof Error && /Excessive alias count/.test(error.message);
}
