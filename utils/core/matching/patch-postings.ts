/**
 * An edit's postings (update-index.ts): only the lists of the terms the edited claims had or have
 * are made again; the others are kept as they are, or renumbered when claims were deleted.
 */
import type { ClaimIndex } from './index-types';

const EMPTY = new Int32Array(0);

export interface PostingsEdit {
  /** Per old claim: its number after the edit, or -1 (deleted). */
  claimMap: Int32Array;
  /** Per old claim: 1 when its documents are gone (edited or deleted). */
  replaced: Uint8Array;
  /** Per term, the (new) numbers of the claims whose new documents have it, ascending. */
  fresh: Map<number, number[]>;
  /** The smallest deleted claim, or -1. */
  firstDeleted: number;
  termCount: number;
}

/** The postings after the edit, and the terms whose number of claims changed (new terms included). */
export function patchPostings(index: ClaimIndex, edit: PostingsEdit): { postings: Int32Array[]; changed: number[] } {
  const { claimMap, replaced, fresh, firstDeleted, termCount } = edit;
  const oldPostings = index.postings;
  const touched = new Uint8Array(termCount);
  const touchedList: number[] = [];
  const touch = (t: number) => {
    if (touched[t]) return;
    touched[t] = 1;
    touchedList.push(t);
  };
  for (let c = 0; c < replaced.length; c++) {
    if (!replaced[c]) continue;
    for (let d = index.claimDocStart[c]!; d < index.claimDocStart[c + 1]!; d++) {
      for (let u = index.docUnitStart[d]!; u < index.docUnitEnd[d]!; u++) {
        touch(index.unitStems[u]!);
        if (index.unitEntities[u]! >= 0) touch(index.unitEntities[u]!);
      }
      for (let f = index.docFigureStart[d]!; f < index.docFigureEnd[d]!; f++) touch(index.figureTerms[f]!);
    }
  }
  for (const t of fresh.keys()) touch(t);
  const postings = new Array<Int32Array>(termCount);
  for (let t = 0; t < termCount; t++) {
    const list = t < oldPostings.length ? oldPostings[t]! : EMPTY;
    // Claims before the first deleted one keep their number: so does a list that ends before it.
    postings[t] = touched[t] || firstDeleted < 0 || list.length === 0 || list[list.length - 1]! < firstDeleted ? list : renumbered(list, claimMap);
  }
  const changed: number[] = [];
  for (const t of touchedList) {
    const old = postings[t]!;
    const next = merged(t < oldPostings.length ? oldPostings[t]! : EMPTY, replaced, claimMap, fresh.get(t));
    postings[t] = next;
    if (next.length !== old.length || t >= oldPostings.length) changed.push(t);
  }
  return { postings, changed };
}

function renumbered(list: Int32Array, claimMap: Int32Array): Int32Array {
  const out = new Int32Array(list.length);
  let m = 0;
  for (let i = 0; i < list.length; i++) {
    const c = claimMap[list[i]!]!;
    if (c >= 0) out[m++] = c;
  }
  return m === list.length ? out : out.slice(0, m);
}

/** The old list without the replaced claims, renumbered, merged with the claims that have the term now (both ascending). */
function merged(old: Int32Array, replaced: Uint8Array, claimMap: Int32Array, added: number[] = []): Int32Array {
  const out = new Int32Array(old.length + added.length);
  let m = 0;
  let a = 0;
  for (let i = 0; i < old.length; i++) {
    const c = old[i]!;
    if (replaced[c]) continue;
    const n = claimMap[c]!;
    while (a < added.length && added[a]! < n) out[m++] = added[a++]!;
    out[m++] = n;
  }
  while (a < added.length) out[m++] = added[a++]!;
  return m === out.length ? out : out.slice(0, m);
}
