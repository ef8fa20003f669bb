/**
 * Matching across languages with the word lists between English and French, German, Spanish, Italian,
 * Portuguese and Dutch: a Spanish sentence is compared with a claim known only in English (and the
 * reverse) through the other language's stems of its words. Names, figures and dates need no list:
 * their keys are the same in every language. The lists are big, so this module is only reached from
 * the matcher (background, tools), never from the content script.
 */
import { lexiconPartners, relatedStems } from '@/utils/core/lexicon/lexicons';
import type { LexiconLang } from '@/utils/core/lexicon/lexicon';

/** Stems of the other language kept per word: dictionaries list many senses, most of them noise. */
const STEMS_PER_WORD = 6;
const NONE: readonly LexiconLang[] = [];

/** The languages to translate a text in `lang` into: those of the index's documents that a word list links to it. */
export function translationTargets(lang: string, indexLangs: ReadonlySet<string>): readonly LexiconLang[] {
  const targets = lexiconPartners(lang).filter((other) => indexLangs.has(other));
  return targets.length ? targets : NONE;
}

/** Per direction ('es>en'), stem -> its translated stems: every sentence of a page looks its stems up
 *  again, and the same stems recur across sentences and pages. */
const memo = new Map<string, Map<string, readonly string[]>>();
/** Bounds a long-running background's memory, as the gazetteer's sound cache does. */
const MEMO_CAP = 200_000;

/** Stems in `to` of a stem in `from` (shared: never modify the list). */
export function translatedStems(stem: string, from: LexiconLang, to: LexiconLang): readonly string[] {
  const direction = `${from}>${to}`;
  let map = memo.get(direction);
  if (!map) memo.set(direction, (map = new Map()));
  let found = map.get(stem);
  if (found === undefined) {
    found = relatedStems(stem, from, to, STEMS_PER_WORD);
    if (map.size < MEMO_CAP) map.set(stem, found);
  }
  return found;
}
