/**
 * Candidate retrieval: walks the postings of the text's terms and keeps the
 * documents that share the most IDF weight with it, so that detailed scoring
 * runs on a handful of documents instead of the whole index.
 */
import type { ClaimIndex } from './claim-index';
import type { QueryFeatures } from './score-candidate';
import { TUNING } from './tuning';

/** Terms in more than this share of the documents are skipped while walking
 *  (they still count in detailed scoring): at 100,000 versions their postings
 *  would dominate the walk and select nothing. */
const MAX_DF_SHARE = 0.01;
const MIN_DF_CAP = 64;

export class CandidateWalker {
  private readonly acc: Float64Array;
  private readonly hits: Uint16Array;
  private readonly touched: Int32Array;
  private readonly bound: Float64Array;
  private readonly maxDf: number;

  constructor(private readonly index: ClaimIndex) {
    const n = index.docs.length;
    this.acc = new Float64Array(n);
    this.hits = new Uint16Array(n);
    this.touched = new Int32Array(n);
    this.bound = new Float64Array(n);
    this.maxDf = Math.max(MIN_DF_CAP, Math.floor(n * MAX_DF_SHARE));
  }

  /**
   * Up to `k` document ids sharing at least `minHits` terms with the text,
   * best upper bound first. The walk sums each shared term's scoring weight,
   * so walked weight / document denominator bounds the document's coverage
   * from above; documents whose bound stays under `minCoverage` are dropped
   * without detailed scoring. `excluded[doc]` = 1 hides a document
   * (leave-one-outlet-out).
   */
  top(q: QueryFeatures, k: number, minHits: number, minCoverage: number, excluded?: Uint8Array): number[] {
    const { acc, hits, touched } = this;
    const { postings, termWeight, docDenominator } = this.index;
    let count = 0;
    // Skipped common terms can still add coverage: keep the bound an upper bound.
    let slack = 0;
    const walk = (t: number, share: number, countHit: boolean) => {
      const list = postings[t]!;
      const w = termWeight[t]! * share;
      if (list.length > this.maxDf) {
        slack += w;
        return;
      }
      for (let i = 0; i < list.length; i++) {
        const d = list[i]!;
        if (excluded && excluded[d]) continue;
        if (acc[d] === 0 && hits[d] === 0) touched[count++] = d;
        if (countHit) hits[d]++;
        acc[d] += w;
      }
    };
    for (const t of q.terms) walk(t, 1, true);
    for (const t of q.contextTerms) walk(t, TUNING.contextShare, false);
    // Upper bound of scoreDoc before its attribution factor: document coverage
    // times sentence coverage^sentencePower, each bounded by the walked weight
    // (the sentence side over its smallest possible window).
    const kept: number[] = [];
    const bound = this.bound;
    // Sentence coverage is taken in a window whose weight is at least this.
    const windowFloor = TUNING.minMass * this.index.top;
    for (let i = 0; i < count; i++) {
      const d = touched[i]!;
      if (hits[d]! < minHits) continue;
      const shared = acc[d]! + slack;
      const b = Math.min(1, shared / docDenominator[d]!) * Math.pow(Math.min(1, shared / windowFloor), TUNING.sentencePower);
      if (b < minCoverage) continue;
      bound[d] = b;
      kept.push(d);
    }
    kept.sort((a, b) => bound[b]! - bound[a]!);
    const result = kept.length > k ? kept.slice(0, k) : kept;
    for (let i = 0; i < count; i++) {
      const d = touched[i]!;
      acc[d] = 0;
      hits[d] = 0;
    }
    return result;
  }
}
