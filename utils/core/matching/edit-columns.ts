/** Column helpers of an edit to the matching index (update-index.ts). */
import type { CodedColumn } from './index-types';

/** Where the given ids are among the claims: a look-up per id for an edit of a few, a map of them all for more. */
export function positions(claimIds: readonly string[], ids: string[]): Map<string, number> {
  const out = new Map<string, number>();
  if (ids.length > 16) {
    const wanted = new Set(ids);
    claimIds.forEach((id, c) => {
      if (wanted.has(id) && !out.has(id)) out.set(id, c);
    });
  } else {
    for (const id of ids) {
      const c = claimIds.indexOf(id);
      if (c >= 0) out.set(id, c);
    }
  }
  return out;
}

/** `a` then `b`, as one Int32Array (`a` may be a loaded index's narrow column: IdColumn). */
export function appended(a: ArrayLike<number>, b: ArrayLike<number>): Int32Array {
  const out = new Int32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

export function grown(a: Float64Array, length: number): Float64Array {
  const out = new Float64Array(length);
  out.set(a.subarray(0, Math.min(a.length, length)));
  return out;
}

/**
 * The column for the new document order, coded as a fresh build codes it (in order of first use,
 * values no document has any more dropped): the matcher reads the languages from its values.
 */
export function recoded(column: CodedColumn, from: Int32Array, freshValue: (i: number) => string | null): CodedColumn {
  const values = [...column.values];
  const codes = new Int32Array(from.length);
  for (let i = 0; i < from.length; i++) {
    const f = from[i]!;
    if (f >= 0) codes[i] = column.codes[f]!;
    else {
      const v = freshValue(-1 - f);
      if (v === null) codes[i] = -1;
      else codes[i] = values.indexOf(v) >= 0 ? values.indexOf(v) : values.push(v) - 1;
    }
  }
  const renumber = new Int32Array(values.length).fill(-1);
  const used: string[] = [];
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    if (c < 0) continue;
    if (renumber[c] === -1) renumber[c] = used.push(values[c]!) - 1;
    codes[i] = renumber[c]!;
  }
  return { values: used, codes };
}

