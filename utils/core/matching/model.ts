/**
 * The fitted decision model: a logistic regression over the features the
 * scorer computes for one (text, claim document) pair. Its weights are fitted
 * by `npm run fit` (scripts/fit-model.ts) on training data only and ship as
 * model-weights.json, which names that data. The probability it gives is
 * what decides a highlight or a possible match, and the order of a ranking.
 */
import weightsFile from './model-weights.json';

/** Feature names, in vector order. Fitted weights are matched by name. */
export const FEATURES = [
  'bias',
  'coverage', // IDF-weighted share of the claim document's words, names and figures in the text
  'logCoverage',
  'logShare', // log of the unclamped share of the document's weight in the text (coverage stops at enoughMass)
  'sentenceCoverage', // share of the text's own content the claim explains
  'logSentenceCoverage',
  'figureAgrees', // a figure of the document is in the text
  'conflictCount', 'conflictYear', 'conflictMonth', 'conflictDay', // same kind of figure, none agreeing (counts: or most of the document's others, score-candidate.ts)
  'missingFigure', // the document gives a figure, the text none of its kind
  'partialDate', // "November" against "1 November"
  'directionConflict', // North vs South on the same word
  'negationMismatch', // one side negated or denied
  'denialMismatch', // the sentence denies ("denies", "nie", "niega") and the claim, by its statements, does not, or the reverse (claim-denial.ts)
  'thinEvidence', // fewer than two shared ordinary words (a figure counts as one)
  'onePhrase', // all that is shared is one phrase of the document
  'tooShort', // the text is much shorter than the document
  'otherLanguage', // document and text in different languages
  'translatedShare', // share of the covered weight shared only through the word list (another language)
  'plainShared', // log(1 + shared ordinary words)
  'noPlainShared', // only names or figures shared
  'subjectCoverage', // share of the document's subject (its first words) in the text or the sentence before
  'predicateCoverage', // share of the rest of the document (what it says of its subject, figures included)
  'subjectAndPredicate', // the smaller of the two: a claim needs both
  'namesMissing', // the document names someone or somewhere, the text (and the sentence before), in the same language, none of them
  'nameMissingShare', // weight share of the document's names that the text (and the sentence before) lacks
  'nameSubstituted', // and the text names something no wording of the claim names: another subject
  'countrySubstituted', // the text names a country no wording of the claim names, and not the document's first one (any language)
  'attributionConflict', // the text names a person the claim never mentions
  'attributionAgreement', // the text names one of the claim's rare names
  'coreWordMissing', // none of the words most wordings of the claim share
  'coreNameMissing', // none of the names most wordings of the claim share
  'coreNameReplaced', // both: the claim's names gone, another's there ("Safari had 10-11% of usage" for Firefox's share)
  'logTextUnits',
  'logDocUnits',
  'statement', // the document is the claim's statement, not an outlet's wording
  'bm25', // BM25 of the document for the text, in units of the largest IDF
  'claimBm25', // BM25 of the claim's wordings taken together (claim-bm25.ts)
  'bestDocBm25', // the largest BM25 of one wording
  'sharedPairs', // log(1 + adjacent word pairs of the text a wording has too)
] as const;

export type FeatureName = (typeof FEATURES)[number];
export const F = Object.fromEntries(FEATURES.map((n, i) => [n, i])) as Record<FeatureName, number>;
export const FEATURE_COUNT = FEATURES.length;

/**
 * Features of the ranking model (rank-claims.ts): the decision features, and
 * where each candidate stands against the best of the same text's candidates.
 */
export const RANK_FEATURES = [
  ...FEATURES,
  'relClaimBm25', // claimBm25 over the largest of the text's candidates
  'relDocBm25', // bestDocBm25 likewise
  'relLogit', // decision logit minus the largest
  'claimShare', // IDF share of the claim's distinct terms that the text has (rank-lexical.ts)
  'textShare', // IDF share of the text's terms that the claim has
  'statementBm25', // BM25 of the statement alone
  'versionBm25', // the largest BM25 of an outlet wording (a title)
  'bm25Place', // 1 / (1 + place by claimBm25 among the text's candidates)
] as const;
export type RankFeatureName = (typeof RANK_FEATURES)[number];
export const R = Object.fromEntries(RANK_FEATURES.map((n, i) => [n, i])) as Record<RankFeatureName, number>;
export const RANK_FEATURE_COUNT = RANK_FEATURES.length;

/** The two thresholds for libraries of up to `claims` claims (see Model.forLibrary). */
export interface LibraryThresholds {
  claims: number;
  highlightProbability: number;
  possibleProbability: number;
}

export interface ModelWeights {
  features: string[];
  weights: number[];
  /** The thresholds of the largest library the fit measured (bySize's last), and of any library without bySize. */
  highlightProbability: number;
  possibleProbability: number;
  /**
   * Thresholds by library size, smallest first. A page's chance of a false highlight grows with the
   * number of claims it is compared with: a library of 10,000 claims needs a stricter threshold than
   * one story's 30 claims for the same false highlights per page (chosen by the fit, fit-thresholds.ts).
   */
  bySize?: LibraryThresholds[];
  /** The ranking model: a linear score fitted for the order of candidates (not a probability). */
  rank?: { features: string[]; weights: number[] };
}

export class Model {
  readonly w: Float64Array;
  /** Ranking weights (RANK_FEATURES order); absent in the file, the order is the decision logit's. */
  readonly rankW: Float64Array | undefined;
  readonly highlightLogit: number;
  readonly possibleLogit: number;

  constructor(readonly file: ModelWeights) {
    this.w = new Float64Array(FEATURE_COUNT);
    file.features.forEach((name, i) => {
      const at = (F as Record<string, number>)[name];
      if (at !== undefined) this.w[at] = file.weights[i]!;
    });
    if (file.rank) {
      const rankW = new Float64Array(RANK_FEATURE_COUNT);
      file.rank.features.forEach((name, i) => {
        const at = (R as Record<string, number>)[name];
        if (at !== undefined) rankW[at] = file.rank!.weights[i]!;
      });
      this.rankW = rankW;
    }
    this.highlightLogit = logit(file.highlightProbability);
    this.possibleLogit = logit(file.possibleProbability);
  }

  private sized: Map<LibraryThresholds, Model> | undefined;

  /**
   * The model with the thresholds for a library of `claims` claims: the first size of `bySize` that
   * holds it, else (a library larger than any the fit measured) the largest's, which are the file's own.
   */
  forLibrary(claims: number): Model {
    const sizes = this.file.bySize;
    if (!sizes || sizes.length === 0) return this;
    const t = sizes.find((s) => claims <= s.claims) ?? sizes[sizes.length - 1]!;
    if (t.highlightProbability === this.file.highlightProbability && t.possibleProbability === this.file.possibleProbability) return this;
    this.sized ??= new Map();
    let m = this.sized.get(t);
    if (!m) this.sized.set(t, (m = new Model({ ...this.file, highlightProbability: t.highlightProbability, possibleProbability: t.possibleProbability })));
    return m;
  }

  score(x: Float64Array): number {
    let s = 0;
    for (let i = 0; i < FEATURE_COUNT; i++) s += this.w[i]! * x[i]!;
    return s;
  }
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
export const logit = (p: number) => Math.log(p / (1 - p));

export const SHIPPED_MODEL = new Model(weightsFile as ModelWeights);
/** Calibrated probability from which a sentence is highlighted, in the largest library the fit measured (see forLibrary). */
export const HIGHLIGHT_PROBABILITY = SHIPPED_MODEL.file.highlightProbability;
/** Calibrated probability from which a sentence is listed as a possible match. */
export const POSSIBLE_PROBABILITY = SHIPPED_MODEL.file.possibleProbability;
