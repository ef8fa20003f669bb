/**
 * Detailed comparison of one text (a sentence) with one indexed document (a
 * claim statement or version quote): how much of the document's distinctive
 * content the sentence covers, weighted by IDF, then corrected by figure,
 * attribution, direction and negation agreement. Runs only on the few
 * candidates the postings walk returns.
 */
import { analyseText, type Analysis } from './analyse-text';
import { contentUnits, figureTerm, type ClaimIndex, type IndexedDoc } from './claim-index';
import { directionsConflict } from './cues';
import type { FigureKind } from './figures';
import { figureWeight, TUNING } from './tuning';

export { TUNING };

export interface QueryFeatures {
  analysis: Analysis;
  /** Distinct content units of the text: stem id (-1 if unknown to the index) and entity id (or -1). */
  unitStems: Int32Array;
  unitEntities: Int32Array;
  stems: Set<number>;
  entities: Set<number>;
  /** Stamp of this text in index.marks: marks.stem[t] === stamp when the text has stem t. */
  stamp: number;
  /** Proper names of the preceding sentence: "He said that..." carries its attribution. */
  contextEntities: Set<number>;
  persons: number[];
  figureKeys: Set<string>;
  figureKinds: Set<FigureKind>;
  /** Distinct index term ids of the text's stems and figures, for the postings walk. */
  terms: number[];
  /** Proper-name keys, walked for weight only: a name counts as one shared
   *  term through its stem already, and a name alone is no match. */
  nameTerms: number[];
  /** Names of the previous sentence, walked with a reduced weight (no hit counted). */
  contextTerms: number[];
  /** Denominator of the sentence-side coverage (see sentenceCoverage). */
  sentenceDenominator: number;
}

export interface DocExplanation {
  sharedTerms: string[];
  sharedFigures: string[];
  sharedEntities: string[];
}


/** Content weight of the text: its words (a word no claim uses weighs like
 *  the rarest) and its figures, at least minMass rarest words. */
function sentenceDenominator(stems: number[], entities: number[], figureKeys: Set<string>, index: ClaimIndex): number {
  let total = 0;
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i]!;
    const e = entities[i]!;
    total += s < 0 ? index.top * TUNING.unknownWordShare : Math.max(index.termWeight[s]!, e >= 0 ? index.termWeight[e]! : 0);
  }
  for (const key of figureKeys) total += figureWeight(key, index.top);
  return Math.max(total, TUNING.minMass * index.top);
}

/** Share of the sentence's own content weight (words and figures) that the document explains. */
function sentenceCoverage(q: QueryFeatures, doc: IndexedDoc, index: ClaimIndex): number {
  const { termWeight, top, unitStems, unitEntities } = index;
  let covered = 0;
  for (let i = 0; i < q.unitStems.length; i++) {
    const s = q.unitStems[i]!;
    const e = q.unitEntities[i]!;
    if (s < 0 && e < 0) continue;
    for (let u = doc.unitStart; u < doc.unitEnd; u++) {
      if ((s >= 0 && unitStems[u] === s) || (e >= 0 && unitEntities[u] === e)) {
        covered += Math.max(s >= 0 ? termWeight[s]! : 0, e >= 0 ? termWeight[e]! : 0);
        break;
      }
    }
  }
  for (const key of q.figureKeys) if (doc.figures.some((f) => f.key === key)) covered += figureWeight(key, top);
  return Math.min(1, covered / q.sentenceDenominator);
}

export function queryFeatures(analysis: Analysis, index: ClaimIndex, context?: Analysis): QueryFeatures {
  const stems = new Set<number>();
  const entities = new Set<number>();
  const marks = index.marks;
  const stamp = ++marks.stamp;
  const terms = new Set<number>();
  const nameTerms = new Set<number>();
  for (const w of analysis.words) {
    if (w.stop) continue;
    const s = index.termIds.get(w.stem);
    if (s !== undefined) {
      stems.add(s);
      marks.stem[s] = stamp;
      terms.add(s);
    }
    if (w.entity) {
      const e = index.termIds.get(w.entity);
      if (e !== undefined) {
        entities.add(e);
        marks.entity[e] = stamp;
        nameTerms.add(e);
      }
    }
  }
  const unitStems: number[] = [];
  const unitEntities: number[] = [];
  const seenStem = new Set<string>();
  for (const w of analysis.words) {
    if (w.stop || seenStem.has(w.stem)) continue;
    seenStem.add(w.stem);
    unitStems.push(index.termIds.get(w.stem) ?? -1);
    unitEntities.push(w.entity ? (index.termIds.get(w.entity) ?? -1) : -1);
  }
  const contextEntities = new Set<number>();
  for (const w of context?.words ?? []) {
    const e = w.entity ? index.termIds.get(w.entity) : undefined;
    if (e !== undefined) contextEntities.add(e);
  }
  const figureKeys = new Set(analysis.figures.map((f) => f.key));
  for (const key of figureKeys) {
    const t = index.termIds.get(figureTerm(key));
    if (t !== undefined) terms.add(t);
  }
  return {
    analysis,
    stamp,
    unitStems: Int32Array.from(unitStems),
    unitEntities: Int32Array.from(unitEntities),
    stems,
    entities,
    contextEntities,
    persons: analysis.persons.map((p) => index.termIds.get(p) ?? -1),
    figureKeys,
    figureKinds: new Set(analysis.figures.map((f) => f.kind)),
    terms: [...terms],
    nameTerms: [...nameTerms].filter((e) => !terms.has(e)),
    contextTerms: [...contextEntities].filter((e) => !entities.has(e) && !terms.has(e)),
    sentenceDenominator: sentenceDenominator(unitStems, unitEntities, figureKeys, index),
  };
}

/**
 * Attribution (a factor for all of a claim's documents): the sentence names a person the claim never mentions, and the
 * claim's own rare names are all absent, so it is somebody else's statement;
 * or the sentence names one of the claim's rare names: agreement.
 */
export function attribution(q: QueryFeatures, claim: number, index: ClaimIndex, excluded?: Uint8Array): number {
  const rare = index.maxIdf * 0.6;
  let claimRare = 0;
  let shared = false;
  const claimNames = new Set<number>();
  for (const { entity, doc: d } of index.claimEntities[claim]!) {
    if (excluded && excluded[d]) continue;
    claimNames.add(entity);
    if (index.idf[entity]! < rare) continue;
    claimRare++;
    if (q.entities.has(entity) || q.contextEntities.has(entity)) shared = true;
  }
  if (shared) return TUNING.attributionAgreement;
  const stranger = q.persons.some((p) => p < 0 || !claimNames.has(p));
  return stranger && claimRare > 0 ? TUNING.attributionConflict : 1;
}

/**
 * Score of a document for the text, in [0, 1] (attribution agreement can lift
 * it slightly above). Returns 0 early when even the best corrections could not
 * lift it to `minCoverage`.
 */
export function scoreDoc(q: QueryFeatures, docId: number, index: ClaimIndex, attributionFactor: number, minCoverage = 0): number {
  const doc = index.docs[docId]!;
  const { termWeight, top, unitStems, unitEntities } = index;
  // Typed-array marks rather than Set lookups: this loop runs for every
  // document of every candidate claim of every sentence of a page.
  const stemMark = index.marks.stem;
  const entityMark = index.marks.entity;
  let total = 0;
  let covered = 0;
  let plainShared = 0;
  for (let u = doc.unitStart; u < doc.unitEnd; u++) {
    const stem = unitStems[u]!;
    const entity = unitEntities[u]!;
    const w = Math.max(termWeight[stem]!, entity >= 0 ? termWeight[entity]! : 0);
    total += w;
    if (stemMark[stem] === q.stamp || (entity >= 0 && entityMark[entity] === q.stamp)) {
      covered += w;
      if (entity < 0) plainShared++;
    } else if (entity >= 0 && q.contextEntities.has(entity)) covered += w * TUNING.contextShare;
  }
  let sharedFigures = 0;
  let partialDates = 0;
  const conflictKinds = new Set<FigureKind>();
  const agreeKinds = new Set<FigureKind>();
  for (const f of doc.figures) {
    const w = figureWeight(f.key, top);
    total += w;
    if (q.figureKeys.has(f.key)) {
      covered += w;
      sharedFigures++;
      agreeKinds.add(f.kind);
    } else if (f.kind === 'd' && !q.figureKinds.has('d') && q.figureKeys.has(`m${f.key.slice(1).split('-')[0]}`)) {
      // "by November" against "by 1 November": compatible, only less precise.
      covered += w * TUNING.monthShare;
      partialDates++;
    } else if (q.figureKinds.has(f.kind)) conflictKinds.add(f.kind);
  }
  // Coverage of the document's weight, with the denominator clamped: a short
  // document made only of common words ("soldiers", "Russia") must still show
  // minMass rare words' worth of evidence, and a long statement with an
  // attribution tail need not be covered beyond enoughMass rare words' worth.
  // (precomputed per document as index.docDenominator).
  let score = Math.min(1, covered / index.docDenominator[docId]!);
  if (score === 0 || score < minCoverage) return 0;
  if (TUNING.sentencePower > 0) score *= Math.pow(sentenceCoverage(q, doc, index), TUNING.sentencePower);
  for (const k of conflictKinds) if (!agreeKinds.has(k)) score *= TUNING.figureConflict;
  if (doc.figures.length > 0 && agreeKinds.size === 0 && conflictKinds.size === 0 && partialDates === 0) score *= TUNING.missingFigure;
  if (directionsConflict(doc.directions, q.analysis.directions)) score *= TUNING.directionConflict;
  if (doc.negated !== q.analysis.negated) score *= TUNING.negation;
  // A shared figure or name alone is no match: ordinary words must agree too
  // (a figure counts as one of the two pieces of evidence, a name does not).
  if (plainShared + (sharedFigures + partialDates > 0 ? 1 : 0) < 2) score *= TUNING.thinEvidence;
  if (doc.lang !== q.analysis.lang) score *= TUNING.otherLanguage;
  return score * attributionFactor;
}

/** What the text and the document share, in the document's own words. */
export function explainDoc(q: QueryFeatures, doc: IndexedDoc, index: ClaimIndex): DocExplanation {
  const sharedTerms: string[] = [];
  const sharedEntities: string[] = [];
  // Re-analysing the one matched document is cheaper than keeping every
  // document's surfaces in memory; analysis is deterministic, so units line up.
  const units = contentUnits(analyseText(doc.text, doc.lang));
  units.forEach((unit, i) => {
    const u = doc.unitStart + i;
    const stem = index.unitStems[u]!;
    const entity = index.unitEntities[u]!;
    if (!q.stems.has(stem) && !(entity >= 0 && q.entities.has(entity))) return;
    (entity >= 0 ? sharedEntities : sharedTerms).push(unit.surface);
  });
  const sharedFigures = doc.figures.filter((f) => q.figureKeys.has(f.key)).map((f) => f.surface);
  return { sharedTerms, sharedFigures, sharedEntities };
}
