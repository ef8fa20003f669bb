import type { Hedge } from '@/utils/core/facts/types';
import { factsWords } from '@/utils/core/facts/facts-words';

/**
 * Hedges and units as the lexer folds them ("jusqu'à" -> "jusqu a"), French and English, a few Spanish
 * and German. The lists are data (facts-words-types.ts); their maps are made on first use, not at
 * module load, and each accessor returns the same map from then on.
 */

let hedgeMap: ReadonlyMap<string, Hedge> | undefined;
export const hedges = (): ReadonlyMap<string, Hedge> =>
  (hedgeMap ??= new Map(factsWords().hedges.flatMap(([hedge, phrases]) => phrases.map((p) => [p, hedge] as const))));

/** Units to an English name; measure units are part of the figure's text. */
let unitMap: ReadonlyMap<string, { name: string; measure: boolean }> | undefined;
export const units = (): ReadonlyMap<string, { name: string; measure: boolean }> =>
  (unitMap ??= new Map(factsWords().units.flatMap(([name, measure, words]) => words.map((w) => [w, { name, measure }] as const))));

export const currencySymbols = (): Readonly<Record<string, string>> => factsWords().currencySymbols;
/** Units that are already currency codes. */
export const CURRENCY_AFTER: ReadonlyMap<string, string> = new Map([['usd', 'USD']]);

/** The hedge class of a qualifier as written ("près de" = "nearly" = 'nearly'); 'exact' when none. */
export function hedgeOf(qualifier: string | undefined): Hedge | string {
  if (!qualifier?.trim()) return 'exact';
  const folded = qualifier
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
  return hedges().get(folded) ?? folded;
}
