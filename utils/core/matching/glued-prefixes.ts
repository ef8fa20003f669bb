/**
 * Arabic and Hebrew write their one-letter words onto the next one: "and", "in", "to", "from",
 * "the", "that", "as" ("وروسيا", "and Russia"; "בצרפת", "in France"; "והחיילים", "and the
 * soldiers"). What a word is without them: for the countries (local-countries.ts), the months
 * (figures.ts) and Hebrew's stems and stop words (languages.ts), Hebrew having no Snowball stemmer.
 */

const PREFIXES: Record<string, string> = { ar: 'وبلفك', he: 'ובהלמשכ' };

/** The letters `lang` glues onto a word, or undefined. */
export const gluedPrefixes = (lang: string): string | undefined => PREFIXES[lang];

/**
 * The forms of `word` without one, two or three of `lang`'s prefixes, shortest last, each keeping
 * three letters or more: "והחיילים" gives "החיילים", "חיילים". None where the language glues none.
 */
const NONE: readonly string[] = [];

export function unprefixed(word: string, lang: string): readonly string[] {
  const prefixes = PREFIXES[lang];
  if (!prefixes || !prefixes.includes(word[0]!)) return NONE;
  const out: string[] = [];
  for (let n = 1; n <= 3 && word.length - n >= 3 && prefixes.includes(word[n - 1]!); n++) out.push(word.slice(n));
  return out;
}

/** What `map` has for `word` without one, two or three of `lang`'s prefixes ("במרץ" as "מרץ"), or undefined. */
export function lookUnprefixed<T>(map: ReadonlyMap<string, T>, word: string, lang: string): T | undefined {
  for (const bare of unprefixed(word, lang)) {
    const found = map.get(bare);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A light stem of a Hebrew word: its prefixes off, then a plural's ending ("ים", "ות") or a
 * feminine "ה", so that "והחיילים", "החייל" and "חיילים" meet. Both sides of a match are stemmed so,
 * which is what makes a word that only starts like a prefix ("מדינה") harmless: it loses the same
 * letter wherever it is written.
 */
export function hebrewStem(word: string): string {
  const forms = unprefixed(word, 'he');
  let s = forms.length > 0 ? forms[forms.length - 1]! : word;
  if (s.length >= 5 && (s.endsWith('ים') || s.endsWith('ות'))) s = s.slice(0, -2);
  else if (s.length >= 4 && s.endsWith('ה')) s = s.slice(0, -1);
  return s;
}
