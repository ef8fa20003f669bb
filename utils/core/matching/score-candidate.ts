/**
 * Detailed comparison of one text (a sentence) with one indexed document (a
 * claim statement or version quote): how much of the document's distinctive
 * content the sentence covers, weighted by IDF, then corrected by figure,
 * attribution, direction and negation agreement. Runs only on the few
 * candidates the postings walk returns.
 */
import { docLanguageBit } from './alt-languages';
import type { ClaimIndex, IndexedDoc } from './claim-index';
import { directionsConflict } from './cues';
import { claimDenied } from './claim-denial';
import { crossLanguage, docUnitHits } from './doc-units';
import { figureKindOfTerm, figureKeyOfTerm, type FigureKind } from './figures';
import { roundedAlike } from './rounded-figures';
import type { QueryFeatures } from './query-features';
import { F } from './model';
import { figureWeight, TUNING } from './tuning';
import { bm25Of, writeShape } from './score-ceiling';
import { subjectCoverage, subjectUnits } from './doc-subject';
import { commonFirstWord } from './person-names';

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

/** The caller's say on a document before the sentence's side of its features (see docFeatures). */
export interface KeepDocument {
  /** Asked before the full pass, with what the document's reach says of its features (score-ceiling.ts). */
  reachable(q: QueryFeatures, docId: number, index: ClaimIndex, reach: number, docLang: string | undefined, subject: number): boolean;
  /** Asked after the full pass, with the features that read the document object (directions, negation, outlet) still 0. */
  early(x: Float64Array): boolean;
  keep(x: Float64Array): boolean;
}

/**
 * Share of the sentence's own content weight (words and figures) that the
 * document explains. A word that another wording of the claim has (in any
 * language: "équipements" against the English statement's "equipment") is
 * explained by the claim, if not by this wording, and counts in full. A unit that a claim reported on the same sentence
 * explains, and this claim does not, leaves the denominator: a sentence that
 * states two claims is not noise for either.
 */
function sentenceCoverage(q: QueryFeatures, doc: IndexedDoc, index: ClaimIndex, ctx: SentenceContext): number {
  const { termWeight, top } = index;
  const claimCovered = ctx.claimCovered?.();
  let covered = 0;
  let removed = 0;
  const cross = crossLanguage(q, doc);
  const hits = docUnitHits(q, doc, index, cross);
  for (let i = 0; i < q.unitStems.length; i++) {
    const s = q.unitStems[i]!;
    const e = q.unitEntities[i]!;
    // A word no claim uses but whose translation one does weighs as that translation.
    const w = Math.max(s >= 0 ? termWeight[s]! : 0, e >= 0 ? termWeight[e]! : 0, cross ? altWeight(q, i, index) : 0);
    if (w === 0) continue;
    if (hits[i]) covered += w;
    else if (claimCovered && claimCovered[i]) covered += w;
    else if (ctx.explained && ctx.explained[i]) removed += s < 0 && e < 0 ? 0 : w;
  }
  for (const key of q.figureKeys) {
    if (doc.figures.some((f) => f.key === key)) covered += figureWeight(key, top);
    else if (ctx.explainedFigures?.has(key)) removed += figureWeight(key, top);
  }
  return Math.min(1, covered / Math.max(q.sentenceDenominator - removed, TUNING.minMass * top));
}

/** Weight of sentence unit `i` through its translations: the largest. */
function altWeight(q: QueryFeatures, i: number, index: ClaimIndex): number {
  let w = 0;
  for (let k = q.unitAltStart[i]!; k < q.unitAltStart[i + 1]!; k++) w = Math.max(w, index.termWeight[q.unitAlt[k]!]!);
  return w;
}

/** Per sentence unit, 1 when the document covers it (stem or name): what a reported match explains. */
export function unitsCovered(q: QueryFeatures, docId: number, index: ClaimIndex, into: Uint8Array, figures: Set<string>): void {
  const doc = index.docs.at(docId)!;
  const hits = docUnitHits(q, doc, index, crossLanguage(q, doc));
  for (let i = 0; i < q.unitStems.length; i++) if (hits[i]) into[i] = 1;
  for (const f of doc.figures) if (q.figureKeys.has(f.key)) figures.add(f.key);
}

const KIND_BIT: Record<FigureKind, number> = { n: 1, y: 2, m: 4, d: 8 };

/**
 * Features of a document for the text (see model.ts), written into `x`.
 * Returns false early, leaving `x` unspecified, when the document's coverage
 * (times the square root of the sentence's) cannot reach `minCoverage`: the
 * candidate floor under which no decision can be a match; or when `keep`,
 * called with every feature but the sentence coverage's and the denial's, says no.
 */
export function docFeatures(q: QueryFeatures, docId: number, index: ClaimIndex, minCoverage: number, ctx: SentenceContext, x: Float64Array, keep?: KeepDocument): boolean {
  // Read from the index's columns up to the floor: most documents stop there, and a stored index
  // decodes a document object only when one is asked for.
  const unitStart = index.docUnitStart[docId]!;
  const unitEnd = index.docUnitEnd[docId]!;
  const lang = index.docLang.values[index.docLang.codes[docId]!];
  const { termWeight, unitStems, unitEntities } = index;
  // Typed-array marks rather than Set lookups: this loop runs for every document of every candidate claim of every sentence of a page.
  const stemMark = index.marks.stem;
  const entityMark = index.marks.entity;
  // Made by queryFeatures for every text: the preceding sentence's names (contextEntities).
  const contextEntity = index.marks.contextEntity!;
  const altMark = q.unitAlt.length > 0 && lang !== q.analysis.lang ? index.marks.alt! : undefined;
  // A translated term counts only for a document in a language it was given for (alt-languages.ts).
  const altLang = index.marks.altLang!, docBit = docLanguageBit(index, docId);
  const { figureTerms, termList } = index;
  const figureStart = index.docFigureStart[docId]!;
  const figureEnd = index.docFigureEnd[docId]!;
  // The floor first, in a lighter pass: most documents stop at it. `reach` sums what the pass below sums
  // into `covered`, in the same order (so the same doubles), but a figure's partial-date share is added
  // whenever it may be one (the month unchecked): reach >= covered, and the floor holds on either.
  const figureMark = index.marks.figure!;
  let reach = 0;
  for (let u = unitStart; u < unitEnd; u++) {
    const stem = unitStems[u]!;
    const entity = unitEntities[u]!;
    if (stemMark[stem] === q.stamp || (entity >= 0 && entityMark[entity] === q.stamp) || (altMark && altMark[stem] === q.stamp && (altLang[stem]! & docBit) !== 0)) {
      reach += Math.max(termWeight[stem]!, entity >= 0 ? termWeight[entity]! : 0);
    } else if (entity >= 0 && contextEntity[entity] === q.stamp) {
      reach += Math.max(termWeight[stem]!, termWeight[entity]!) * TUNING.contextShare;
    }
  }
  if (figureEnd > figureStart) {
    const partialDates = !q.figureKinds.has('d') && q.figureKinds.has('m');
    for (let k = figureStart; k < figureEnd; k++) {
      const t = figureTerms[k]!;
      if (figureMark[t] === q.stamp) reach += termWeight[t]!;
      else if (partialDates && figureKindOfTerm(termList[t]!) === 'd') reach += termWeight[t]! * TUNING.monthShare;
      else if (q.countFigures > 0 && figureKindOfTerm(termList[t]!) === 'n' && roundedAlike(figureKeyOfTerm(termList[t]!), q.figureKeys)) reach += termWeight[t]! * TUNING.monthShare;
    }
  }
  if (reach === 0 || Math.min(1, reach / index.docDenominator[docId]!) < minCoverage) return false;
  // Most documents past the floor are turned away by `keep` below; nine in ten on their reach and subject alone.
  const subjectShare = subjectCoverage(q, docId, index, altMark, docBit);
  if (keep && !keep.reachable(q, docId, index, reach, lang, subjectShare)) return false;
  let covered = 0;
  let translated = 0;
  let plainShared = 0;
  // Runs of consecutive shared document units: "a deck of playing cards"
  // shared as "deck ... cards" is one phrase, a single piece of the claim.
  let runs = 0;
  let sharedUnits = 0;
  let lastShared = -2;
  let predicateTotal = 0;
  let predicateCovered = 0;
  const subjectEnd = unitStart + subjectUnits(unitEnd - unitStart);
  let sharedIdf = 0;
  let names = 0;
  let namesShared = 0;
  let nameWeight = 0;
  let nameMissing = 0;
  // The unclamped share's denominator: the figures' weight, then each unit's, summed in the order the
  // figure loop and the unit loop below read them (the same doubles in the same order, so the same sum).
  let docTotal = 0;
  for (let k = figureStart; k < figureEnd; k++) docTotal += termWeight[figureTerms[k]!]!;
  for (let u = unitStart; u < unitEnd; u++) {
    const stem = unitStems[u]!;
    const entity = unitEntities[u]!;
    const w = Math.max(termWeight[stem]!, entity >= 0 ? termWeight[entity]! : 0);
    docTotal += w;
    const subject = u < subjectEnd;
    if (!subject) predicateTotal += w;
    // A wording's first word is capitalised whatever it is: "Environ 950 pompiers" names nobody.
    const named = entity >= 0 && !(u === unitStart && commonFirstWord(termList[stem]!, lang));
    if (named) {
      names++;
      nameWeight += w;
      if (entityMark[entity] !== q.stamp && stemMark[stem] !== q.stamp && contextEntity[entity] !== q.stamp) nameMissing += w;
    }
    const direct = stemMark[stem] === q.stamp || (entity >= 0 && entityMark[entity] === q.stamp);
    if (direct || (altMark && altMark[stem] === q.stamp && (altLang[stem]! & docBit) !== 0)) {
      covered += w;
      if (!direct) translated += w;
      sharedIdf += index.idf[stem]!;
      // A name the text has only as a word (uncapitalised, or through the word list: "tourisme" for a
      // wording's first word "Tourism") is a word shared too.
      if (entity < 0 || entityMark[entity] !== q.stamp) plainShared++;
      if (named) namesShared++;
      if (!subject) predicateCovered += w;
      sharedUnits++;
      if (u !== lastShared + 1) runs++;
      lastShared = u;
    } else if (entity >= 0 && contextEntity[entity] === q.stamp) {
      covered += w * TUNING.contextShare;
      namesShared++;
    }
  }
  let sharedFigures = 0;
  let partialDates = 0;
  // Figure kinds as bits (KIND_BIT): no set per document.
  let conflictKinds = 0;
  let agreeKinds = 0;
  let figureTotal = 0;
  let figureCovered = 0;
  let countsAgree = 0;
  let countsOther = 0;
  // The document's figures read from the index's columns, not from the document: their term ids
  // (figureTerms, in the order of its figures), the kind and key each term gives (figures.ts), and its
  // weight figureWeight(key, top) (weighTerm).
  for (let k = figureStart; k < figureEnd; k++) {
    const t = figureTerms[k]!;
    const term = termList[t]!;
    const kind = figureKindOfTerm(term);
    const w = termWeight[t]!;
    figureTotal += w;
    if (figureMark[t] === q.stamp) {
      covered += w;
      figureCovered += w;
      sharedFigures++;
      agreeKinds |= KIND_BIT[kind];
      if (kind === 'n') countsAgree++;
    } else if (kind === 'd' && !q.figureKinds.has('d') && q.figureKinds.has('m') && q.figureKeys.has(`m${figureKeyOfTerm(term).slice(1).split('-')[0]}`)) {
      // "by November" against "by 1 November": compatible, only less precise.
      covered += w * TUNING.monthShare;
      figureCovered += w * TUNING.monthShare;
      partialDates++;
    } else if (kind === 'n' && q.countFigures > 0 && roundedAlike(figureKeyOfTerm(term), q.figureKeys)) {
      // "quelque 2 300" against "2 350": one figure rounded, only less precise (as a month to its day).
      covered += w * TUNING.monthShare;
      figureCovered += w * TUNING.monthShare;
      partialDates++;
    } else if (q.figureKinds.has(kind)) {
      conflictKinds |= KIND_BIT[kind];
      if (kind === 'n') countsOther++;
    }
  }
  // Coverage of the document's weight, with the denominator clamped: a short document made only of common
  // words ("soldiers", "Russia") must still show minMass rare words' worth of evidence, and a long
  // statement with an attribution tail need not be covered beyond enoughMass rare words' worth.
  const coverage = Math.min(1, covered / index.docDenominator[docId]!);
  if (coverage === 0 || coverage < minCoverage) return false;
  x.fill(0);
  writeShape(x, q, unitEnd - unitStart, lang);
  x[F.coverage] = coverage;
  x[F.logCoverage] = Math.log(Math.max(coverage, 0.01));
  x[F.logShare] = Math.log(Math.max(Math.min(1, covered / Math.max(docTotal, 1e-9)), 0.01));
  x[F.figureAgrees] = sharedFigures > 0 ? 1 : 0;
  const conflicts = conflictKinds & ~agreeKinds;
  // A shared count does not settle it when most of the document's counts are others the text has
  // not ("by 280 votes to 95" against "by 312 votes to 95, with 14 abstentions"): the text gives
  // its own counts where the document gives more of its own.
  if (conflicts & KIND_BIT.n || (countsAgree > 0 && countsOther > countsAgree && q.countFigures > countsAgree)) x[F.conflictCount] = 1;
  if (conflicts & KIND_BIT.y) x[F.conflictYear] = 1;
  if (conflicts & KIND_BIT.m) x[F.conflictMonth] = 1;
  if (conflicts & KIND_BIT.d) x[F.conflictDay] = 1;
  x[F.missingFigure] = figureEnd > figureStart && agreeKinds === 0 && conflictKinds === 0 && partialDates === 0 ? 1 : 0;
  x[F.partialDate] = partialDates > 0 ? 1 : 0;
  const docUnits = unitEnd - unitStart;
  const pieces = plainShared + (sharedFigures + partialDates > 0 ? 1 : 0);
  x[F.thinEvidence] = pieces < 2 ? 1 : 0;
  // Two rare words of one noun phrase ("privacy policy", "deck of cards") name a topic; a claim needs a
  // second piece: its predicate, a figure, a name elsewhere in it. Unless the phrase is most of the claim.
  x[F.onePhrase] = pieces >= 2 && runs + (sharedFigures + partialDates > 0 ? 1 : 0) < 2 && sharedUnits < TUNING.onePhraseShare * docUnits ? 1 : 0;
  x[F.translatedShare] = covered > 0 ? translated / covered : 0;
  x[F.plainShared] = Math.log1p(plainShared);
  x[F.noPlainShared] = plainShared === 0 ? 1 : 0;
  // What the sentence before says counts too: "They were seen queuing...", it says who (doc-subject.ts).
  x[F.subjectCoverage] = subjectShare;
  // Figures belong to what is said: "11,000 soldiers" shares its subject with "11,000 fans" only through the figure.
  const predicateAll = predicateTotal + figureTotal;
  x[F.predicateCoverage] = predicateAll > 0 ? Math.min(1, (predicateCovered + figureCovered) / predicateAll) : 1;
  x[F.subjectAndPredicate] = Math.min(x[F.subjectCoverage]!, x[F.predicateCoverage]!);
  // Within one language only: across languages a name is often written otherwise ("Pékin" for
  // China, "Khartoum" for Sudan), and sharing none of them says little of the subject.
  x[F.namesMissing] = names > 0 && namesShared === 0 && lang === q.analysis.lang ? 1 : 0;
  x[F.nameMissingShare] = nameWeight > 0 ? nameMissing / nameWeight : 0;
  x[F.bm25] = bm25Of(sharedIdf, docUnits, index);
  // About 99% of the documents past the floor are turned away by `keep`: ask its bound before the
  // features that need the document object (see LogitBound.mayMatterEarly).
  if (keep && !keep.early(x)) return false;
  const doc = index.docs.at(docId)!;
  x[F.directionConflict] = directionsConflict(doc.directions, q.analysis.directions) ? 1 : 0;
  x[F.negationMismatch] = doc.negated !== q.analysis.negated && !(doc.negated && q.analysis.deniedLater) ? 1 : 0; // ", which Moscow denies" agrees with both
  x[F.statement] = doc.outletId === null ? 1 : 0;
  // The sentence's side last: it costs a pass over the text's units, and `keep` (the caller's bound
  // on the logit with the sentence and denial features still 0) turns most documents away before it.
  if (keep && !keep.keep(x)) return false;
  // After `keep` too: reading it costs a look-up per document.
  // A denial says what a plain negation says: "the operator denies the dam is at risk" is "the dam is
  // not at risk". They differ only where the other side neither denies nor negates.
  x[F.denialMismatch] = claimDenied(index, docId) ? (q.analysis.denied || q.analysis.negated || q.analysis.deniedLater ? 0 : 1) : q.analysis.denied && !doc.negated ? 1 : 0;
  const sentence = sentenceCoverage(q, doc, index, ctx);
  if (coverage * Math.sqrt(sentence) < minCoverage) return false;
  x[F.sentenceCoverage] = sentence;
  x[F.logSentenceCoverage] = Math.log(Math.max(sentence, 0.01));
  return true;
}
