/**
 * A document turned away before its costly features: the fitted model is linear, so with every
 * feature but a few known, the most those few can add bounds the logit from above. A document
 * whose bound cannot reach a possible match, a highlight or the caller's floor changes nothing a
 * scan reports (see scoreClaim): its claim's best document, the document shown, and the claims
 * whose words explain a sentence away are all among the documents kept.
 */
import { F, FEATURES, type Model } from './model';
import { ScoreCeiling } from './score-ceiling';

/** Room for rounding: the bound and the logit sum the same products in another order. */
const ROUNDING = 1e-9;

/** Most `w * v` for v in [lo, hi]. */
const most = (w: number, lo: number, hi: number) => Math.max(w * lo, w * hi);

/** Set by docFeatures after the sentence's side (in [0, 1], its log in [log 0.01, 0]), and by scoreClaim (the country). */
const UNSET = ['sentenceCoverage', 'denialMismatch', 'countrySubstituted'] as const;
/** Set by scoreClaim from the claim's core, on its best document only. */
const CORE = ['coreWordMissing', 'coreNameMissing', 'coreNameReplaced'] as const;
/**
 * Not yet set when docFeatures asks `mayMatterEarly`: the ones that read the document object
 * (directions, negation, outlet) and the claim's names (ClaimNames.write). Each is 0 or 1.
 */
const LATE = ['directionConflict', 'negationMismatch', 'statement', 'attributionConflict', 'attributionAgreement', 'nameSubstituted'] as const;
/** Read only with a ranking or a model that weighs them; scoreClaims then has no bound at all. */
const LEXICAL = ['claimBm25', 'bestDocBm25', 'sharedPairs'] as const;
/**
 * Every feature docFeatures has written when it asks `mayMatterEarly`, right after the coverage
 * floor. A feature named nowhere here (a new one, say) turns the early bound off whenever its
 * weight is not 0: the bound then never guesses what a refit's new feature can add.
 */
const EARLY = [
  'bias', 'coverage', 'logCoverage', 'logShare', 'figureAgrees', 'conflictCount', 'conflictYear', 'conflictMonth', 'conflictDay',
  'missingFigure', 'partialDate', 'thinEvidence', 'onePhrase', 'tooShort', 'otherLanguage', 'translatedShare', 'plainShared',
  'noPlainShared', 'subjectCoverage', 'predicateCoverage', 'subjectAndPredicate', 'namesMissing', 'nameMissingShare',
  'logTextUnits', 'logDocUnits', 'bm25',
] as const;
const ACCOUNTED = new Set<string>([...UNSET, 'logSentenceCoverage', ...CORE, ...LATE, ...LEXICAL, ...EARLY]);
/** Per feature, whether it is named nowhere above; and the LATE features' places: made once, a bound is made per text. */
const UNACCOUNTED = FEATURES.map((name) => !ACCOUNTED.has(name));
const LATE_INDEX = LATE.map((name) => F[name]);
const EARLY_INDEX = EARLY.map((name) => F[name]);

export class LogitBound {
  /** What the sentence's coverage (in [0, 1], its log in [log 0.01, 0]), the denial and the country check can add. */
  private readonly unset: number;
  /** What the claim's core, checked on the best document only, can add after. */
  private readonly core: number;
  /** What the features set after `mayMatterEarly` can add (LATE); Infinity when some weighed feature is accounted nowhere. */
  private readonly late: number;
  private readonly floor: number;
  /** The most the EARLY features can add once a document's reach is known, before its full pass. */
  readonly ceiling: ScoreCeiling;

  constructor(
    private readonly model: Model,
    private readonly minLogit: number,
  ) {
    const w = model.w;
    this.unset = most(w[F.sentenceCoverage]!, 0, 1) + most(w[F.logSentenceCoverage]!, Math.log(0.01), 0) + most(w[F.denialMismatch]!, 0, 1) + most(w[F.countrySubstituted]!, 0, 1);
    this.core = most(w[F.coreWordMissing]!, 0, 1) + most(w[F.coreNameMissing]!, 0, 1) + most(w[F.coreNameReplaced]!, 0, 1);
    const unknown = UNACCOUNTED.some((unaccounted, i) => unaccounted && w[i] !== 0);
    this.late = unknown ? Infinity : LATE_INDEX.reduce((s, i) => s + most(w[i]!, 0, 1), 0);
    this.floor = Math.min(minLogit, model.highlightLogit);
    this.ceiling = new ScoreCeiling(w, EARLY_INDEX);
  }

  /** Whether this is the bound of `model` at `minLogit` (a model's weights are never changed in place). */
  isFor(model: Model, minLogit: number): boolean {
    return this.model === model && this.minLogit === minLogit;
  }

  /**
   * Whether a document whose features `x` are all set but the sentence's coverage, the denial, the
   * country check and the core (left at 0) may still matter: its logit may reach a possible match (the
   * document shown), or, with the core, the floor or a highlight.
   */
  mayMatter(x: Float64Array): boolean {
    return this.reaches(this.most(x));
  }

  /**
   * The same question asked earlier, with the LATE features too left at 0 in `x`. Why a document it
   * turns away is one `mayMatter` turns away: the logit is the sum of w[i] * x[i] (model.score); the
   * two vectors agree but on LATE, each of which is 0 here and in [0, 1] there, so its product is at
   * most most(w[i], 0, 1) there whatever the sign of w[i]; summed, `late`. The two sums of about 40
   * products (each under 100 in size) round under 1e-12 apart, and mostEarly adds ROUNDING (1e-9)
   * for it: so mostEarly(x) >= most(full x), and a bound that cannot reach cannot reach after.
   */
  mayMatterEarly(x: Float64Array): boolean {
    return this.reaches(this.mostEarly(x));
  }

  /**
   * The same question asked before the EARLY features are worked out, with `scoreMost` at least what
   * model.score gives them (a ScoreCeiling's): the rest as in mostEarly. NaN keeps the document.
   */
  mayMatterBelow(scoreMost: number): boolean {
    const most = scoreMost + this.unset + ROUNDING + this.late + ROUNDING;
    return Number.isNaN(most) || this.reaches(most);
  }

  /** Most the logit of `x` can reach with the sentence, denial and country still to come. */
  most(x: Float64Array): number {
    return this.model.score(x) + this.unset + ROUNDING;
  }

  /** At least the full vector's `most`: what `mayMatterEarly` asks. */
  mostEarly(x: Float64Array): number {
    return this.most(x) + this.late + ROUNDING;
  }

  private reaches(most: number): boolean {
    return most >= this.model.possibleLogit || most + this.core >= this.floor;
  }
}
