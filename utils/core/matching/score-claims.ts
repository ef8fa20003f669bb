/**
 * Scores candidate claims for one analysed text with the fitted model: each
 * claim's best document (statement or outlet wording) by the model's logit,
 * with the claim-level features (attribution, core) added.
 */
import type { ClaimIndex } from './claim-index';
import { claimCore, coreMissing } from './claim-core';
import { F, FEATURE_COUNT, type Model } from './model';
import type { QueryFeatures } from './query-features';
import { docFeatures, unitsCovered, type KeepDocument, type SentenceContext } from './score-candidate';
import { attribution, foreignName } from './claim-names';
import { claimLexical, type ClaimLexical } from './claim-bm25';
import { countrySubstituted, textCountries, type TextCountries } from './country-conflict';
import { LogitBound } from './logit-bound';
import { docTotalsOf, type DocTotals } from './doc-totals';

export interface ScoredClaim {
  claim: number;
  doc: number;
  logit: number;
  /**
   * The document the explanation shows: the best one in the text's language
   * when it too reaches a possible match, else `doc`. An English reader is
   * shown the English wording's words and "11,000", not the French
   * statement's "11 000", even when the French one scores a little higher.
   */
  explainDoc: number;
  /** Feature vector of the best document (see model.ts FEATURES). */
  x: Float64Array;
  q: QueryFeatures;
}

/**
 * Claims of `candidates` whose best document reaches `minLogit`. With
 * `explainAway`, a sentence that states two claims ("soldiers were filmed
 * receiving uniforms, which confirms that 1,500 were sent") is half noise for
 * each: once one claim is a highlight, the words it explains leave the
 * sentence side of the others' scores.
 */
export function scoreClaims(q: QueryFeatures, candidates: number[], index: ClaimIndex, model: Model, excluded: Uint8Array | undefined, floor: number, minLogit: number, explainAway: boolean): ScoredClaim[] {
  if (candidates.length === 0) return [];
  // The ranking's lexical features (claim-bm25.ts) are read by a ranking (no explaining away), or by a
  // decision model that weighs them: a scan under the shipped model skips them, and with them the
  // first ranking's pass over every document (which would decode a whole stored index).
  const lexicalToo = !explainAway || model.w[F.claimBm25] !== 0 || model.w[F.bestDocBm25] !== 0 || model.w[F.sharedPairs] !== 0;
  // The lexical features have no bound: with them, every document is scored in full.
  const bound = minLogit > -Infinity && !lexicalToo ? boundFor(model, minLogit) : undefined;
  const scored: ScoredClaim[] = [];
  const all: ScoredClaim[] = [];
  const names: ClaimNames[] = [];
  for (const claim of candidates) {
    const claimNames = new ClaimNames(q, claim, index, excluded);
    const best = scoreClaim(q, claim, index, model, excluded, claimNames, floor, {}, minLogit, lexicalToo, bound);
    if (best) {
      all.push(best);
      names.push(claimNames);
    }
  }
  const reported = all.filter((s) => s.logit >= model.highlightLogit);
  for (let k = 0; k < all.length; k++) {
    const s = all[k]!;
    let best = s;
    if (explainAway && reported.length > 0 && s.logit < model.highlightLogit) {
      const explained = new Uint8Array(q.unitStems.length);
      const explainedFigures = new Set<string>();
      for (const r of reported) {
        for (let d = index.claimDocStart[r.claim]!; d < index.claimDocStart[r.claim + 1]!; d++) {
          if (!(excluded && excluded[d])) unitsCovered(q, d, index, explained, explainedFigures);
        }
      }
      const again = scoreClaim(q, s.claim, index, model, excluded, names[k]!, floor, { explained, explainedFigures }, minLogit, lexicalToo, bound);
      if (again && again.logit > s.logit) best = again;
    }
    if (best.logit >= minLogit) scored.push(best);
  }
  return scored;
}

/** The last bound made: a scan asks every text with the same model and floor. */
let lastBound: LogitBound | undefined;
function boundFor(model: Model, minLogit: number): LogitBound {
  if (!lastBound || !lastBound.isFor(model, minLogit)) lastBound = new LogitBound(model, minLogit);
  return lastBound;
}

/** Countries of a text, read once per text and only when a candidate gets to be scored. */
const textCountryCache = new WeakMap<QueryFeatures, TextCountries>();
function countriesOf(q: QueryFeatures): TextCountries {
  let tc = textCountryCache.get(q);
  if (!tc) textCountryCache.set(q, (tc = textCountries(q.analysis, q.context)));
  return tc;
}

/** Scratch features of the document being scored (the best one's are copied): one allocation, not one per claim. */
const scratchX = new Float64Array(FEATURE_COUNT);

/**
 * Who the text names against who a candidate claim names (attribution, foreignName), worked out on
 * first use, once per claim and text: only a document past the coverage floor reads them, and the
 * explaining-away pass reads them again.
 */
class ClaimNames {
  private attr: number | undefined;
  private foreign: boolean | undefined;
  constructor(
    private readonly q: QueryFeatures,
    private readonly claim: number,
    private readonly index: ClaimIndex,
    private readonly excluded: Uint8Array | undefined,
  ) {}

  /** The claim-level features of a document's vector. */
  write(x: Float64Array): void {
    this.attr ??= attribution(this.q, this.claim, this.index, this.excluded);
    x[F.attributionConflict] = this.attr < 0 ? 1 : 0;
    x[F.attributionAgreement] = this.attr > 0 ? 1 : 0;
    // foreignName only matters with a name of the document missing.
    x[F.nameSubstituted] = x[F.nameMissingShare]! > 0 && (this.foreign ??= foreignName(this.q, this.claim, this.index, this.excluded)) ? 1 : 0;
  }
}

/** A candidate claim's side of the sentence: the units some wording of the claim covers, worked out on first use. */
class ClaimSentence implements SentenceContext {
  private covered: Uint8Array | undefined;
  constructor(
    private readonly q: QueryFeatures,
    private readonly claim: number,
    private readonly index: ClaimIndex,
    private readonly excluded: Uint8Array | undefined,
    readonly explained: Uint8Array | undefined,
    readonly explainedFigures: ReadonlySet<string> | undefined,
  ) {}

  // A word another wording of the claim has (in any language: "équipements"
  // against the English statement's "equipment") is explained by the claim.
  claimCovered(): Uint8Array {
    if (!this.covered) {
      const { q, claim, index, excluded } = this;
      const covered = (this.covered = new Uint8Array(q.unitStems.length));
      const figures = new Set<string>();
      for (let d = index.claimDocStart[claim]!; d < index.claimDocStart[claim + 1]!; d++) {
        if (!(excluded && excluded[d])) unitsCovered(q, d, index, covered, figures);
      }
    }
    return this.covered;
  }
}

/** The logit bound after the claim-level features: what docFeatures asks before the sentence's side. */
class KeepDoc implements KeepDocument {
  constructor(
    private readonly names: ClaimNames,
    private readonly bound: LogitBound,
    private readonly totals: DocTotals,
  ) {}

  reachable(q: QueryFeatures, docId: number, index: ClaimIndex, reach: number, docLang: string | undefined, subject: number): boolean {
    return this.bound.mayMatterBelow(this.bound.ceiling.most(q, docId, index, this.totals, reach, docLang, subject));
  }

  early(x: Float64Array): boolean {
    return this.bound.mayMatterEarly(x);
  }

  keep(x: Float64Array): boolean {
    this.names.write(x);
    return this.bound.mayMatter(x);
  }
}

function scoreClaim(q: QueryFeatures, claim: number, index: ClaimIndex, model: Model, excluded: Uint8Array | undefined, names: ClaimNames, floor: number, base: SentenceContext, minLogit: number, lexicalToo: boolean, bound: LogitBound | undefined): ScoredClaim | undefined {
  const ctx = new ClaimSentence(q, claim, index, excluded, base.explained, base.explainedFigures);
  let best: ScoredClaim | undefined;
  let sameLang = -1;
  let sameLangLogit = -Infinity;
  const x = scratchX;
  let lexical: ClaimLexical | undefined;
  const keep = bound && new KeepDoc(names, bound, docTotalsOf(index));
  for (let d = index.claimDocStart[claim]!; d < index.claimDocStart[claim + 1]!; d++) {
    if (excluded && excluded[d]) continue;
    if (!docFeatures(q, d, index, floor, ctx, x, keep)) continue;
    names.write(x);
    // Read only when a document gets past docFeatures: most candidates do not.
    x[F.countrySubstituted] = countrySubstituted(() => countriesOf(q), claim, d, index, excluded) ? 1 : 0;
    if (lexicalToo) {
      lexical ??= claimLexical(q, claim, index, excluded);
      x[F.claimBm25] = lexical.bm25;
      x[F.bestDocBm25] = lexical.docBm25;
      x[F.sharedPairs] = lexical.pairs;
    }
    const logit = model.score(x);
    if (index.docs.at(d)!.lang === q.analysis.lang && logit > sameLangLogit) {
      sameLang = d;
      sameLangLogit = logit;
    }
    if (!best || logit > best.logit) best = { claim, doc: d, explainDoc: d, logit, x: Float64Array.from(x), q };
  }
  if (!best) return undefined;
  if (sameLang >= 0 && sameLangLogit >= model.possibleLogit) best.explainDoc = sameLang;
  // The core needs all the claim's documents: work it out only where it can
  // change what is reported.
  const gain = Math.max(0, model.w[F.coreWordMissing]!) + Math.max(0, model.w[F.coreNameMissing]!) + Math.max(0, model.w[F.coreNameReplaced]!);
  if (best.logit + gain >= minLogit) {
    const missing = coreMissing(q, claimCore(claim, index, excluded), index);
    best.x[F.coreWordMissing] = missing.word ? 1 : 0;
    best.x[F.coreNameMissing] = missing.name ? 1 : 0;
    best.x[F.coreNameReplaced] = missing.name && best.x[F.nameSubstituted] === 1 ? 1 : 0;
    best.logit = model.score(best.x);
  }
  return best;
}
