/**
 * Per index, what bounds a document's features before its full pass (score-ceiling.ts): each
 * document's total weight, made on first use and kept, since it is the same for every text; and the
 * largest IDF of any term. An edited index is a new object, with its own.
 */
import type { ClaimIndex } from './claim-index';

export interface DocTotals {
  /** Per document, its figures' then its units' weight summed in docFeatures' order (the same double); NaN until asked. */
  weight: Float64Array;
  /** The largest IDF in the index (a term an edit left without claims has more than maxIdf). */
  maxTermIdf: number;
}

const byIndex = new WeakMap<ClaimIndex, DocTotals>();

/** Take it once per index: a look-up in a weak map per document costs as much as the rest of the bound. */
export function docTotalsOf(index: ClaimIndex): DocTotals {
  let totals = byIndex.get(index);
  if (!totals) {
    let maxTermIdf = 0;
    for (let t = 0; t < index.idf.length; t++) maxTermIdf = Math.max(maxTermIdf, index.idf[t]!);
    totals = { weight: new Float64Array(index.docUnitStart.length).fill(NaN), maxTermIdf };
    byIndex.set(index, totals);
  }
  return totals;
}

/** A document's total weight: the denominator of its unclamped share (logShare). */
export function docTotal(totals: DocTotals, index: ClaimIndex, docId: number): number {
  const { weight } = totals;
  let total = weight[docId]!;
  if (Number.isNaN(total)) {
    const { termWeight, unitStems, unitEntities, figureTerms } = index;
    total = 0;
    for (let k = index.docFigureStart[docId]!; k < index.docFigureEnd[docId]!; k++) total += termWeight[figureTerms[k]!]!;
    for (let u = index.docUnitStart[docId]!; u < index.docUnitEnd[docId]!; u++) {
      const entity = unitEntities[u]!;
      total += Math.max(termWeight[unitStems[u]!]!, entity >= 0 ? termWeight[entity]! : 0);
    }
    weight[docId] = total;
  }
  return total;
}
