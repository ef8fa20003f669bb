/** Strings laid end to end in one string, with each one's end offset: one stored value for many strings. */
export interface PackedStrings {
  text: string;
  ends: Uint32Array;
}

export function packStrings(list: readonly string[]): PackedStrings {
  const ends = new Uint32Array(list.length);
  let end = 0;
  list.forEach((s, i) => {
    end += s.length;
    ends[i] = end;
  });
  return { text: list.join(''), ends };
}

export function unpackStrings(packed: PackedStrings): string[] {
  const out = new Array<string>(packed.ends.length);
  let start = 0;
  for (let i = 0; i < packed.ends.length; i++) {
    out[i] = packed.text.slice(start, packed.ends[i]);
    start = packed.ends[i]!;
  }
  return out;
}

/** The i-th string, sliced out alone. */
export const packedAt = (p: PackedStrings, i: number): string => p.text.slice(i > 0 ? p.ends[i - 1] : 0, p.ends[i]);
