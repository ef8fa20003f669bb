/**
 * Which of a text's "persons" (two capitalised words in a row, see analyseText) can be a person the
 * statement is attributed to. Capitals alone also make places ("New Zealand", "Hong Kong"),
 * peoples and regions ("North African", "Korean President") and institutions ("White House",
 * "Islamic State", "Prime Minister"), and a sentence naming one of those was taken for somebody
 * else's statement (attributionConflict). Told apart with data the matcher has anyway: the
 * gazetteer's places and demonyms, the compass words, and the shipped word lists (cross-language.ts),
 * where a first word with a translation ("white", "islamic", "people") is a common word, not a
 * first name ("Declan", "Lloyd", "Hori" have none); languages without a word list know no common
 * word. (Tried on a sentence's first word too, "Officials said": the refit then found fewer of the
 * training cases out of fold, F1 0.672 against 0.768, so capitals there still make a name.)
 * Background only (the gazetteer and the word lists are big).
 */
import { gazetteer, soundWord } from '@/utils/core/facts/gazetteer';
import { lexiconLangOf, lexiconPartners } from '@/utils/core/lexicon/lexicons';
import type { WordUnit } from './analyse-text';
import { directionOf } from './cues';
import { translatedStems } from './cross-language';
import { foldText } from './normalise-text';
import { boundedMemo } from '@/utils/core/bounded-memo';
import { stemmerOf } from '@/utils/core/language/language-data';

/** Whether the two capitalised words of `person`, in a text in `lang`, can name a person. */
export function canBePerson([first, last]: readonly [WordUnit, WordUnit], lang: string): boolean {
  if (directionOf(foldText(first.surface), lang) || directionOf(foldText(last.surface), lang)) return false;
  const g = gazetteer();
  const a = soundWord(first.surface);
  const b = soundWord(last.surface);
  if (g.places.has(`${a} ${b}`) || g.demonyms.has(a) || g.demonyms.has(b)) return false;
  // A first word the word lists translate is a common word ("Président Macron"), not a first name.
  if (isCommonWord(first, lang)) return false;
  // Without a stemmer, an inflected place or institution ("Gorzowa Wielkopolskiego", "Λιμενική Αρχή") has
  // its first word's ending, which the word lists do not know: a second common word tells it from a person.
  return stemmerOf(lang) !== undefined || !isCommonWord(last, lang);
}

/**
 * Whether a capitalised word of a text in `lang` is a common word the shipped word lists translate:
 * German writes every noun so ("Amtsenthebung", "Präsident"), and those are no name a claim lacks.
 */
export function isCommonWord(word: Pick<WordUnit, 'stem'>, lang: string): boolean {
  const partner = lexiconPartners(lang).find((other) => other !== lang);
  return partner !== undefined && translatedStems(word.stem, lang, partner).length > 0;
}

/**
 * Whether a wording's first content word, capitalised as a sentence's first word is, is a common word
 * of its language: "Environ", "Rund", "Cerca" are no name a sentence must share, as "Pyongyang" or
 * "Budanov" are (score-candidate.ts). By stem, as the index keeps it. Asked of the word list between
 * the wording's language and English, which scoring always reads when the index has that language
 * (lexiconsNeeded); an English wording would need another language's list, which a page in German
 * does not read, so its first word stays what its capitals make it, wherever the scan runs.
 */
const commonFirst = boundedMemo<boolean>((key) => isCommonWord({ stem: key.slice(key.indexOf(' ') + 1) }, key.slice(0, key.indexOf(' '))), 20_000);
export const commonFirstWord = (stem: string, lang: string): boolean => lang !== 'en' && lexiconLangOf(lang) !== undefined && commonFirst(`${lang} ${stem}`);
