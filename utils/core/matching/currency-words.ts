/**
 * A currency beside a figure, however it is written: "$15 million", "15 millions de dollars", "US$15m",
 * "15 Millionen Dollar", "£100m", "100 million pounds", "100 milionů liber", "1 500 €". The sign is no
 * word, and the word that spells it left a word of the claim uncovered ("dollars" against "$"), and
 * the sentence with no ordinary word in common ("Lucasfilm poured $15 million" against "Lucasfilm a
 * dépensé 15 millions de dollars"). Each becomes one unit of the text, its currency's code ("usd"),
 * the same in every language; a currency word is read so only right after a figure ("of" or "de"
 * may stand between), so "pounds" and "livres" elsewhere stay words.
 */

/** The sign before or after a figure. */
const SIGNS: Record<string, string> = { $: 'usd', '€': 'eur', '£': 'gbp' };

/** Currency words (lowercase, accents folded) of the languages with word lists, and the codes written as words. */
const WORDS: Record<string, string> = {
  usd: 'usd', dollar: 'usd', dollars: 'usd', dolar: 'usd', dolares: 'usd', dollaro: 'usd', dollari: 'usd', dolaru: 'usd', dolary: 'usd',
  eur: 'eur', euro: 'eur', euros: 'eur', eura: 'eur',
  gbp: 'gbp', pound: 'gbp', pounds: 'gbp', sterling: 'gbp', pfund: 'gbp', liber: 'gbp', libry: 'gbp', libras: 'gbp', sterline: 'gbp',
};
/** Words that may stand between a figure and its currency ("15 millions de dollars", "millions of dollars"). */
const LINKS = new Set(['de', 'd', 'of']);

/** The code of a currency sign. */
export const currencyOfSign = (sign: string | undefined): string | undefined => (sign ? SIGNS[sign] : undefined);

/**
 * The currency written right after a figure whose last token is `last`: its code and the tokens it
 * takes (from last + 1), given each token's lowercase folded form; undefined when none.
 */
export function currencyWordAfter(lower: (i: number) => string | undefined, last: number): { code: string; to: number } | undefined {
  const next = lower(last + 1);
  if (next === undefined) return undefined;
  const direct = WORDS[next];
  if (direct) return { code: direct, to: last + 1 };
  if (!LINKS.has(next)) return undefined;
  const after = lower(last + 2);
  const linked = after === undefined ? undefined : WORDS[after];
  return linked ? { code: linked, to: last + 2 } : undefined;
}
