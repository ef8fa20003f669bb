/**
 * The shipped French–English lexicon (FreeDict, GPL-2.0-or-later; built by
 * scripts/build-lexicon.ts). Its 394 KB are not bundled: the platform sets a synchronous reader once
 * (matching is synchronous), and the data is read and parsed on the first cross-language lookup.
 * The background reads it from the extension's files (utils/store/extension-files.ts), Node from
 * utils/core/lexicon/fr-en.json (scripts/lib/node-language-data.ts).
 */
import { lazyData } from '@/utils/core/lazy-data';
import { createLexicon, type Lexicon, type LexiconData, type LexiconLang } from './lexicon';

const source = lazyData<LexiconData>('French–English lexicon');
let lexicon: Lexicon | undefined;

export const setLexiconSource = source.set;

export function frEnLexicon(): Lexicon {
  lexicon ??= createLexicon(source.get());
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
