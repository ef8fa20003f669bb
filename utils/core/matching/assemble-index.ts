/**
 * Postings, IDF, weights and bounds derived from analysed documents, without analysing any text and
 * without reading a document object: only columns of numbers (figures as their term ids). A built or
 * edited index passes its documents' columns (claim-index.ts); an index loaded from storage passes
 * the stored columns and documents decoded on first use (serialise-index.ts), so that loading makes
 * no object per document.
 */
import type { AnalysedDocs, ClaimIndex, CodedColumn, DocList, FlatPostings } from './index-types';
import { figureWeight, TUNING } from './tuning';
import { figureKeyOfTerm, isFigureTerm } from './figures';

/** The documents as columns, document d at index d. */
export interface DocColumns {
  claim: Int32Array;
  unitStart: Int32Array;
  unitEnd: Int32Array;
  /** Term ids of document d's figures are figureTerms[figureStart[d]..figureStart[d + 1]). */
  figureStart: Int32Array;
  figureTerms: Int32Array;
  lang: CodedColumn;
  /** Code -1: a statement, which belongs to no outlet. */
  outlet: CodedColumn;
}

type Terms = Pick<AnalysedDocs, 'claimIds' | 'termIds' | 'unitStems' | 'unitEntities' | 'termCount'> & { termList?: string[] };

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

/** docDenominatorOf with the figures given as term ids (figureTerms[f0..f1)): the same sum, in the same order. */
export function docDenominatorByTerms(
  index: Pick<ClaimIndex, 'termWeight' | 'top' | 'unitStems' | 'unitEntities' | 'figureTerms'>,
  unitStart: number,
  unitEnd: number,
  f0: number,
  f1: number,
): number {
  const { termWeight, top, unitStems: stems, unitEntities: entities, figureTerms } = index;
  let total = 0;
  for (let u = unitStart; u < unitEnd; u++) total += Math.max(termWeight[stems[u]!]!, entities[u]! >= 0 ? termWeight[entities[u]!]! : 0);
  // A figure term's weight is figureWeight(its key, top) (weighTerm): what docDenominatorOf adds.
  for (let f = f0; f < f1; f++) total += termWeight[figureTerms[f]!]!;
  return Math.max(TUNING.minMass * top, Math.min(total, TUNING.enoughMass * top));
}

/** IDF over n claims of a term that df of them have (BM25's, always positive). */
export const idfOf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
/** Largest possible IDF over n claims, and the weight of a term with it. */
export const maxIdfOf = (n: number) => Math.log(1 + (n - 0.5) / 1.5);
export const topOf = (maxIdf: number) => Math.pow(maxIdf, TUNING.idfPower);

/** Scoring weight of a term: a figure's share of `top`, else its IDF to the power idfPower. */
export function weighTerm(term: string, idf: number, top: number): number {
  return isFigureTerm(term) ? figureWeight(figureKeyOfTerm(term), top) : Math.pow(idf, TUNING.idfPower);
}

/**
 * Every term in `termIds` must be used by some document (update-index.ts deletes the others); `termList`,
 * when given, lists them by id.
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
  for (let t = 0; t < termCount; t++) idf[t] = idfOf(n, postings[t]!.length);
  const maxIdf = maxIdfOf(n);
  const top = topOf(maxIdf);
  const termWeight = new Float64Array(termCount);
  let termList = analysed.termList;
  if (termList) {
    // A loaded index's terms by id ('' where unused): a loop over them, not over the Map (20-35 ms
    // less of a cold worker start at 20,000 terms, in Node).
    for (let t = 0; t < termCount; t++) if (termList[t]) termWeight[t] = weighTerm(termList[t]!, idf[t]!, top);
  } else {
    termList = new Array<string>(termCount).fill('');
    for (const [term, t] of termIds) {
      termList[t] = term;
      termWeight[t] = weighTerm(term, idf[t]!, top);
    }
  }
  const { claim, unitStart, unitEnd, figureStart, figureTerms } = columns;
  const docFigureStart = figureStart.subarray(0, docCount);
  const docFigureEnd = figureStart.subarray(1, docCount + 1);
  const claimDenominator = new Float64Array(n).fill(Infinity);
  const claimDocStart = new Int32Array(n + 1).fill(docCount);
  for (let d = docCount - 1; d >= 0; d--) claimDocStart[claim[d]!] = d;
  for (let c = n - 1; c >= 0; c--) if (claimDocStart[c]! > claimDocStart[c + 1]!) claimDocStart[c] = claimDocStart[c + 1]!;
  let docDenominator = storedDenominators;
  if (!docDenominator) {
    const weights = { termWeight, top, unitStems: stems, unitEntities: entities, figureTerms };
    docDenominator = new Float64Array(docCount);
    for (let d = 0; d < docCount; d++) docDenominator[d] = docDenominatorByTerms(weights, unitStart[d]!, unitEnd[d]!, figureStart[d]!, figureStart[d + 1]!);
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
    termList,
    docFigureStart,
    docFigureEnd,
    figureTerms,
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
    avgDocUnits: meanUnits(unitStart, unitEnd),
    marks: { stem: new Int32Array(termCount), entity: new Int32Array(termCount), stamp: 0 },
  };
}

/** Mean units per document, counted by document: an edited index's unit arrays also hold units no document reads. */
export function meanUnits(unitStart: Int32Array, unitEnd: Int32Array): number {
  let units = 0;
  for (let d = 0; d < unitStart.length; d++) units += unitEnd[d]! - unitStart[d]!;
  return unitStart.length ? units / unitStart.length : 1;
}
