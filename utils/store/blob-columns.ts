/**
 * A value made of typed arrays and long strings (the stored matching index), kept in IndexedDB as a
 * small object plus one Blob that holds every array's bytes and every long string as UTF-8.
 *
 * Why: Chromium reads a Blob held in a record by the byte, but a record with tens of MB of typed
 * arrays goes through its structured clone. Measured in the extension's service worker with the
 * 33 MB index of 100,000 versions (load average 3): the record as typed arrays read in 296-484 ms,
 * the same bytes as one Blob plus its small record in 166-189 ms; the 10 MB of document texts alone
 * in 151-256 ms as a Uint8Array, 55 ms as a Blob.
 *
 * On reading, each array is a view into the one ArrayBuffer the Blob is read into (no copy), except
 * Int32Arrays of small values (term ids, claim numbers, codes), stored as 8 or 16 bits and widened
 * again on reading (NarrowRef): 5 of the 33 MB above, for a few milliseconds of copying.
 * A string with a lone surrogate cannot go through UTF-8: it stays in the small object.
 */

type TypedArray = Int32Array | Uint32Array | Uint8Array | Uint16Array | Float64Array | Float32Array | Int16Array | Int8Array;
const TYPES = { Int32Array, Uint32Array, Uint8Array, Uint16Array, Float64Array, Float32Array, Int16Array, Int8Array } as const;
type TypeName = keyof typeof TYPES;

/** In the small object, in place of an array: its type, byte offset in the Blob and length. */
interface ColumnRef {
  $column: [TypeName, number, number];
}
/**
 * In place of an Int32Array whose values all fit a narrower type. Uint8/Uint16: values 0..254 or
 * 0..65534, -1 (none) as the type's largest value; Int8/Int16: values -1..127 or -1..32767, the same
 * bytes, read back sign-extended. Records written before the signed types hold -1 in Uint ones too.
 */
interface NarrowRef {
  $narrow: [NarrowName, number, number];
}
type NarrowName = 'Uint8Array' | 'Uint16Array' | 'Int8Array' | 'Int16Array';
/** In place of a long string: its UTF-8 bytes' offset and length in the Blob. */
interface TextRef {
  $text: [number, number];
}

/** Strings shorter than this stay in the small object. */
const LONG_STRING = 1024;
const LONE_SURROGATE = /\p{Cs}/u;

/** Shorter Int32Arrays are stored as they are. */
const NARROW_FROM = 1024;

/**
 * The values of `v` in a narrower type, when they are all in -1..65534; else undefined. A column
 * with -1 (none) is stored signed when its values allow, so that reading widens it in one native
 * copy (TypedArray.set), with no -1 to put back.
 */
function narrowed(v: Int32Array): Uint8Array | Uint16Array | Int8Array | Int16Array | undefined {
  let min = 0;
  let max = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (min < -1 || max >= 0xffff) return undefined;
  if (min === 0 && max < 0xff) return Uint8Array.from(v);
  if (min === -1 && max < 0x80) return Int8Array.from(v);
  if (min === -1 && max < 0x8000) return Int16Array.from(v);
  const out = new Uint16Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i]! < 0 ? 0xffff : v[i]!;
  return out;
}

/** A narrowed column read back as the Int32Array it was. */
function widened(name: NarrowName, buffer: ArrayBuffer, at: number, length: number): Int32Array {
  const narrow = new NARROW_TYPES[name](buffer, at, length);
  const wide = new Int32Array(length);
  // By the engine: 10 ms of CPU cold, against 62 element by element (2.9 M values at 100,000 versions).
  wide.set(narrow);
  if (name === 'Uint8Array' || name === 'Uint16Array') {
    const none = name === 'Uint8Array' ? 0xff : 0xffff;
    for (let i = narrow.indexOf(none); i >= 0; i = narrow.indexOf(none, i + 1)) wide[i] = -1;
  }
  return wide;
}
const NARROW_TYPES = { Uint8Array, Uint16Array, Int8Array, Int16Array } as const;

/** A narrowed column as stored, where its values read back exactly (no -1 as an unsigned type's largest value); else widened. */
function asStored(name: NarrowName, buffer: ArrayBuffer, at: number, length: number): Uint8Array | Uint16Array | Int8Array | Int16Array | Int32Array {
  const narrow = new NARROW_TYPES[name](buffer, at, length);
  if (name === 'Int8Array' || name === 'Int16Array') return narrow;
  return narrow.indexOf(name === 'Uint8Array' ? 0xff : 0xffff) < 0 ? narrow : widened(name, buffer, at, length);
}

export interface Columns {
  shape: unknown;
  columns: Blob;
}

/** `value` as a small object and one Blob (see above). `value` is not modified. */
export function toColumns(value: unknown): Columns {
  const parts: Uint8Array[] = [];
  let offset = 0;
  const encoder = new TextEncoder();
  const append = (bytes: Uint8Array, align: number): number => {
    const pad = (align - (offset % align)) % align;
    if (pad) parts.push(new Uint8Array(pad));
    offset += pad;
    const at = offset;
    parts.push(bytes);
    offset += bytes.byteLength;
    return at;
  };
  const walk = (v: unknown): unknown => {
    if (v instanceof Int32Array && v.length >= NARROW_FROM) {
      const narrow = narrowed(v);
      if (narrow) return { $narrow: [narrow.constructor.name as NarrowName, append(new Uint8Array(narrow.buffer), narrow.BYTES_PER_ELEMENT), v.length] } satisfies NarrowRef;
    }
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const array = v as TypedArray;
      const name = array.constructor.name as TypeName;
      if (!(name in TYPES)) throw new Error(`Recoupe: cannot store a ${name}`);
      const at = append(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), array.BYTES_PER_ELEMENT);
      return { $column: [name, at, array.length] } satisfies ColumnRef;
    }
    if (typeof v === 'string' && v.length >= LONG_STRING && !LONE_SURROGATE.test(v)) {
      const bytes = encoder.encode(v);
      return { $text: [append(bytes, 1), bytes.byteLength] } satisfies TextRef;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const shape = walk(value);
  return { shape, columns: new Blob(parts as BlobPart[]) };
}

/**
 * The value toColumns was given, its arrays as views into the Blob's bytes. A narrowed column under a
 * key of `keepNarrow` is given back as it is stored (Int8/Int16, or Uint8/Uint16 holding no -1), not
 * widened: the same values without a new Int32Array. At 100,000 versions the units' two columns are
 * 2 million values: widening them wrote 8 MB of fresh memory at every worker start, 38 ms of CPU in
 * Node and about 100 ms of a loaded worker's thread in a profile of a restart.
 */
export async function fromColumns<T>({ shape, columns }: Columns, keepNarrow: ReadonlySet<string> = new Set()): Promise<T> {
  const buffer = await columns.arrayBuffer();
  const decoder = new TextDecoder();
  const walk = (v: unknown, key = ''): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (!v || typeof v !== 'object') return v;
    if ('$column' in v) {
      const [name, at, length] = (v as ColumnRef).$column;
      const Type = TYPES[name];
      if (!Type) throw new Error(`Recoupe: unknown stored column type ${String(name)}`);
      return new Type(buffer, at, length);
    }
    if ('$narrow' in v) {
      const [name, at, length] = (v as NarrowRef).$narrow;
      if (!(name in NARROW_TYPES)) throw new Error(`Recoupe: unknown stored column type ${String(name)}`);
      return keepNarrow.has(key) ? asStored(name, buffer, at, length) : widened(name, buffer, at, length);
    }
    if ('$text' in v) {
      const [at, length] = (v as TextRef).$text;
      return decoder.decode(new Uint8Array(buffer, at, length));
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
  };
  return walk(shape) as T;
}
