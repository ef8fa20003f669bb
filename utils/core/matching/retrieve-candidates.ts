/**
 * Candidate retrieval: walks the claim postings of the text's terms and keeps
 * the claims that share the most scoring weight with it, so that detailed
 * scoring runs on a handful of claims instead of the whole index.
 */
import type { ClaimIndex } from './claim-index';
import type { QueryFeatures } from './query-features';
import { TUNING } from './tuning';

/** Terms in more than this share of the claims are not walked: their
 *  postings would dominate the walk and select nothing. They are only looked
 *  up (binary search) for the claims that rarer terms selected, so a claim
 *  that shares nothing but common words with the text is never a candidate. */
const MAX_DF_SHARE = 0.005;
const MIN_DF_CAP = 64;
/** Room for a text's hits in a claim's tag (CandidateWalker.state), and the largest base before they start again from 0 (exact doubles). */
const HITS_SPAN = 2 ** 20;
const MAX_BASE = 2 ** 52;

export class CandidateWalker {
  /**
   * Per claim c, side by side (one cache line where three arrays took three): at 2c the weight the
   * walk summed, at 2c + 1 its tag, the text's base (HITS_SPAN times its stamp) plus the hits counted.
   * A tag under the base is an earlier text's: the claim is untouched, its sums 0.
   */
  private readonly state: Float64Array;
  private base = 0;
  private readonly touched: Int32Array;
  private readonly bound: Float64Array;
  /** The union of a text's common terms that count a hit (see top), when it has more than one. */
  private readonly union: Uint32Array;
  /** The bit sets unionOf joins, kept between texts. */
  private readonly hitSets: Uint32Array[] = [];
  private readonly maxDf: number;
  /**
   * Where the postings all view one buffer (an index built or loaded; an edited one patches some
   * lists): that buffer, and per term the start and end of its list in it. The walk then reads two
   * numbers of a dense array where a list's own object, one per term scattered in the heap, mostly
   * missed the processor's cache.
   */
  private readonly flat: Int32Array | undefined;
  private readonly bounds: Int32Array | undefined;
  private readonly commonBits = new Map<number, Uint32Array>();
  /**
   * Per text, the common terms set aside by the walk, their shares, bit sets and weights, the first
   * `commons` of each: kept between texts, never emptied (an array whose length is set to 0 lets its
   * storage go, and every text then made it again).
   */
  private commons = 0;
  private readonly common: number[] = [];
  private readonly commonShare: number[] = [];
  private readonly bitsList: Uint32Array[] = [];
  private readonly weights: number[] = [];

  constructor(private readonly index: ClaimIndex) {
    const n = index.claimIds.length;
    this.state = new Float64Array(2 * n);
    this.touched = new Int32Array(n);
    this.bound = new Float64Array(n);
    this.union = new Uint32Array((n + 31) >>> 5);
    this.maxDf = Math.max(MIN_DF_CAP, Math.floor(n * MAX_DF_SHARE));
    const { postings } = index;
    const buffer = postings[0]?.buffer;
    if (buffer && postings.every((p) => p.buffer === buffer)) {
      this.flat = new Int32Array(buffer, 0, buffer.byteLength >>> 2);
      this.bounds = new Int32Array(2 * postings.length);
      postings.forEach((p, t) => {
        this.bounds![2 * t] = p.byteOffset >>> 2;
        this.bounds![2 * t + 1] = (p.byteOffset >>> 2) + p.length;
      });
    }
  }

  /**
   * Up to `k` claim ids sharing at least `minHits` terms with the text, best
   * upper bound first. The walk sums each shared term's scoring weight, so
   * walked weight / the claim's smallest document denominator bounds the
   * coverage of any of its documents from above; claims whose bound stays
   * under `minCoverage` are dropped without detailed scoring. `walkAll`
   * walks common terms too: ranking one free text (a post, a selection) can
   * afford it, and a post that shares only common words with its claim
   * ("Donald Trump's mum", "photo") must still find it.
   */
  top(q: QueryFeatures, k: number, minHits: number, minCoverage: number, walkAll = false): number[] {
    const { state, touched, bound } = this;
    const maxDf = walkAll ? Infinity : this.maxDf;
    const { termWeight, claimDenominator } = this.index;
    this.count = 0;
    if (this.base >= MAX_BASE) {
      state.fill(0);
      this.base = 0;
    }
    const base = (this.base += HITS_SPAN);
    const { common, commonShare, bitsList, weights } = this;
    this.commons = 0;
    for (const t of q.terms) this.walk(t, 1, true, maxDf, common, commonShare, true);
    // Names and the sentence before count no hit: a claim none of the text's terms touched has none
    // but its common terms', and with fewer common terms than minHits (most texts) it cannot pass.
    // Their walks then only add to the claims touched already (the same sums in the same order).
    let hitsOfCommons = 0;
    for (let j = 0; j < this.commons; j++) if (commonShare[j]! > 0) hitsOfCommons++;
    const open = hitsOfCommons >= minHits;
    for (const t of q.nameTerms) this.walk(t, 1, false, maxDf, common, commonShare, open);
    for (const t of q.contextTerms) this.walk(t, TUNING.contextShare, false, maxDf, common, commonShare, open);
    const count = this.count;
    // Bound of scoreDoc before its attribution factor: document coverage times
    // sentence coverage^sentencePower, each bounded by the walked weight (boundOf).
    const sentence = q.sentenceDenominator;
    // Necessary for boundOf >= minCoverage, without a power per claim:
    // each factor is at most 1, so each must reach minCoverage alone.
    const minShared = sentence * Math.pow(minCoverage, 1 / TUNING.sentencePower);
    // Common terms are looked up only for claims that could pass with all of them.
    let commonWeight = 0;
    let commonHits = 0;
    const commons = this.commons;
    for (let j = 0; j < commons; j++) {
      bitsList[j] = this.bitsOf(common[j]!);
      weights[j] = termWeight[common[j]!]! * Math.abs(commonShare[j]!);
      commonWeight += weights[j]!;
      if (commonShare[j]! > 0) commonHits++;
    }
    // Claim by claim: whether it could pass with all the common terms, then the common terms it has, in
    // the text's order (the same additions in the same order as term by term, so the same sums), then
    // its bound. One pass over the touched claims, where a pass per common term over the open ones cost
    // about as much as the walk itself on long pages.
    // A claim the walk gave fewer hits than minHits needs one of the common terms that count one: a
    // single test against their union turns away most claims (one rare word shared) before the tests
    // of each common term below.
    const union = commonHits === 0 ? undefined : this.unionOf(commonHits, commons, commonShare, bitsList, count);
    const kept: number[] = [];
    for (let i = 0; i < count; i++) {
      const c = touched[i]!;
      const word = c >>> 5;
      const bit = 1 << (c & 31);
      const walked = state[2 * c + 1]! - base;
      if (walked + commonHits < minHits || (walked < minHits && union && (union[word]! & bit) === 0)) continue;
      let a = state[2 * c]!;
      let h = walked;
      for (let j = 0; j < commons; j++) {
        if ((bitsList[j]![word]! & bit) === 0) continue;
        if (commonShare[j]! > 0) h++;
        a += weights[j]!;
      }
      // The hits before the claim's denominator: the bit tests are in cache, the denominator mostly is
      // not, and the test with every common term's weight turned away almost none of the 2.9 million
      // claims per pass over the bench's pages that reached it (1 million have the hits).
      if (h < minHits || !mayPass(c, state[2 * c]! + commonWeight, minShared, minCoverage, claimDenominator)) continue;
      const b = mayPass(c, a, minShared, minCoverage, claimDenominator) ? boundOf(c, a, sentence, claimDenominator) : 0;
      if (b >= minCoverage) {
        bound[c] = b;
        kept.push(c);
      }
    }
    sortByBound(kept, bound);
    if (kept.length > k) kept.length = k;
    return kept;
  }

  /** Claims touched by the walk so far: touched[0..count). */
  private count = 0;

  /** Adds a term's weight (times `share`) to its claims (unless `open`, only to those touched already), or sets it aside when it is common. */
  private walk(t: number, share: number, countHit: boolean, maxDf: number, common: number[], commonShare: number[], open: boolean): void {
    const { state, touched, base } = this;
    const { flat, bounds } = this;
    const list = flat ?? this.index.postings[t]!;
    const from = bounds ? bounds[2 * t]! : 0;
    const to = bounds ? bounds[2 * t + 1]! : list.length;
    if (to - from > maxDf) {
      common[this.commons] = t;
      commonShare[this.commons++] = countHit ? share : -share;
      return;
    }
    const w = this.index.termWeight[t]! * share;
    const hit = countHit ? 1 : 0;
    let count = this.count;
    for (let i = from; i < to; i++) {
      const c = list[i]!;
      // The first term that touches a claim sets its sums (0 + w is w): no pass to clear them after.
      const tag = state[2 * c + 1]!;
      if (tag < base) {
        if (!open) continue;
        state[2 * c + 1] = base + hit;
        state[2 * c] = w;
        touched[count++] = c;
      } else {
        state[2 * c + 1] = tag + hit;
        state[2 * c] += w;
      }
    }
    this.count = count;
  }

  /** The bits of the common terms of this text that count a hit: the one's own, or their union. */
  private unionOf(commonHits: number, commons: number, commonShare: number[], bitsList: Uint32Array[], claims: number): Uint32Array | undefined {
    if (commonHits === 1) return bitsList[commonShare.findIndex((s) => s > 0)]!;
    const union = this.union;
    if (claims * (commons - 1) < union.length * commonHits) return undefined;
    // Two bit sets per pass over the union, the first pass writing it (no fill): 7.5 sets per union on
    // average over the bench's pages, and each pass reads and writes all of it.
    const sets = this.hitSets;
    let n = 0;
    for (let j = 0; j < commons; j++) if (commonShare[j]! > 0) sets[n++] = bitsList[j]!;
    const words = union.length;
    let a = sets[0]!;
    let b = sets[1]!;
    for (let k = 0; k < words; k++) union[k] = a[k]! | b[k]!;
    for (let j = 2; j < n; j += 2) {
      a = sets[j]!;
      b = j + 1 < n ? sets[j + 1]! : a;
      for (let k = 0; k < words; k++) union[k]! |= a[k]! | b[k]!;
    }
    return union;
  }

  /**
   * A common term's claims as a bit set, made on its first lookup: the walk
   * tests every open candidate against every common term of the text (about
   * a hundred candidates and a few terms per sentence), and a bit test costs
   * nothing where a binary search in a list of thousands cost most of the walk.
   * About n / 8 bytes per common term, and only terms that texts use.
   */
  private bitsOf(t: number): Uint32Array {
    let bits = this.commonBits.get(t);
    if (!bits) {
      bits = new Uint32Array((this.index.claimIds.length + 31) >>> 5);
      const list = this.index.postings[t]!;
      for (let i = 0; i < list.length; i++) bits[list[i]! >>> 5]! |= 1 << (list[i]! & 31);
      this.commonBits.set(t, bits);
    }
    return bits;
  }
}

/**
 * Claims by bound, largest first, ties in the walk's order: what a stable sort by `bound[b] - bound[a]`
 * gives (the bounds are numbers, never NaN). In place by insertion for the few claims a sentence keeps,
 * where Array.prototype.sort copies the array for every sentence.
 */
function sortByBound(kept: number[], bound: Float64Array): void {
  if (kept.length > 32) {
    kept.sort((a, b) => bound[b]! - bound[a]!);
    return;
  }
  for (let i = 1; i < kept.length; i++) {
    const c = kept[i]!;
    const b = bound[c]!;
    let j = i;
    for (; j > 0 && bound[kept[j - 1]!]! < b; j--) kept[j] = kept[j - 1]!;
    kept[j] = c;
  }
}

/** Bound of a claim's coverage (see top) from the weight it shares with the text. */
function boundOf(c: number, shared: number, sentence: number, claimDenominator: Float64Array): number {
  return Math.min(1, shared / claimDenominator[c]!) * Math.pow(Math.min(1, shared / sentence), TUNING.sentencePower);
}

/** Necessary for boundOf(c, shared) >= minCoverage (see top). */
function mayPass(c: number, shared: number, minShared: number, minCoverage: number, claimDenominator: Float64Array): boolean {
  return shared >= minShared && shared >= minCoverage * claimDenominator[c]!;
}
