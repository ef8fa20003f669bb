/**
 * A document turned away before its costly features: the fitted model is linear, so with every
 * feature but a few known, the most those few can add bounds the logit from above. A document
 * whose bound cannot reach a possible match, a highlight or the caller's floor changes nothing a
 * scan reports (see scoreClaim): its claim's best document, the document shown, and the claims
 * whose words explain a sentence away are all among the documents kept.
 */
import { F, type Model } from './model';

/** Room for rounding: the bound and the logit sum the same products in another order. */
const ROUNDING = 1e-9;

/** Most `w * v` for v in [lo, hi]. */
const most = (w: number, lo: number, hi: number) => Math.max(w * lo, w * hi);

export class LogitBound {
  /** What the sentence's coverage (in [0, 1], its log in [log 0.01, 0]), the denial and the country check can add. */
  private readonly unset: number;
  /** What the claim's core, checked on the best document only, can add after. */
  private readonly core: number;
  private readonly floor: number;

  constructor(
    private readonly model: Model,
    minLogit: number,
  ) {
    const w = model.w;
    this.unset = most(w[F.sentenceCoverage]!, 0, 1) + most(w[F.logSentenceCoverage]!, Math.log(0.01), 0) + most(w[F.denialMismatch]!, 0, 1) + most(w[F.countrySubstituted]!, 0, 1);
    this.core = most(w[F.coreWordMissing]!, 0, 1) + most(w[F.coreNameMissing]!, 0, 1) + most(w[F.coreNameReplaced]!, 0, 1);
    this.floor = Math.min(minLogit, model.highlightLogit);
  }

  /**
   * Whether a document whose features `x` are all set but the sentence's coverage, the denial, the
   * country check and the core (left at 0) may still matter: its logit may reach a possible match (the
   * document shown), or, with the core, the floor or a highlight.
   */
  mayMatter(x: Float64Array): boolean {
    const most = this.model.score(x) + this.unset + ROUNDING;
    return most >= this.model.possibleLogit || most + this.core >= this.floor;
  }
}
