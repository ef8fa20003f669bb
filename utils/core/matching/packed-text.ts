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

const LONE_SURROGATE = /\p{Cs}/u;

export function packText(list: readonly string[]): PackedText {
  if (list.some((s) => LONE_SURROGATE.test(s))) return packStrings(list);
  const encoder = new TextEncoder();
  const parts = list.map((s) => encoder.encode(s));
  const ends = new Uint32Array(list.length);
  let end = 0;
  parts.forEach((p, i) => (ends[i] = end += p.length));
  const bytes = new Uint8Array(end);
  parts.forEach((p, i) => bytes.set(p, i > 0 ? ends[i - 1] : 0));
  return { bytes, ends };
}

let decoder: { decode(input: Uint8Array): string } | undefined;

/** The i-th string. */
export function textAt(packed: PackedText, i: number): string {
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
