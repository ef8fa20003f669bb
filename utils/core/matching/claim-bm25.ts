/**
 * BM25 of a whole claim for a text: its statements and outlet wordings taken
 * as one document (each distinct stem once, figures included), k1 1.2, b 0.75,
 * in units of the largest IDF. A ranking of posts against claims reads the
 * claim as a whole ("Donald Trump's mum" meets the title's "mother" and the
 * statement's "photograph"); the best single wording sees only part of it.
 */
import { docLanguageBit } from './alt-languages';
import { figureTerm, type ClaimIndex } from './claim-index';
import type { QueryFeatures } from './query-features';

const K1 = 1.2;
const B = 0.75;

interface Scratch {
  seen: Int32Array;
  stamp: number;
  avgUnits: number;
}

/** Per index: an edited index is a new object with its own term count. */
const scratches = new WeakMap<ClaimIndex, Scratch>();

function scratch(index: ClaimIndex): Scratch {
  let s = scratches.get(index);
  if (!s || s.seen.length < index.termWeight.length) {
    // Counted by document from the columns: reading documents decodes a stored index, and an edited
    // index's unit arrays also hold units no document reads any more (update-index.ts).
    let units = 0;
    for (let d = 0; d < index.docs.length; d++) units += index.docUnitEnd[d]! - index.docUnitStart[d]! + index.docFigureEnd[d]! - index.docFigureStart[d]!;
    const avgUnits = units / Math.max(1, index.claimIds.length);
    s = { seen: new Int32Array(index.termWeight.length), stamp: 0, avgUnits: Math.max(1, avgUnits) };
    scratches.set(index, s);
  }
  return s;
}

/** Adjacent content-word pairs of the text, as term-id pairs (read once per text). */
const textPairs = new WeakMap<QueryFeatures, Set<number>>();
function pairsOf(q: QueryFeatures, index: ClaimIndex): Set<number> {
  let pairs = textPairs.get(q);
  if (!pairs) {
    pairs = new Set();
    let last = -1;
    for (const w of q.analysis.words) {
      if (w.stop) continue;
      const t = index.termIds.get(w.stem) ?? -1;
      if (t >= 0 && last >= 0 && t !== last) pairs.add(last * PAIR + t);
      last = t;
    }
    textPairs.set(q, pairs);
  }
  return pairs;
}
const PAIR = 2 ** 24;

export interface ClaimLexical {
  /** BM25 of the claim's wordings together, in units of the largest IDF. */
  bm25: number;
  /** The largest BM25 of one of its wordings. */
  docBm25: number;
  /** log(1 + adjacent word pairs of the text that a wording has in the same order). */
  pairs: number;
}

export function claimLexical(q: QueryFeatures, claim: number, index: ClaimIndex, excluded?: Uint8Array): ClaimLexical {
  const s = scratch(index);
  const stamp = ++s.stamp;
  const { seen } = s;
  const stemMark = index.marks.stem;
  const altMark = index.marks.alt;
  let length = 0;
  let idfSum = 0;
  let docBm25 = 0;
  let pairs = 0;
  const textPairSet = pairsOf(q, index);
  const avgDoc = index.avgDocUnits;
  for (let d = index.claimDocStart[claim]!; d < index.claimDocStart[claim + 1]!; d++) {
    if (excluded && excluded[d]) continue;
    const doc = index.docs.at(d)!;
    const cross = altMark !== undefined && q.unitAlt.length > 0 && doc.lang !== q.analysis.lang;
    const docBit = cross ? docLanguageBit(index, d) : 0;
    length += doc.unitEnd - doc.unitStart + doc.figures.length;
    let docIdf = 0;
    for (let u = doc.unitStart; u < doc.unitEnd; u++) {
      const t = index.unitStems[u]!;
      const shared = stemMark[t] === q.stamp || (cross && altMark[t] === q.stamp && (index.marks.altLang![t]! & docBit) !== 0);
      if (!shared) continue;
      docIdf += index.idf[t]!;
      if (u > doc.unitStart && textPairSet.has(index.unitStems[u - 1]! * PAIR + t)) pairs++;
      if (seen[t] === stamp) continue;
      seen[t] = stamp;
      idfSum += index.idf[t]!;
    }
    const units = doc.unitEnd - doc.unitStart;
    docBm25 = Math.max(docBm25, (docIdf * (K1 + 1)) / (1 + K1 * (1 - B + (B * units) / avgDoc)));
    for (const f of doc.figures) {
      if (!q.figureKeys.has(f.key)) continue;
      const t = index.termIds.get(figureTerm(f.key));
      if (t === undefined || seen[t] === stamp) continue;
      seen[t] = stamp;
      idfSum += index.idf[t]!;
    }
  }
  return {
    bm25: (idfSum * (K1 + 1)) / (1 + K1 * (1 - B + (B * length) / s.avgUnits)) / index.maxIdf,
    docBm25: docBm25 / index.maxIdf,
    pairs: Math.log1p(pairs),
  };
}
