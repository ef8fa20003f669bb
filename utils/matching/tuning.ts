/**
 * Scoring constants of the matcher, calibrated on the seed file (see
 * shared/eval/README.md); weights derived from them are computed when the
 * index is built.
 */
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
  figureConflict: 0.25,
  directionConflict: 0.1,
  negation: 0.8,
  thinEvidence: 0.4,
  otherLanguage: 0.8,
  attributionConflict: 0.6,
  attributionAgreement: 1.15,
  /** Exponent of the share of the sentence the document explains (0: ignored). */
  sentencePower: 0.5,
};

/** Weight of a figure term, relative to the largest word weight `top`. */
export function figureWeight(kind: string, top: number): number {
  return TUNING.figureWeight * top * (kind === 'm' ? TUNING.monthShare : 1);
}
