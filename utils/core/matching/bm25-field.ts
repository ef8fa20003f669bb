/**
 * One BM25 field over claims: term -> postings with term frequencies, and the
 * per-claim field length for length normalisation.
 */

export class Bm25Field {
  private readonly postings = new Map<string, { docs: number[]; tfs: number[] }>();
  private readonly lengths: number[] = [];
  private totalLength = 0;

  constructor(
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {}

  add(doc: number, terms: readonly string[]): void {
    const counts = new Map<string, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, tf] of counts) {
      let p = this.postings.get(t);
      if (!p) this.postings.set(t, (p = { docs: [], tfs: [] }));
      p.docs.push(doc);
      p.tfs.push(tf);
    }
    this.lengths[doc] = terms.length;
    this.totalLength += terms.length;
  }

  get size(): number {
    return this.lengths.length;
  }

  idf(term: string): number {
    const df = this.postings.get(term)?.docs.length ?? 0;
    const n = this.lengths.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Adds weight x BM25(query, doc) into scores[doc] for every doc sharing a term. */
  accumulate(query: readonly string[], weight: number, scores: Float64Array): void {
    const n = this.lengths.length;
    if (n === 0) return;
    const avg = this.totalLength / n || 1;
    for (const t of new Set(query)) {
      const p = this.postings.get(t);
      if (!p) continue;
      const idf = this.idf(t) * weight;
      for (let i = 0; i < p.docs.length; i++) {
        const d = p.docs[i]!;
        const tf = p.tfs[i]!;
        const norm = this.k1 * (1 - this.b + (this.b * (this.lengths[d] ?? 0)) / avg);
        scores[d] += (idf * tf * (this.k1 + 1)) / (tf + norm);
      }
    }
  }
}
