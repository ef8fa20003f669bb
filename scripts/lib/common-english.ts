/**
 * The English words that the word lists of a very large dictionary (German's) or of a noisy one keep
 * (scripts/build-lexicon.ts, the pairs with `commonEnglish`).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Entry } from './dictd';

/**
 * English headwords of the smaller FreeDict dictionaries (eng-fra, eng-spa...): a general
 * vocabulary, which cuts a very large dictionary's English side to the words news is made of
 * rather than its technical and rare senses. Those dictionaries lack much of news' own vocabulary
 * ("missing", "drought", "evacuate", "troops", "firefighters"), so a word is common too when it is
 * one of the words that fact-checked claims use (newsWords).
 */
export function commonEnglishWords(readDictionary: (name: string) => { entries: Entry[] }): (word: string) => boolean {
  // Made once per build: nine lists ask for it.
  if (made?.reader === readDictionary) return made.common;
  const words = new Set<string>();
  for (const code of COMMON_ENGLISH_FROM) for (const e of readDictionary(`freedict-eng-${code}`).entries) words.add(e.headword);
  const news = newsWords();
  const common = (word: string) => words.has(word) || news.has(word);
  made = { reader: readDictionary, common };
  return common;
}
let made: { reader: (name: string) => { entries: Entry[] }; common: (word: string) => boolean } | undefined;
/**
 * The words that the CheckThat! 2020 claims (10,375 claims fact-checked by Snopes, with their
 * titles: ../shared/benchmarks/checkthat-2020/verified_claims.docs.tsv) use at least NEWS_MIN_COUNT
 * times: news' vocabulary, read from the claims' text alone (no tweet, no relevance judgement).
 */
function newsWords(): Set<string> {
  const counts = new Map<string, number>();
  if (!existsSync(NEWS_CLAIMS)) throw new Error(`${NEWS_CLAIMS}: not found; the lists cut to common English words read the CheckThat! 2020 claims there (../shared beside the repository)`);
  for (const line of readFileSync(NEWS_CLAIMS, 'utf8').split('\n').slice(1))
    // Written in lowercase: a capitalised word may be a name ("Nick", "Rose"), and a list's sense of a
    // name makes a person's first name a common word (person-names.ts).
    for (const w of line.match(/\p{L}+/gu) ?? []) if (w === w.toLowerCase()) counts.set(w, (counts.get(w) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= NEWS_MIN_COUNT).map(([w]) => w));
}
const NEWS_CLAIMS = '../shared/benchmarks/checkthat-2020/verified_claims.docs.tsv';
export const NEWS_MIN_COUNT = 2;
/** The dictionaries whose English headwords make that vocabulary (the first pairs' own, fixed so that
 *  a pair added later changes no list made before it). */
export const COMMON_ENGLISH_FROM = ['fra', 'spa', 'ita', 'por', 'nld'];
