import { describe, expect, it } from 'vitest';
import { packText, textAt } from '@/utils/core/matching/packed-text';
import { packStrings } from '@/utils/core/matching/packed-strings';

/** The packing as it was (one TextEncoder.encode per string): the stored bytes must not change. */
function packedPerString(list: readonly string[]) {
  if (list.some((s) => /\p{Cs}/u.test(s))) return packStrings(list);
  const encoder = new TextEncoder();
  const parts = list.map((s) => encoder.encode(s));
  const ends = new Uint32Array(list.length);
  let end = 0;
  parts.forEach((p, i) => (ends[i] = end += p.length));
  const bytes = new Uint8Array(end);
  parts.forEach((p, i) => bytes.set(p, i > 0 ? ends[i - 1] : 0));
  return { bytes, ends };
}

// Characters of every UTF-8 length, pairs, and halves of pairs.
const ALPHABET = ['a', 'Z', ' ', '/', 'é', 'ß', 'ё', 'ע', 'ー', '한', '中', '\u0800', '\uffff', '😀', '𝟘', '\u{10ffff}', '\ud83d', '\ude00'];

function randomList(seed: number, lone: boolean): string[] {
  let x = seed;
  const next = (n: number) => ((x = (x * 1103515245 + 12345) % 2 ** 31), x % n);
  return Array.from({ length: 200 }, () => {
    let s = '';
    for (let n = next(12); n > 0; n--) {
      const ch = ALPHABET[next(ALPHABET.length)]!;
      s += !lone && /\p{Cs}/u.test(ch) ? 'x' : ch;
    }
    return s;
  });
}

describe('packed text', () => {
  it('stores the same bytes and ends as one encoding per string did, and reads back every string', () => {
    const lists = [[], [''], ['', '', 'a'], ['https://outlet1.example/article/1', 'Corée', '😀x'], ...Array.from({ length: 20 }, (_, i) => randomList(i + 1, i % 4 === 0))];
    for (const list of lists) {
      const packed = packText(list);
      const before = packedPerString(list);
      expect('text' in packed).toBe('text' in before);
      if ('bytes' in packed && 'bytes' in before) {
        expect([...packed.ends]).toEqual([...before.ends]);
        expect(packed.bytes.byteLength).toBe(before.bytes.byteLength);
        expect(Buffer.from(packed.bytes).equals(Buffer.from(before.bytes))).toBe(true);
      } else expect(packed).toEqual(before);
      expect(list.map((_, i) => textAt(packed, i))).toEqual(list);
    }
  });

  it('keeps the UTF-16 form for a lone half of a pair, wherever it is', () => {
    for (const s of ['\ud83d', 'a\ud83d', '\ude00a', '\ude00\ud83d', 'x\ud83d\ud83d\ude00']) expect(packText(['ok', s])).toHaveProperty('text');
    // Two halves that meet only where two strings are joined are still lone halves.
    expect(packText(['a\ud83d', '\ude00b'])).toHaveProperty('text');
    expect(packText(['\ud83d\ude00'])).toHaveProperty('bytes');
  });
});
