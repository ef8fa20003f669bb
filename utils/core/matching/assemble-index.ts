/**
 * Postings, IDF, weights and bounds derived from analysed documents, without analysing any text and
 * without reading a document object: only columns of numbers (and the figures' keys). A built or
 * edited index passes its documents' columns (claim-index.ts); an index loaded from storage passes
 * the stored columns and documents decoded on first use (serialise-index.ts), so that loading makes
 * no object per document.
 */
import type { AnalysedDocs, ClaimIndex, CodedColumn, DocList, FlatPostings } from './index-types';
import { figureWeight, TUNING } from './tuning';

/** The documents as columns, document d at index d. */
export interface DocColumns {
  claim: Int32Array;
  unitStart: Int32Array;
  unitEnd: Int32Array;
  /** Figure keys of document d are figureKeys[figureStart[d]..figureStart[d + 1]); only read when the denominators are not given. */
  figureStart: Int32Array;
  figureKeys?: readonly string[];
  lang: CodedColumn;
  /** Code -1: a statement, which belongs to no outlet. */
  outlet: CodedColumn;
}

type Terms = Pick<AnalysedDocs, 'claimIds' | 'termIds' | 'unitStems' | 'unitEntities' | 'termCount'>;

/**
 * A document's coverage denominator (see scoreDoc): the weight of its units and of its figures
 * figureKeys[f0..f1), within the bounds TUNING sets.
 */
export function docDenominatorOf(
  index: Pick<ClaimIndex, 'termWeight' | 'top' | 'unitStems' | 'unitEntities'>,
  unitStart: number,
  unitEnd: number,
  figureKeys: readonly string[],
  f0: number,
  f1: number,
): number {
  const { termWeight, top, unitStems: stems, unitEntities: entities } = index;
  let total = 0;
  for (let u = unitStart; u < unitEnd; u++) total += Math.max(termWeight[stems[u]!]!, entities[u]! >= 0 ? termWeight[entities[u]!]! : 0);
  for (let f = f0; f < f1; f++) total += figureWeight(figureKeys[f]!, top);
  return Math.max(TUNING.minMass * top, Math.min(total, TUNING.enoughMass * top));
}

/**
 * Every term in `termIds` must be used by some document (update-index.ts deletes the others).
 * `storedDenominators`: the documents' denominators as stored with the index (checked on a sample
 * at load, engine-version.ts), so that loading reads no unit; without them they are computed.
 */
export function assembleColumns(analysed: Terms, docs: DocList, columns: DocColumns, flat: FlatPostings, storedDenominators?: Float64Array): ClaimIndex {
  const { claimIds, termIds } = analysed;
  const stems = analysed.unitStems;
  const entities = analysed.unitEntities;
  const termCount = analysed.termCount;
  const { all, starts: counts } = flat;
  const n = claimIds.length;
  const docCount = columns.claim.length;
  const postings = new Array<Int32Array>(termCount);
  for (let t = 0; t < termCount; t++) postings[t] = all.subarray(counts[t]!, counts[t + 1]!);
  const idf = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) idf[t] = Math.log(1 + (n - postings[t]!.length + 0.5) / (postings[t]!.length + 0.5));
  const maxIdf = Math.log(1 + (n - 0.5) / 1.5);
  const top = Math.pow(maxIdf, TUNING.idfPower);
  const termWeight = new Float64Array(termCount);
  for (const [term, t] of termIds) {
    termWeight[t] = term.startsWith('#') ? figureWeight(term.slice(1), top) : Math.pow(idf[t]!, TUNING.idfPower);
  }
  const { claim, unitStart, unitEnd, figureStart, figureKeys } = columns;
  const claimDenominator = new Float64Array(n).fill(Infinity);
  const claimDocStart = new Int32Array(n + 1).fill(docCount);
  for (let d = docCount - 1; d >= 0; d--) claimDocStart[claim[d]!] = d;
  for (let c = n - 1; c >= 0; c--) if (claimDocStart[c]! > claimDocStart[c + 1]!) claimDocStart[c] = claimDocStart[c + 1]!;
  let docDenominator = storedDenominators;
  if (!docDenominator) {
    const weights = { termWeight, top, unitStems: stems, unitEntities: entities };
    docDenominator = new Float64Array(docCount);
    for (let d = 0; d < docCount; d++) docDenominator[d] = docDenominatorOf(weights, unitStart[d]!, unitEnd[d]!, figureKeys!, figureStart[d]!, figureStart[d + 1]!);
  }
  for (let d = 0; d < docCount; d++) claimDenominator[claim[d]!] = Math.min(claimDenominator[claim[d]!]!, docDenominator[d]!);
  return {
    claimIds,
    docs,
    docLang: columns.lang,
    docOutlet: columns.outlet,
    docUnitStart: unitStart,
    docUnitEnd: unitEnd,
    termIds,
    unitStems: stems,
    unitEntities: entities,
    postings,
    claimDocStart,
    claimDenominator,
    idf,
    maxIdf,
    termWeight,
    top,
    docDenominator,
    avgDocUnits: docCount ? stems.length / docCount : 1,
    marks: { stem: new Int32Array(termCount), entity: new Int32Array(termCount), stamp: 0 },
  };
}
