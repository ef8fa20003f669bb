/**
 * The shipped French–English lexicon (FreeDict, GPL-2.0-or-later; built by
 * scripts/build-lexicon.ts). Parsed on first use, so importing this module costs nothing until a
 * cross-language lookup is made.
 */
import data from './fr-en.json';
import { createLexicon, type Lexicon, type LexiconLang } from './lexicon';

let lexicon: Lexicon | undefined;

export function frEnLexicon(): Lexicon {
  lexicon ??= createLexicon(data);
  return lexicon;
}

/** Translations of a French or English word into the other language, best first. */
export function translateWord(word: string, from: LexiconLang, to: LexiconLang): string[] {
  return frEnLexicon().translateWord(word, from, to);
}

/** Matcher stems of the translations of every word with this matcher stem. */
export function translateStem(stem: string, from: LexiconLang, to: LexiconLang): string[] {
  return frEnLexicon().translateStem(stem, from, to);
}

/** Matcher stems of the other language linked to this stem either way (see Lexicon.relatedStems). */
export function relatedStems(stem: string, from: LexiconLang, to: LexiconLang, limit?: number): string[] {
  return frEnLexicon().relatedStems(stem, from, to, limit);
}
