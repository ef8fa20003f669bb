import type { FactsSetName, FactsWords } from '@/utils/core/facts/facts-words-types';
import { lazyData } from '@/utils/core/lazy-data';

/**
 * The facts reader's word lists (bundled-facts-words.ts) are data, not code: the extension reads them
 * from its own file, `words/facts.js` in the service worker and `words/facts.json` in a page
 * (extension-files.ts), on first use (a page's first scan asks for the weekdays, analyse-text.ts), so
 * that the background does not carry and parse their 19 KB of strings (8 KB gzip, with the language
 * guesser's words) at every worker start. Node sets them from the module (scripts/lib/node-language-data.ts). source-words.ts,
 * date-words.ts and figure-words.ts make their sets and maps from them.
 */
const source = lazyData<FactsWords>("facts reader's word lists");
export const setFactsWordsSource = source.set;
export const factsWords = source.get;

const sets = new Map<FactsSetName, ReadonlySet<string>>();
/** A named word list of FactsWords.wordSets as a set, made on first use. */
export function factsSet(name: FactsSetName): ReadonlySet<string> {
  let set = sets.get(name);
  if (!set) sets.set(name, (set = new Set(factsWords().wordSets[name].split(' '))));
  return set;
}

/** French and English definite articles ("le", "la", "l", "les", "the"): the word set `definite`, shared by the source and place readers. */
export const definite = (): ReadonlySet<string> => factsSet('definite');
