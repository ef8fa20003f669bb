/**
 * Which documents a text's translated word may stand in for. The index keeps one term per stem
 * string whatever its language, so a stem given for one target language can be another language's
 * word: a Czech "kolem" (around) reaches French "environ" through English, and "environ" is also the
 * English stem of "environmental". Each translated term carries the bits of the target languages
 * that gave it (a cognate, found by spelling alone, all of them), and a document counts it only if
 * its own language's bit is among them.
 */
import type { ClaimIndex } from './index-types';

/** Every language: a cognate, or a target the index does not list. */
export const ALL_LANGUAGES = -1;

/** The bit of language code `code` of the index's documents (docLang); past 30 languages they share one. */
const languageBit = (code: number): number => (code < 31 ? 1 << code : 1 << 31);

/** The bit of the documents written in `lang` (a tag of docLang's values), or every bit when none is. */
export function targetBits(index: ClaimIndex, lang: string): number {
  const code = index.docLang.values.indexOf(lang);
  return code < 0 ? ALL_LANGUAGES : languageBit(code);
}

/** The bit of document `docId`'s language. */
export const docLanguageBit = (index: ClaimIndex, docId: number): number => languageBit(index.docLang.codes[docId]!);
