/**
 * Many strings in one stored value. Texts of documents are mostly Latin script: in UTF-8 they take
 * half the bytes of the UTF-16 string IndexedDB would keep for them (one character above U+00FF
 * makes the whole joined string two bytes a character), so a restarted worker reads half as much.
 * A string is decoded when it is read. UTF-8 cannot hold a lone surrogate: a list with one keeps
 * the UTF-16 form, so what comes back is always the very string stored.
 */
import { packStrings, type PackedStrings } from './packed-strings';

/** Strings as UTF-8 bytes laid end to end, with each one's end offset in bytes. */
export interface PackedUtf8 {
  bytes: Uint8Array;
  ends: Uint32Array;
}

export type PackedText = PackedStrings | PackedUtf8;

/**
 * Texts left in storage and read when asked for (a loaded index's documents: utils/store/blob-texts.ts),
 * so that a restarted worker's first scan does not wait for them: `at(i)` once `read` has resolved for i.
 */
export interface DeferredText {
  /** Each text's UTF-8 end, as in PackedUtf8. */
  readonly ends: Uint32Array;
  at(i: number): string;
  /** Reads these texts (all, without `indexes`). */
  read(indexes?: readonly number[]): Promise<void>;
}

/**
 * Each string's UTF-8 end in `joined` (the strings laid end to end), or undefined when one holds a
 * lone surrogate. Counted here and encoded once: in a browser worker, one TextEncoder.encode per
 * string (100,000 urls and texts) cost most of the stored form's time (a new buffer each). The count
 * walks the joined string, one flat string, rather than each string: strings from the DOM's URL
 * are external strings in Chromium, slower to read one character at a time.
 */
function utf8Ends(list: readonly string[], joined: string): Uint32Array | undefined {
  const ends = new Uint32Array(list.length);
  let end = 0;
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const stop = pos + list[i]!.length;
    end += stop - pos;
    for (; pos < stop; pos++) {
      const c = joined.charCodeAt(pos);
      if (c < 0x80) continue;
      if (c < 0x800) end += 1;
      else if (c < 0xd800 || c > 0xdfff) end += 2;
      else {
        // A pair within this string (4 bytes for 2 units) or a lone half, which UTF-8 cannot hold.
        const next = pos + 1 < stop ? joined.charCodeAt(pos + 1) : 0;
        if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return undefined;
        end += 2;
        pos++;
      }
    }
    ends[i] = end;
  }
  return ends;
}

export function packText(list: readonly string[]): PackedText {
  const joined = list.join('');
  const ends = utf8Ends(list, joined);
  if (!ends) return packStrings(list);
  // Into a buffer of the length counted: in Chromium, 3 to 5 times faster than encode() on 10 MB of
  // text, which makes its UTF-8 in a buffer of its own and copies it.
  const bytes = new Uint8Array(ends.length ? ends[ends.length - 1]! : 0);
  const { read, written } = new TextEncoder().encodeInto(joined, bytes);
  if (read !== joined.length || written !== bytes.length) throw new Error('Recoupe: packed text of unexpected length');
  return { bytes, ends };
}

let decoder: { decode(input: Uint8Array): string } | undefined;

/** The i-th string (of a DeferredText, once read). */
export function textAt(packed: PackedText | DeferredText, i: number): string {
  if ('at' in packed) return packed.at(i);
  const start = i > 0 ? packed.ends[i - 1]! : 0;
  const end = packed.ends[i]!;
  if ('text' in packed) return packed.text.slice(start, end);
  decoder ??= new TextDecoder();
  return decoder.decode(packed.bytes.subarray(start, end));
}

/** Indexes of the strings that are one of `wanted`, ascending, compared as stored: nothing is decoded. */
export function indexesOf(packed: PackedText, wanted: ReadonlySet<string>): number[] {
  const out: number[] = [];
  if (wanted.size === 0) return out;
  if ('text' in packed) {
    const { text, ends } = packed;
    for (let i = 0, start = 0; i < ends.length; start = ends[i++]!) {
      for (const w of wanted) if (ends[i]! - start === w.length && text.startsWith(w, start)) out.push(i);
    }
    return out;
  }
  const encoder = new TextEncoder();
  const keys = [...wanted].map((w) => encoder.encode(w));
  const { bytes, ends } = packed;
  for (let i = 0, start = 0; i < ends.length; start = ends[i++]!) {
    const length = ends[i]! - start;
    for (const key of keys) {
      if (key.length !== length) continue;
      let j = 0;
      while (j < length && bytes[start + j] === key[j]) j++;
      if (j === length) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}
