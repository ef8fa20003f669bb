/**
 * Lexical features of a whole claim that only the ranking reads (rank-claims.ts):
 * how much of the claim's rare vocabulary the text covers, how much of the
 * text's the claim explains, and BM25 of the statement apart from the outlet
 * wordings. A post repeats a claim in its own words: the statement ("122
 * detainees released from Guantanamo...") and a headline ("Did 122 Prisoners
 * Return to the Battlefield?") are worded differently and weigh differently.
 */
import { figureTerm, type ClaimIndex } from './claim-index';
import type { QueryFeatures } from './query-features';

const K1 = 1.2;
const B = 0.75;

export interface RankLexical {
  /** IDF mass of the claim's distinct terms that the text has, over the claim's whole IDF mass. */
  claimShare: number;
  /** The same shared mass over the text's own IDF mass. */
  textShare: number;
  /** BM25 of the statement(s), in units of the largest IDF. */
  statementBm25: number;
  /** The largest BM25 of an outlet wording (a title, a headline), likewise. */
  versionBm25: number;
}

const seenOf = new WeakMap<ClaimIndex, { seen: Int32Array; stamp: number }>();
const textMass = new WeakMap<QueryFeatures, number>();

function textMassOf(q: QueryFeatures, index: ClaimIndex): number {
  let m = textMass.get(q);
  if (m === undefined) {
    m = 0;
    for (const t of q.stems) m += index.idf[t]!;
    for (const key of q.figureKeys) {
      const t = index.termIds.get(figureTerm(key));
      if (t !== undefined) m += index.idf[t]!;
    }
    textMass.set(q, (m = Math.max(m, 1e-9)));
  }
  return m;
}

export function rankLexical(q: QueryFeatures, claim: number, index: ClaimIndex, excluded?: Uint8Array): RankLexical {
  let s = seenOf.get(index);
  if (!s || s.seen.length < index.idf.length) seenOf.set(index, (s = { seen: new Int32Array(index.idf.length), stamp: 0 }));
  const stamp = ++s.stamp;
  const { seen } = s;
  const stemMark = index.marks.stem;
  let shared = 0;
  let total = 0;
  let statementBm25 = 0;
  let versionBm25 = 0;
  for (let d = index.claimDocStart[claim]!; d < index.claimDocStart[claim + 1]!; d++) {
    if (excluded && excluded[d]) continue;
    const doc = index.docs.at(d)!;
    let docIdf = 0;
    for (let u = doc.unitStart; u < doc.unitEnd; u++) {
      const t = index.unitStems[u]!;
      const has = stemMark[t] === q.stamp;
      if (has) docIdf += index.idf[t]!;
      if (seen[t] === stamp) continue;
      seen[t] = stamp;
      total += index.idf[t]!;
      if (has) shared += index.idf[t]!;
    }
    for (const f of doc.figures) {
      const t = index.termIds.get(figureTerm(f.key));
      if (t === undefined || seen[t] === stamp) continue;
      seen[t] = stamp;
      total += index.idf[t]!;
      if (q.figureKeys.has(f.key)) shared += index.idf[t]!;
    }
    const units = doc.unitEnd - doc.unitStart;
    const bm25 = (docIdf * (K1 + 1)) / (1 + K1 * (1 - B + (B * units) / index.avgDocUnits)) / index.maxIdf;
    if (doc.outletId === null) statementBm25 = Math.max(statementBm25, bm25);
    else versionBm25 = Math.max(versionBm25, bm25);
  }
  return { claimShare: shared / Math.max(total, 1e-9), textShare: Math.min(1, shared / textMassOf(q, index)), statementBm25, versionBm25 };
}
