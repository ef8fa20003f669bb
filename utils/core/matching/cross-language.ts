/**
 * Matching across languages with the French–English word list: an English
 * sentence is compared with a claim known only in French (and the reverse)
 * through the other language's stems of its words. Names, figures and dates
 * need no list: their keys are the same in both languages. The list is big,
 * so this module is only reached from the matcher (background, tools), never
 * from the content script.
 */
import { relatedStems } from '@/utils/core/lexicon/fr-en';
import type { LexiconLang } from '@/utils/core/lexicon/lexicon';

const LEXICON_LANGS: readonly string[] = ['fr', 'en'];
/** Stems of the other language kept per word: dictionaries list many senses, most of them noise. */
const STEMS_PER_WORD = 6;

/** The language to translate a text in `lang` into, when the index holds documents in it. */
export function translationTarget(lang: string, indexLangs: ReadonlySet<string>): LexiconLang | undefined {
  if (!LEXICON_LANGS.includes(lang)) return undefined;
  const other = (lang === 'fr' ? 'en' : 'fr') as LexiconLang;
  return indexLangs.has(other) ? other : undefined;
}

/** Per target language, stem -> its translated stems: every sentence of a page looks its stems up
 *  again, and the same stems recur across sentences and pages. */
const memo: Record<LexiconLang, Map<string, readonly string[]>> = { fr: new Map(), en: new Map() };
/** Bounds a long-running background's memory, as the gazetteer's sound cache does. */
const MEMO_CAP = 200_000;

/** Stems in `to` of a stem in the other language (shared: never modify the list). */
export function translatedStems(stem: string, to: LexiconLang): readonly string[] {
  const map = memo[to];
  let found = map.get(stem);
  if (found === undefined) {
    found = relatedStems(stem, to === 'fr' ? 'en' : 'fr', to, STEMS_PER_WORD);
    if (map.size < MEMO_CAP) map.set(stem, found);
  }
  return found;
}
