/**
 * Detailed comparison of one text (a sentence) with one indexed document (a
 * claim statement or version quote): how much of the document's distinctive
 * content the sentence covers, weighted by IDF, then corrected by figure,
 * attribution, direction and negation agreement. Runs only on the few
 * candidates the postings walk returns.
 */
import type { Analysis } from './analyse-text';
import { figureTerm, type ClaimIndex, type IndexedDoc } from './claim-index';
import { directionsConflict } from './cues';
import type { FigureKind } from './figures';

export interface QueryFeatures {
  analysis: Analysis;
  /** Distinct content units of the text: stem id (-1 if unknown to the index) and entity id (or -1). */
  unitStems: Int32Array;
  unitEntities: Int32Array;
  stems: Set<number>;
  entities: Set<number>;
  /** Proper names of the preceding sentence: "He said that..." carries its attribution. */
  contextEntities: Set<number>;
  persons: number[];
  figureKeys: Set<string>;
  figureKinds: Set<FigureKind>;
  /** Distinct index term ids present in the text, for the postings walk. */
  terms: number[];
}

export interface DocScore {
  score: number;
  sharedTerms: string[];
  sharedFigures: string[];
  sharedEntities: string[];
}

/** Scoring constants, calibrated on the seed file and CheckThat! train (see README of eval). */
export const TUNING = {
  /** Weights are IDF raised to this power: above 1 favours a claim's rare words. */
  idfPower: 1.5,
  /** Weight of a figure, as a share of the largest IDF weight. */
  figureWeight: 2,
  /** Weight of a month alone ("by November"), as a share of a figure's. */
  monthShare: 0.5,
  /** Evidence needed, in rarest-term units: short documents of common words fall short. */
  minMass: 2,
  /** Evidence that suffices: a long statement need not be covered beyond this. */
  enoughMass: 4,
  /** Share of weight an entity unit gets when only the previous sentence names it. */
  contextShare: 0.5,
  /** Multipliers. */
  figureConflict: 0.45,
  directionConflict: 0.3,
  negation: 0.8,
  thinEvidence: 0.4,
  otherLanguage: 0.8,
  attributionConflict: 0.6,
  attributionAgreement: 1.15,
  /** Exponent of the share of the sentence the document explains (0: ignored). */
  sentencePower: 0.5,
};

/** Share of the sentence's own content weight that the document explains. */
function sentenceCoverage(q: QueryFeatures, doc: IndexedDoc, weight: (t: number) => number, top: number): number {
  let total = 0;
  let covered = 0;
  const docTerms = new Set(doc.terms);
  for (let i = 0; i < q.unitStems.length; i++) {
    const s = q.unitStems[i]!;
    const e = q.unitEntities[i]!;
    // A word no claim uses is as distinctive as it gets.
    const w = s < 0 ? top : Math.max(weight(s), e >= 0 ? weight(e) : 0);
    total += w;
    if ((s >= 0 && docTerms.has(s)) || (e >= 0 && docTerms.has(e))) covered += w;
  }
  return total > 0 ? Math.min(1, covered / Math.max(total, TUNING.minMass * top)) : 0;
}

export function queryFeatures(analysis: Analysis, index: ClaimIndex, context?: Analysis): QueryFeatures {
  const stems = new Set<number>();
  const entities = new Set<number>();
  const terms = new Set<number>();
  for (const w of analysis.words) {
    if (w.stop) continue;
    const s = index.termIds.get(w.stem);
    if (s !== undefined) {
      stems.add(s);
      terms.add(s);
    }
    if (w.entity) {
      const e = index.termIds.get(w.entity);
      if (e !== undefined) {
        entities.add(e);
        terms.add(e);
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
    unitStems: Int32Array.from(unitStems),
    unitEntities: Int32Array.from(unitEntities),
    stems,
    entities,
    contextEntities,
    persons: analysis.persons.map((p) => index.termIds.get(p) ?? -1),
    figureKeys,
    figureKinds: new Set(analysis.figures.map((f) => f.kind)),
    terms: [...terms],
  };
}

/**
 * Attribution: the sentence names a person the claim never mentions, and the
 * claim's own rare names are all absent, so it is somebody else's statement;
 * or the sentence names one of the claim's rare names: agreement.
 */
function attribution(q: QueryFeatures, doc: IndexedDoc, index: ClaimIndex, excluded?: Uint8Array): number {
  const rare = index.maxIdf * 0.6;
  let claimRare = 0;
  let shared = false;
  const claimNames = new Set<number>();
  for (const { entity, doc: d } of index.claimEntities[doc.claim]!) {
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

export function scoreDoc(q: QueryFeatures, doc: IndexedDoc, index: ClaimIndex, excluded?: Uint8Array): DocScore {
  const { idf, maxIdf } = index;
  const weight = (t: number) => Math.pow(idf[t]!, TUNING.idfPower);
  const top = Math.pow(maxIdf, TUNING.idfPower);
  let total = 0;
  let covered = 0;
  let plainShared = 0;
  const sharedTerms: string[] = [];
  const sharedEntities: string[] = [];
  for (let i = 0; i < doc.stems.length; i++) {
    const stem = doc.stems[i]!;
    const entity = doc.entities[i]!;
    const w = Math.max(weight(stem), entity >= 0 ? weight(entity) : 0);
    total += w;
    if (q.stems.has(stem) || (entity >= 0 && q.entities.has(entity))) {
      covered += w;
      if (entity >= 0) sharedEntities.push(doc.surfaces[i]!);
      else {
        sharedTerms.push(doc.surfaces[i]!);
        plainShared++;
      }
    } else if (entity >= 0 && q.contextEntities.has(entity)) covered += w * TUNING.contextShare;
  }
  const sharedFigures: string[] = [];
  const conflictKinds = new Set<FigureKind>();
  const agreeKinds = new Set<FigureKind>();
  for (const f of doc.figures) {
    const w = TUNING.figureWeight * top * (f.kind === 'm' ? TUNING.monthShare : 1);
    total += w;
    if (q.figureKeys.has(f.key)) {
      covered += w;
      sharedFigures.push(f.surface);
      agreeKinds.add(f.kind);
    } else if (f.kind === 'd' && !q.figureKinds.has('d') && q.figureKeys.has(`m${f.key.slice(1).split('-')[0]}`)) {
      // "by November" against "by 1 November": compatible, only less precise.
      covered += w * TUNING.monthShare;
    } else if (q.figureKinds.has(f.kind)) conflictKinds.add(f.kind);
  }
  // Coverage of the document's weight, with the denominator clamped: a short
  // document made only of common words ("soldiers", "Russia") must still show
  // minMass rare words' worth of evidence, and a long statement with an
  // attribution tail need not be covered beyond enoughMass rare words' worth.
  const denominator = Math.max(TUNING.minMass * top, Math.min(total, TUNING.enoughMass * top));
  let score = Math.min(1, covered / denominator);
  if (TUNING.sentencePower > 0) score *= Math.pow(sentenceCoverage(q, doc, weight, top), TUNING.sentencePower);
  for (const k of conflictKinds) if (!agreeKinds.has(k)) score *= TUNING.figureConflict;
  if (directionsConflict(doc.directions, q.analysis.directions)) score *= TUNING.directionConflict;
  if (doc.negated !== q.analysis.negated) score *= TUNING.negation;
  // A shared figure or name alone is no match: ordinary words must agree too
  // (a figure counts as one of the two pieces of evidence, a name does not).
  if (plainShared + (sharedFigures.length > 0 ? 1 : 0) < 2) score *= TUNING.thinEvidence;
  if (doc.lang !== q.analysis.lang) score *= TUNING.otherLanguage;
  score *= attribution(q, doc, index, excluded);
  return { score, sharedTerms, sharedFigures, sharedEntities };
}
