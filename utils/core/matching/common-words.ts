/**
 * Whether a word is a common word of its language rather than a name: the shipped word lists
 * (cross-language.ts) translate it ("officials", "interest", "tourism" have translations; "Declan",
 * "Netanyahu", "Parata" have none): the first of two capitalised words ("White House", "Prime
 * Minister") is no first name when it has one. Languages without a word list know no common word
 * here. (Tried on a sentence's first word too, "Officials said": the refit then found fewer of the
 * training cases out of fold, F1 0.672 against 0.768, so capitals there still make a name.)
 */
import { lexiconPartners } from '@/utils/core/lexicon/lexicons';
import { translatedStems } from './cross-language';

/** Whether matcher stem `stem` of a word in `lang` has a translation in a shipped word list. */
export function commonWord(stem: string, lang: string): boolean {
  const partner = lexiconPartners(lang).find((other) => other !== lang);
  return partner !== undefined && translatedStems(stem, lang, partner).length > 0;
}
