/**
 * Re-import without losing an editor's work. A source owns some fields of a procedure file and
 * nothing else: a field it owns is replaced (or removed when the source no longer has it), every
 * other field stays as the editor left it (`popular`, fields added by hand), and so does every
 * field named in the file's `local` list, even one the source owns. The Markdown body is never
 * touched (see plan.ts).
 */
import type { ImportedProcedure } from './portal-record.ts';

/** Fields a portal detail record owns: everything it describes. */
export const PORTAL_FIELDS = [
  'code',
  'title',
  'field',
  'level',
  'onlineLevel',
  'onlineUrl',
  'portalUrl',
  'detailsOnPortal',
  'methods',
  'documents',
  'cases',
  'notes',
  'steps',
  'agency',
  'result',
  'audience',
  'requirements',
  'legalBasis',
  'decision',
  'updated',
] as const;

/** A list-export row over a file it made (or a new one): the few facts the export has. */
export const LIST_FIELDS_SUMMARY = ['code', 'title', 'field', 'level', 'portalUrl', 'detailsOnPortal', 'agency'] as const;
/** A list-export row over a file with full details (from a portal record or typed by hand): title and field only. */
export const LIST_FIELDS_OVER_DETAILS = ['title', 'field'] as const;

/** Order of the fields in a written file: the content model's order; unknown fields keep theirs, after. */
export const FIELD_ORDER = [
  'code',
  'title',
  'field',
  'level',
  'onlineLevel',
  'onlineUrl',
  'portalUrl',
  'detailsOnPortal',
  'popular',
  'methods',
  'documents',
  'cases',
  'notes',
  'steps',
  'agency',
  'result',
  'audience',
  'requirements',
  'legalBasis',
  'decision',
  'updated',
  'local',
];

export type FrontMatter = Record<string, unknown>;

export interface MergeResult {
  data: FrontMatter;
  /** Fields whose value differs from the file's (empty: nothing to write). */
  changed: string[];
  /** Owned fields the source would have changed but the editor marked as local. */
  keptLocal: string[];
}

/** The `local` list of a file: field names the editor changed by hand. */
export function localFields(data: FrontMatter | undefined): string[] {
  const local = data?.local;
  return Array.isArray(local) ? local.filter((item): item is string => typeof item === 'string').map((s) => s.trim()) : [];
}

/** A value as comparable text: `code` read by YAML as a number, dates, key order and NFC do not count as changes. */
export function comparable(key: string, value: unknown): string {
  const normal = (item: unknown): unknown => {
    if (item instanceof Date) return item.toISOString().slice(0, 10);
    if (typeof item === 'string') return item.normalize('NFC');
    if (Array.isArray(item)) return item.map(normal);
    if (item && typeof item === 'object') {
      return Object.fromEntries(
        Object.keys(item)
          .sort()
          .map((k) => [k, normal((item as Record<string, unknown>)[k])]),
      );
    }
    return item;
  };
  if (key === 'code' && typeof value === 'number') return JSON.stringify(value.toFixed(6));
  return JSON.stringify(normal(value)) ?? 'undefined';
}

function ordered(data: FrontMatter, previousOrder: readonly string[]): FrontMatter {
  const keys = Object.keys(data);
  const known = FIELD_ORDER.filter((key) => keys.includes(key));
  const others = [...previousOrder.filter((key) => keys.includes(key) && !FIELD_ORDER.includes(key)), ...keys.filter((key) => !FIELD_ORDER.includes(key) && !previousOrder.includes(key))];
  return Object.fromEntries([...known, ...others].map((key) => [key, data[key]]));
}

/**
 * The file's new front matter: `existing` with the `owned` fields taken from `incoming`.
 * `fillOnly` fields are set only when the file has none (a search link never replaces a real
 * portal page link).
 */
export function mergeFrontMatter(
  existing: FrontMatter | undefined,
  incoming: ImportedProcedure,
  owned: readonly string[],
  fillOnly: readonly string[] = [],
): MergeResult {
  const before = existing ?? {};
  const local = localFields(existing);
  const data: FrontMatter = { ...before };
  const keptLocal: string[] = [];
  const source = incoming as unknown as FrontMatter;
  for (const key of owned) {
    const value = source[key];
    if (local.includes(key)) {
      if (comparable(key, before[key]) !== comparable(key, value)) keptLocal.push(key);
      continue;
    }
    if (fillOnly.includes(key) && before[key] !== undefined) continue;
    if (value === undefined) delete data[key];
    else data[key] = value;
  }
  const keys = new Set([...Object.keys(before), ...Object.keys(data)]);
  const changed = [...keys].filter((key) => comparable(key, before[key]) !== comparable(key, data[key]));
  return { data: ordered(data, Object.keys(before)), changed: FIELD_ORDER.filter((k) => changed.includes(k)).concat(changed.filter((k) => !FIELD_ORDER.includes(k))), keptLocal };
}
