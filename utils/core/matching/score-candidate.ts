/**
 * Detailed comparison of one text (a sentence) with one indexed document (a
 * claim statement or version quote): how much of the document's distinctive
 * content the sentence covers, weighted by IDF, then corrected by figure,
 * attribution, direction and negation agreement. Runs only on the few
 * candidates the postings walk returns.
 */
import type { ClaimIndex, IndexedDoc } from './claim-index';
import { directionsConflict } from './cues';
import type { FigureKind } from './figures';
import type { QueryFeatures } from './query-features';
import { figureWeight, TUNING } from './tuning';

export { TUNING };
export { queryFeatures, type QueryFeatures } from './query-features';


/**
 * What else is known about the sentence when one document is scored, per
 * sentence unit (index of q.unitStems): `claimCovered`, 1 when another
 * wording of the same claim covers it; `explained`, 1 when a claim already
 * reported on this sentence covers it (`explainedFigures` likewise).
 */
export interface SentenceContext {
  /** Per sentence unit, 1 when some document of the claim covers it; a
   *  function, computed on first use: most documents stop at the coverage bound. */
  claimCovered?: () => Uint8Array;
  explained?: Uint8Array;
  explainedFigures?: ReadonlySet<string>;
}

/**
 * Share of the sentence's own content weight (words and figures) that the
 * document explains. A word that another wording of the claim has (in any
 * language: "équipements" against the English statement's "equipment") is
 * explained by the claim, if not by this wording, and counts for
 * otherWordingShare. A unit that a claim reported on the same sentence
 * explains, and this claim does not, leaves the denominator: a sentence that
 * states two claims is not noise for either.
 */
function sentenceCoverage(q: QueryFeatures, doc: IndexedDoc, index: ClaimIndex, ctx: SentenceContext): number {
  const { termWeight, top, unitStems, unitEntities } = index;
  const claimCovered = ctx.claimCovered?.();
  let covered = 0;
  let removed = 0;
  for (let i = 0; i < q.unitStems.length; i++) {
    const s = q.unitStems[i]!;
    const e = q.unitEntities[i]!;
    if (s < 0 && e < 0) continue;
    const w = Math.max(s >= 0 ? termWeight[s]! : 0, e >= 0 ? termWeight[e]! : 0);
    let hit = false;
    for (let u = doc.unitStart; u < doc.unitEnd && !hit; u++) {
      hit = (s >= 0 && unitStems[u] === s) || (e >= 0 && unitEntities[u] === e);
    }
    if (hit) covered += w;
    else if (claimCovered && claimCovered[i]) covered += w * TUNING.otherWordingShare;
    else if (ctx.explained && ctx.explained[i]) removed += s < 0 && e < 0 ? 0 : w;
  }
  for (const key of q.figureKeys) {
    if (doc.figures.some((f) => f.key === key)) covered += figureWeight(key, top);
    else if (ctx.explainedFigures?.has(key)) removed += figureWeight(key, top);
  }
  return Math.min(1, covered / Math.max(q.sentenceDenominator - removed, TUNING.minMass * top));
}

/** Per sentence unit, 1 when the document covers it (stem or name): what a reported match explains. */
export function unitsCovered(q: QueryFeatures, docId: number, index: ClaimIndex, into: Uint8Array, figures: Set<string>): void {
  const doc = index.docs[docId]!;
  for (let i = 0; i < q.unitStems.length; i++) {
    const s = q.unitStems[i]!;
    const e = q.unitEntities[i]!;
    for (let u = doc.unitStart; u < doc.unitEnd; u++) {
      if ((s >= 0 && index.unitStems[u] === s) || (e >= 0 && index.unitEntities[u] === e)) {
        into[i] = 1;
        break;
      }
    }
  }
  for (const f of doc.figures) if (q.figureKeys.has(f.key)) figures.add(f.key);
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
export function scoreDoc(q: QueryFeatures, docId: number, index: ClaimIndex, attributionFactor: number, minCoverage = 0, ctx: SentenceContext = {}): number {
  const doc = index.docs[docId]!;
  const { termWeight, top, unitStems, unitEntities } = index;
  // Typed-array marks rather than Set lookups: this loop runs for every
  // document of every candidate claim of every sentence of a page.
  const stemMark = index.marks.stem;
  const entityMark = index.marks.entity;
  let total = 0;
  let covered = 0;
  let plainShared = 0;
  // Runs of consecutive shared document units: "a deck of playing cards"
  // shared as "deck ... cards" is one phrase, a single piece of the claim.
  let runs = 0;
  let sharedUnits = 0;
  let lastShared = -2;
  for (let u = doc.unitStart; u < doc.unitEnd; u++) {
    const stem = unitStems[u]!;
    const entity = unitEntities[u]!;
    const w = Math.max(termWeight[stem]!, entity >= 0 ? termWeight[entity]! : 0);
    total += w;
    if (stemMark[stem] === q.stamp || (entity >= 0 && entityMark[entity] === q.stamp)) {
      covered += w;
      if (entity < 0) plainShared++;
      sharedUnits++;
      if (u !== lastShared + 1) runs++;
      lastShared = u;
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
  if (TUNING.sentencePower > 0) score *= Math.pow(sentenceCoverage(q, doc, index, ctx), TUNING.sentencePower);
  for (const k of conflictKinds) if (!agreeKinds.has(k)) score *= TUNING.figureConflict;
  if (doc.figures.length > 0 && agreeKinds.size === 0 && conflictKinds.size === 0 && partialDates === 0) score *= TUNING.missingFigure;
  if (directionsConflict(doc.directions, q.analysis.directions)) score *= TUNING.directionConflict;
  if (doc.negated !== q.analysis.negated) score *= TUNING.negation;
  // A shared figure or name alone is no match: at least one ordinary word
  // must agree, and two pieces of evidence are needed (a figure counts as
  // one, a name does not).
  if (plainShared === 0) return 0;
  // A heading or menu item of two words ("User agreement") cannot state a
  // claim that takes ten: the text must be at least a fair share of its length.
  if (q.unitStems.length < TUNING.minLengthShare * (doc.unitEnd - doc.unitStart)) score *= TUNING.tooShort;
  if (plainShared + (sharedFigures + partialDates > 0 ? 1 : 0) < 2) score *= TUNING.thinEvidence;
  // Two rare words of one noun phrase ("privacy policy", "deck of cards")
  // name a topic; a claim needs a second piece: its predicate, a figure, a
  // name elsewhere in it. Unless the phrase is most of the claim ("des
  // millions ici").
  else if (runs + (sharedFigures + partialDates > 0 ? 1 : 0) < 2 && sharedUnits < TUNING.onePhraseShare * (doc.unitEnd - doc.unitStart)) {
    score *= TUNING.onePhrase;
  }
  if (doc.lang !== q.analysis.lang) score *= TUNING.otherLanguage;
  return score * attributionFactor;
}
