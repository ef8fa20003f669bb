/**
 * Constants of the features the fitted model reads (how term weights,
 * coverage denominators and figure weights are computed). They were set by
 * hand on shared/eval/seed-cases.json before the model existed; what decides a
 * match is now the fitted model (model.ts), not these. Weights derived from
 * them are computed when the index is built, so change them before building.
 */
export const TUNING = {
  /** Weights are IDF raised to this power: above 1 favours a claim's rare words. */
  idfPower: 1.5,
  /** Weight of a figure, as a share of the largest IDF weight. */
  figureWeight: 2,
  /** Weight of a month alone ("by November"), as a share of a figure's. */
  monthShare: 0.5,
  /** Weight of a small count (under 13), of a two-digit one, of a year, as a share of a figure's. */
  smallNumberShare: 0.3,
  twoDigitShare: 0.5,
  yearShare: 0.5,
  /** Weight of a sentence word that no claim uses, as a share of the largest. */
  unknownWordShare: 1,
  /** A text with fewer content words than this share of the document's is too short to state it. */
  minLengthShare: 0.6,
  /** Evidence needed, in rarest-term units: short documents of common words fall short. */
  minMass: 2,
  /** Evidence that suffices: a long statement need not be covered beyond this. */
  enoughMass: 4,
  /** Share of weight an entity unit gets when only the previous sentence names it. */
  contextShare: 0.5,
  /** "Everything shared is one phrase" holds when that phrase has less than this share of the document's content words. */
  onePhraseShare: 0.6,
  /** Exponent of the share of the sentence the document explains (0: ignored). */
  sentencePower: 0.5,
  /** A claim has a core (see claim-core.ts) when this many of its documents are left. */
  coreMinDocs: 3,
  /** Core terms are at least this share of the largest IDF: "North", "Russia" are in every claim of a story. */
  coreIdfShare: 0.5,
};

/** Weight of a figure term ("n11000", "m11", "d11-1", "y2024"), relative to
 *  the largest word weight `top`, by how specific the figure is: "11,000" or
 *  "1 November" pin a claim down; "13", "twenty", a year or a month alone
 *  turn up on every page. */
export function figureWeight(key: string, top: number): number {
  const kind = key[0];
  // parseFloat: a share's key ends with '%' ("n80%").
  const value = parseFloat(key.slice(1));
  let share = 1;
  if (kind === 'm') share = TUNING.monthShare;
  else if (kind === 'y') share = TUNING.yearShare;
  else if (kind === 'n' && value < 13) share = TUNING.smallNumberShare;
  else if (kind === 'n' && value < 100) share = TUNING.twoDigitShare;
  return TUNING.figureWeight * top * share;
}
