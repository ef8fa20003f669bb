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
  figureWeight: 1,
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
};

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
    // A month alone ("by November") is weak evidence; a count or a full date is strong.
    const w = TUNING.figureWeight * top * (f.kind === 'm' ? 0.3 : 1);
    total += w;
    if (q.figureKeys.has(f.key)) {
      covered += w;
      sharedFigures.push(f.surface);
      agreeKinds.add(f.kind);
    } else if (q.figureKinds.has(f.kind)) conflictKinds.add(f.kind);
  }
  // Coverage of the document's weight, with the denominator clamped: a short
  // document made only of common words ("soldiers", "Russia") must still show
  // minMass rare words' worth of evidence, and a long statement with an
  // attribution tail need not be covered beyond enoughMass rare words' worth.
  const denominator = Math.max(TUNING.minMass * top, Math.min(total, TUNING.enoughMass * top));
  let score = Math.min(1, covered / denominator);
  for (const k of conflictKinds) if (!agreeKinds.has(k)) score *= TUNING.figureConflict;
  if (directionsConflict(doc.directions, q.analysis.directions)) score *= TUNING.directionConflict;
  if (doc.negated !== q.analysis.negated) score *= TUNING.negation;
  if (plainShared < 2) score *= TUNING.thinEvidence;
  if (doc.lang !== q.analysis.lang) score *= TUNING.otherLanguage;
  score *= attribution(q, doc, index, excluded);
  return { score, sharedTerms, sharedFigures, sharedEntities };
}
