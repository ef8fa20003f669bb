/**
 * What a document's features can be once its reach and its subject coverage are known (docFeatures'
 * light first passes), before the full pass over its units works them out. The fitted model is linear,
 * so the most each can add bounds its score (ScoreCeiling), and nine in ten documents past the
 * coverage floor are turned away on it (LogitBound.mayMatterBelow) rather than after the full pass.
 */
import type { ClaimIndex } from './claim-index';
import { docTotal, type DocTotals } from './doc-totals';
import { F, FEATURE_COUNT } from './model';
import type { QueryFeatures } from './query-features';
import { TUNING } from './tuning';

/**
 * The features the full pass sets that are a flag or a share: each in [0, 1] whatever the document
 * shares (a share's numerator sums a subset of its denominator's terms, in the same order).
 */
const FLAGS_AND_SHARES = [
  F.figureAgrees, F.conflictCount, F.conflictYear, F.conflictMonth, F.conflictDay, F.missingFigure, F.partialDate,
  F.thinEvidence, F.onePhrase, F.translatedShare, F.noPlainShared, F.predicateCoverage, F.namesMissing, F.nameMissingShare,
];
/** Those writeShape sets. */
const SHAPE = [F.bias, F.tooShort, F.otherLanguage, F.logTextUnits, F.logDocUnits];
/**
 * Every feature docFeatures has written when it asks `keep.early` (logit-bound.ts EARLY), as the
 * ceiling accounts for it: a feature it does not know turns the ceiling off.
 */
const KNOWN = new Set([...FLAGS_AND_SHARES, ...SHAPE, F.coverage, F.logCoverage, F.logShare, F.subjectCoverage, F.subjectAndPredicate, F.plainShared, F.bm25]);

/** The least a log of a share clamped at 0.01 can be. */
const LOG_FLOOR = Math.log(0.01);
/** Room for a sum of idfs in another order than their bound's product. */
const IDF_ROUNDING = 1 + 1e-9;

/** Math.log1p of the small counts: a table read where the call costs a good share of the ceiling. */
const LOG1P = Float64Array.from({ length: 256 }, (_, n) => Math.log1p(n));
const log1pOf = (n: number) => (n < LOG1P.length ? LOG1P[n]! : Math.log1p(n));

/**
 * The features that the document's size and language and the text's alone give: written by
 * docFeatures and by the ceiling alike, so that the ceiling adds the very values.
 */
export function writeShape(x: Float64Array, q: QueryFeatures, docUnits: number, docLang: string | undefined): void {
  x[F.bias] = 1;
  x[F.tooShort] = q.unitStems.length < TUNING.minLengthShare * docUnits ? 1 : 0;
  x[F.otherLanguage] = docLang !== q.analysis.lang ? 1 : 0;
  x[F.logTextUnits] = log1pOf(q.unitStems.length);
  x[F.logDocUnits] = log1pOf(docUnits);
}

/** BM25 of a document of `docUnits` units sharing words of IDF `sharedIdf` with the text (each once, k1 1.2, b 0.75), scaled by the largest IDF. */
export const bm25Of = (sharedIdf: number, docUnits: number, index: ClaimIndex) => (sharedIdf * 2.2) / (1 + 1.2 * (0.25 + (0.75 * docUnits) / index.avgDocUnits)) / index.maxIdf;

/** Most `w * v` for v in [lo, hi]. */
const most = (w: number, lo: number, hi: number) => Math.max(w * lo, w * hi);

/** Scratch for writeShape: only its features are ever written. */
const shape = new Float64Array(FEATURE_COUNT);

/**
 * The most model.score can give the features docFeatures writes before it asks `keep.early`, for a
 * document of a given reach (an upper bound of its covered weight), with every other feature 0.
 */
export class ScoreCeiling {
  /** What the flags and shares can add, each at its best; Infinity when the weights weigh a feature the ceiling does not know. */
  private readonly flags: number;

  constructor(
    private readonly w: Float64Array,
    early: readonly number[],
  ) {
    const unknown = early.some((f) => !KNOWN.has(f) && w[f] !== 0);
    this.flags = unknown ? Infinity : FLAGS_AND_SHARES.reduce((s, f) => s + Math.max(0, w[f]!), 0);
  }

  /** `totals`: the index's (docTotalsOf); `subject`: the document's subject coverage (doc-subject.ts). */
  most(q: QueryFeatures, docId: number, index: ClaimIndex, totals: DocTotals, reach: number, docLang: string | undefined, subject: number): number {
    const w = this.w;
    const docUnits = index.docUnitEnd[docId]! - index.docUnitStart[docId]!;
    writeShape(shape, q, docUnits, docLang);
    let s = this.flags;
    for (let k = 0; k < SHAPE.length; k++) s += w[SHAPE[k]!]! * shape[SHAPE[k]!]!;
    // The covered weight is at most the reach, and the coverage and the share grow with it.
    const coverage = Math.min(1, reach / index.docDenominator[docId]!);
    s += most(w[F.coverage]!, 0, coverage);
    s += most(w[F.logCoverage]!, LOG_FLOOR, Math.log(Math.max(coverage, 0.01)));
    s += most(w[F.logShare]!, LOG_FLOOR, Math.log(Math.max(Math.min(1, reach / Math.max(docTotal(totals, index, docId), 1e-9)), 0.01)));
    // Known already, and the smaller of it and the predicate's is at most it.
    s += most(w[F.subjectCoverage]!, 0, subject);
    s += most(w[F.subjectAndPredicate]!, 0, subject);
    // At most every unit shared, each with the largest IDF.
    if (w[F.plainShared] !== 0) s += most(w[F.plainShared]!, 0, log1pOf(docUnits));
    if (w[F.bm25] !== 0) s += most(w[F.bm25]!, 0, bm25Of(docUnits * totals.maxTermIdf * IDF_ROUNDING, docUnits, index));
    return s;
  }
}
