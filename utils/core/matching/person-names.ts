/**
 * Which of a text's "persons" (two capitalised words in a row, see analyseText) can be a person the
 * statement is attributed to. Capitals alone also make places ("New Zealand", "Hong Kong"),
 * peoples and regions ("North African", "Korean President") and institutions ("White House",
 * "Islamic State", "Prime Minister"), and a sentence naming one of those was taken for somebody
 * else's statement (attributionConflict). Told apart with data the matcher has anyway: the
 * gazetteer's places and demonyms, the compass words, and the word lists, where a first word with
 * a translation ("white", "islamic", "people") is a common word, not a first name ("Declan",
 * "Lloyd", "Hori" have none). Background only (the gazetteer and the word lists are big).
 */
import { gazetteer, soundWord } from '@/utils/core/facts/gazetteer';
import { foldText } from './normalise-text';
import { directionOf } from './cues';
import { commonWord } from './common-words';
import { languageTools } from './languages';

/** Whether the pair of capitalised words `first second`, in a text in `lang`, can name a person. */
export function canBePerson(first: string, second: string, lang: string): boolean {
  const a = foldText(first);
  const b = foldText(second);
  if (directionOf(a, lang) || directionOf(b, lang)) return false;
  const g = gazetteer();
  const soundA = soundWord(first);
  const soundB = soundWord(second);
  if (g.places.has(`${soundA} ${soundB}`) || g.demonyms.has(soundA) || g.demonyms.has(soundB)) return false;
  return !commonWord(languageTools(lang).stem(first.toLowerCase()), lang);
}
