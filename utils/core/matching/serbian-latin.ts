/**
 * Serbian is written in Cyrillic and in Latin letters, one letter for one (Gaj's alphabet: "љ" is
 * "lj", "ђ" "đ"), and its word list is Croatian's, in Latin letters (lexicon-pairs.ts): a word of a
 * Serbian (or Bosnian, Montenegrin) text is stemmed in Latin letters (languages.ts), so that "мост"
 * and "most", and a claim and a page written in the other script, meet.
 */

/** Each Serbian Cyrillic letter's Latin one or two (also read by scripts/lib/cue-words.ts, the other way). */
export const LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm',
  н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};

/** The languages stemmed so: those read with Croatian's list that are also written in Cyrillic. */
const WRITTEN_IN_BOTH = new Set(['sr', 'bs', 'cnr', 'sh']);

export const writesSerbianCyrillic = (lang: string): boolean => WRITTEN_IN_BOTH.has(lang);

/** `word` (lowercase) in Latin letters, when it has Serbian Cyrillic ones; itself otherwise. */
export function serbianLatin(word: string): string {
  if (!/[\u0400-\u04ff]/u.test(word)) return word;
  let out = '';
  for (const c of word) out += LATIN[c] ?? c;
  return out;
}
