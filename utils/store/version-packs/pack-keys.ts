import { cmp, type DBCoreKeyRange } from 'dexie';

/** IndexedDB's key order: strings by UTF-16 code unit (as JavaScript compares them), others by cmp. */
export function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return cmp(a, b);
}

/** Whether IndexedDB would accept `key` as a key (a record whose index key is not one is not in the index). */
export function isValidKey(key: unknown): boolean {
  if (typeof key === 'string') return true;
  if (typeof key === 'number') return !Number.isNaN(key);
  if (key instanceof Date) return !Number.isNaN(key.getTime());
  if (Array.isArray(key)) return key.every(isValidKey);
  return key instanceof ArrayBuffer || ArrayBuffer.isView(key);
}

const ANY = 3;
const NEVER = 4;
/** Every key. */
export const ANY_RANGE: DBCoreKeyRange = { type: ANY, lower: undefined, upper: undefined };

export function inRange(key: unknown, range: DBCoreKeyRange): boolean {
  if (range.type === ANY) return true;
  if (range.type === NEVER) return false;
  if (range.lower !== undefined) {
    const c = compareKeys(key, range.lower);
    if (c < 0 || (c === 0 && range.lowerOpen)) return false;
  }
  if (range.upper !== undefined) {
    const c = compareKeys(key, range.upper);
    if (c > 0 || (c === 0 && range.upperOpen)) return false;
  }
  return true;
}

export const isAnyRange = (range: DBCoreKeyRange): boolean => range.type === ANY;

/** The one key a range holds, if it holds exactly one. */
export function onlyKey(range: DBCoreKeyRange): unknown {
  if (range.type === ANY || range.type === NEVER) return undefined;
  if (range.lower !== undefined && !range.lowerOpen && !range.upperOpen && range.upper !== undefined && compareKeys(range.lower, range.upper) === 0) return range.lower;
  return undefined;
}

/** Which of `buckets` home buckets a key lives in (FNV-1a over its string form). */
export function bucketOf(key: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}
