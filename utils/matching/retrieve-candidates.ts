/**
 * Candidate retrieval: walks the postings of the text's terms and keeps the
 * documents that share the most IDF weight with it, so that detailed scoring
 * runs on a handful of documents instead of the whole index.
 */
import type { ClaimIndex } from './claim-index';

/** Terms in more than this share of the documents are skipped while walking
 *  (they still count in detailed scoring): at 100,000 versions their postings
 *  would dominate the walk and select nothing. */
const MAX_DF_SHARE = 0.05;
const MIN_DF_CAP = 64;

export class CandidateWalker {
  private readonly acc: Float64Array;
  private readonly hits: Uint16Array;
  private readonly touched: Int32Array;
  private readonly maxDf: number;

  constructor(private readonly index: ClaimIndex) {
    const n = index.docs.length;
    this.acc = new Float64Array(n);
    this.hits = new Uint16Array(n);
    this.touched = new Int32Array(n);
    this.maxDf = Math.max(MIN_DF_CAP, Math.floor(n * MAX_DF_SHARE));
  }

  /**
   * Up to `k` document ids, best first, sharing at least `minHits` terms with
   * the text. `excluded[doc]` = 1 hides a document (leave-one-outlet-out).
   */
  top(terms: readonly number[], k: number, minHits: number, excluded?: Uint8Array): number[] {
    const { acc, hits, touched } = this;
    const { postings, idf } = this.index;
    let count = 0;
    for (const t of terms) {
      const list = postings[t]!;
      if (list.length > this.maxDf) continue;
      const w = idf[t]!;
      for (let i = 0; i < list.length; i++) {
        const d = list[i]!;
        if (excluded && excluded[d]) continue;
        if (hits[d] === 0) touched[count++] = d;
        hits[d]++;
        acc[d] += w;
      }
    }
    const kept: number[] = [];
    for (let i = 0; i < count; i++) {
      const d = touched[i]!;
      if (hits[d]! >= minHits) kept.push(d);
    }
    kept.sort((a, b) => acc[b]! - acc[a]!);
    const result = kept.slice(0, k);
    for (let i = 0; i < count; i++) {
      const d = touched[i]!;
      acc[d] = 0;
      hits[d] = 0;
    }
    return result;
  }
}
