/**
 * Astro keeps the content layer's data store as one devalue document (`data-store.json` in the
 * cache folder): a flat array whose first element is the root `Map<collection, Map<id, entry>>`
 * and whose other elements are values, objects and arrays pointing at each other by index.
 *
 * The render kit (docs/fast-publish.md) changes a few news entries in that array without hydrating
 * and re-serialising 40 MB of it: the new entry is serialised alone with devalue, its indices are
 * moved past the end of the big array, and the collection's map is pointed at it. Values an edited
 * or removed entry no longer uses stay in the array, unreferenced; Astro's next content sync writes
 * the store afresh.
 */
import { stringify } from 'devalue';

export type FlatStore = unknown[];

/** devalue's negative indices stand for values with no slot of their own (undefined, NaN, -0…). */
const isIndex = (value: unknown): value is number => typeof value === 'number' && value >= 0;

/**
 * Tags whose other elements are all indices. Date, RegExp and BigInt hold literals; any other tag
 * (typed arrays, custom reducers) is not expected in content data and stops the patch.
 */
const INDEX_TAGS = new Set(['Map', 'Set', 'Object', 'null']);
const LITERAL_TAGS = new Set(['Date', 'RegExp', 'BigInt']);

function shifted(value: unknown, offset: number): unknown {
  const move = (index: unknown) => (isIndex(index) ? index + offset : index);
  if (Array.isArray(value)) {
    const [tag, ...rest] = value as unknown[];
    if (typeof tag !== 'string') return value.map(move);
    if (LITERAL_TAGS.has(tag)) return value;
    if (!INDEX_TAGS.has(tag)) throw new Error(`devalue: kiểu "${tag}" không hỗ trợ khi cập nhật kho nội dung`);
    // A null-prototype object is ["null", key, index, key, index…]: only every second element moves.
    if (tag === 'null') return [tag, ...rest.map((item, position) => (position % 2 === 1 ? move(item) : item))];
    return [tag, ...rest.map(move)];
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, index]) => [key, move(index)]));
  }
  return value;
}

/** Append `value` to the flat array; returns the index of its root. */
export function appendValue(store: FlatStore, value: unknown): number {
  const own = JSON.parse(stringify(value)) as unknown;
  if (!Array.isArray(own)) {
    // devalue writes a lone special value (undefined, NaN) as a bare negative number.
    store.push(value);
    return store.length - 1;
  }
  const offset = store.length;
  for (const item of own) store.push(shifted(item, offset));
  return offset;
}

function mapOf(store: FlatStore, index: number, what: string): unknown[] {
  const map = store[index];
  if (!Array.isArray(map) || map[0] !== 'Map') throw new Error(`Kho nội dung: ${what} không phải một Map`);
  return map;
}

/** The `Map` array of one collection (created when the collection has no entry yet). */
function collectionMap(store: FlatStore, collection: string): unknown[] {
  const root = mapOf(store, 0, 'gốc');
  for (let position = 1; position < root.length; position += 2) {
    if (store[root[position] as number] === collection) return mapOf(store, root[position + 1] as number, collection);
  }
  store.push(collection);
  const key = store.length - 1;
  store.push(['Map']);
  root.push(key, store.length - 1);
  return store[store.length - 1] as unknown[];
}

/** Set (add or replace) one entry of a collection. */
export function setEntry(store: FlatStore, collection: string, id: string, entry: unknown): void {
  const map = collectionMap(store, collection);
  const value = appendValue(store, entry);
  for (let position = 1; position < map.length; position += 2) {
    if (store[map[position] as number] === id) {
      map[position + 1] = value;
      return;
    }
  }
  store.push(id);
  map.push(store.length - 1, value);
}

/** Remove one entry of a collection (nothing happens when it is not there). */
export function deleteEntry(store: FlatStore, collection: string, id: string): void {
  const map = collectionMap(store, collection);
  for (let position = 1; position < map.length; position += 2) {
    if (store[map[position] as number] === id) {
      map.splice(position, 2);
      return;
    }
  }
}

/** The asset imports (cover images) of a stored entry, or undefined when the entry is not there. */
export function storedAssetImports(store: FlatStore, collection: string, id: string): string[] | undefined {
  const map = collectionMap(store, collection);
  for (let position = 1; position < map.length; position += 2) {
    if (store[map[position] as number] !== id) continue;
    const entry = store[map[position + 1] as number] as Record<string, number>;
    if (!isIndex(entry.assetImports)) return [];
    return (store[entry.assetImports] as number[]).map((index) => store[index] as string);
  }
  return undefined;
}
