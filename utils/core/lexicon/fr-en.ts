/**
 * The shipped French–English lexicon (FreeDict, GPL-2.0-or-later; built by
 * scripts/build-lexicon.ts). Its 394 KB are not bundled: the platform sets a synchronous reader once
 * (matching is synchronous), and the data is read and parsed on the first cross-language lookup.
 * The background reads it from the extension's files (utils/store/extension-files.ts), Node from
 * utils/core/lexicon/fr-en.json (scripts/lib/node-language-data.ts).
 */
import { createLexicon, type Lexicon, type LexiconData, type LexiconLang } from './lexicon';

let read: (() => LexiconData) | undefined;
let lexicon: Lexicon | undefined;

export function setLexiconSource(reader: () => LexiconData): void {
  read = reader;
}

export function frEnLexicon(): Lexicon {
  if (lexicon) return lexicon;
  if (!read) throw new Error('Recoupe: no source was set for the French–English lexicon');
  lexicon = createLexicon(read());
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
