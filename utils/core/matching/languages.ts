import { detectLanguage } from '@/utils/core/language/detect-language';
/**
 * Language support: Snowball stemmers and stop lists (loaded per language, see
 * language/language-data.ts), with a cheap stop-word-vote language guess for texts whose
 * language is not given, on stopwords-iso's lists (guessWordsOf).
 */
import { boundedMemo } from '@/utils/core/bounded-memo';
import { foldText, stripAccents } from './normalise-text';
import { baseLang, GUESSABLE, guessWordsOf, stemmerOf, stopWordsOf } from '@/utils/core/language/language-data';

import { gluedPrefixes, hebrewStem, unprefixed } from './glued-prefixes';
import { serbianLatin, writesSerbianCyrillic } from './serbian-latin';

export { baseLang } from '@/utils/core/language/language-data';

/** Without a stemmer, a fixed-length prefix is a crude but language-neutral stem. */
const PREFIX_STEM_LENGTH = 6;
/** Words per generation of a language's stem memo (see bounded-memo.ts). */
const STEM_MEMO_GENERATION = 100_000;
/** Words per generation of the memo of recent words in front of it. */
const RECENT_STEM_GENERATION = 4_096;

export interface LanguageTools {
  lang: string;
  stem(word: string): string;
  isStopWord(word: string): boolean;
}

const toolsCache = new Map<string, LanguageTools>();
const stopSets = new Map<string, Set<string>>();
const guessSets = new Map<string, Set<string>>();

function foldedSet(sets: Map<string, Set<string>>, lang: string, list: (lang: string) => string[]): Set<string> {
  let set = sets.get(lang);
  if (!set) {
    // Lists are stored with accents; our tokens are folded, so fold the lists too.
    set = new Set(list(lang).map((w) => foldText(w)));
    sets.set(lang, set);
  }
  return set;
}

const stopSet = (lang: string) => foldedSet(stopSets, lang, stopWordsOf);
const guessSet = (lang: string) => foldedSet(guessSets, lang, guessWordsOf);

export function languageTools(langTag: string): LanguageTools {
  const lang = baseLang(langTag);
  const cached = toolsCache.get(lang);
  if (cached) return cached;
  const stemmer = stemmerOf(lang);
  const cyrillic = writesSerbianCyrillic(lang);
  const memo = boundedMemo((word) => {
    // Snowball needs the accents (French endings); the stem is compared folded.
    // Hebrew, which Snowball lacks, glues its one-letter words on: a light stem of its own (glued-prefixes.ts).
    // Serbian's Cyrillic, in the Latin letters of its word list (serbian-latin.ts).
    let s = stemmer ? stemmer.stem(word) : lang === 'he' ? hebrewStem(word) : (cyrillic ? serbianLatin(word) : word).slice(0, PREFIX_STEM_LENGTH);
    // snowball-stemmers 0.6 leaves the French verb ending -ent in place
    // ("préparent" stays, "préparés" -> "prépar"); stem the -e form instead.
    if (lang === 'fr' && s === word && word.length > 5 && word.endsWith('ent') && !word.endsWith('ment')) {
      s = stemmer!.stem(word.slice(0, -2));
    }
    return stripAccents(s);
  }, STEM_MEMO_GENERATION);
  // In front, a small memo of the words read lately (a page's): its look-ups stay in the processor's
  // cache, where the large memo's, after an index build has filled it, mostly do not.
  const stem = boundedMemo(memo, RECENT_STEM_GENERATION);
  const stops = stopSet(lang);
  const tools: LanguageTools = {
    lang,
    stem,
    /** `word` lowercase with accents stripped. */
    // "והוא" ("and he") is the stop word "הוא" with "and" glued on.
    isStopWord: gluedPrefixes(lang) ? (word) => stops.has(word) || unprefixed(word, lang).some((w) => stops.has(w)) : (word) => stops.has(word),
  };
  toolsCache.set(lang, tools);
  return tools;
}

/**
 * Scripts that tell a language apart when no Latin stop word votes: the first language of each is
 * guessed unless `fallback` is one of the others written in it (a Ukrainian page keeps 'uk').
 * Kana before Han: Japanese mixes both.
 */
const SCRIPT_LANGS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, ['ja']],
  [/\p{Script=Hangul}/u, ['ko']],
  [/\p{Script=Han}/u, ['zh', 'ja', 'ko']],
  [/\p{Script=Cyrillic}/u, ['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk']],
  [/\p{Script=Arabic}/u, ['ar', 'fa', 'ur']],
  [/\p{Script=Greek}/u, ['el']],
  [/\p{Script=Hebrew}/u, ['he', 'yi']],
  [/\p{Script=Devanagari}/u, ['hi', 'mr', 'ne']],
  [/\p{Script=Bengali}/u, ['bn', 'as']],
  [/\p{Script=Tamil}/u, ['ta']],
  [/\p{Script=Thai}/u, ['th']],
  [/\p{Script=Armenian}/u, ['hy']],
  [/\p{Script=Georgian}/u, ['ka']],
];
const LATIN_LETTER = /\p{Script=Latin}/u;
const PERSIAN_LETTERS = /[پچژگ]/u;

/** The language of the script most of `words` are written in, when that is not the Latin script. */
function scriptLanguage(words: readonly string[], fallback: string): string {
  let latin = 0;
  let persian = 0;
  const counts = new Array<number>(SCRIPT_LANGS.length).fill(0);
  for (const w of words) {
    if (LATIN_LETTER.test(w[0]!)) {
      latin += w.length;
      continue;
    }
    const i = SCRIPT_LANGS.findIndex(([re]) => re.test(w));
    if (i >= 0) counts[i]! += w.length;
    if (PERSIAN_LETTERS.test(w)) persian += w.length;
  }
  let best = -1;
  for (let i = 0; i < counts.length; i++) if (counts[i]! > latin && (best < 0 || counts[i]! > counts[best]!)) best = i;
  if (best < 0) return fallback;
  const langs = SCRIPT_LANGS[best]![1];
  if (langs.includes(baseLang(fallback))) return fallback;
  // Chinese characters with kana beside them are Japanese, with Hangul Korean.
  if (langs[0] === 'zh' && (counts[0]! > 0 || counts[1]! > 0)) return counts[0]! >= counts[1]! ? 'ja' : 'ko';
  // Arabic script with letters that Arabic does not have: Persian (or Urdu, which the fallback names).
  return langs[0] === 'ar' && persian * 20 >= counts[best]! ? 'fa' : langs[0]!;
}

/**
 * Guess the language of a text from stop-word votes among {@link GUESSABLE} (or, when few of its words
 * are that language's stop words, another Latin-script language the import's detector names), else from the script
 * most of its letters are written in (Cyrillic: Russian, Hangul: Korean...).
 * Returns `fallback` when the text gives no evidence (too short, no hits, Latin letters only).
 */
export function guessLanguage(text: string, fallback = 'en'): string {
  const words = foldText(text.slice(0, 4000)).match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return fallback;
  // One lookup per word, in a map of which languages list it as a stop word.
  const { langsOf, sizes } = stopVotes();
  const hits = new Array<number>(GUESSABLE.length).fill(0);
  for (const w of words) {
    if (w.length < 2) continue;
    const mask = langsOf.get(w);
    if (mask === undefined) continue;
    for (let l = 0; l < GUESSABLE.length; l++) if (mask & (1 << l)) hits[l]!++;
  }
  let best = fallback;
  let bestHits = 0;
  let bestRaw = 0;
  for (let l = 0; l < GUESSABLE.length; l++) {
    // Lists differ in size (English's is twice French's); normalise by log size.
    const weighted = hits[l]! / Math.log(sizes[l]! + 2);
    if (weighted > bestHits) {
      bestHits = weighted;
      bestRaw = hits[l]!;
      best = GUESSABLE[l]!;
    }
  }
  if (words.length >= OTHER_LATIN_MIN_WORDS && bestRaw < words.length * OTHER_LATIN_SHARE && ACCENTED_LATIN.test(text)) {
    const other = otherLatinLanguage(text);
    if (other) return other;
  }
  return bestHits > 0 ? best : scriptLanguage(words, fallback);
}

/**
 * Below this share of its words being stop words of the best guessable language, a Latin-script text
 * may be in another language (Czech, Danish, Swedish, Polish, Turkish...): the import's detector
 * (detect-language.ts, stop words and letters of more languages) is asked. Chosen on the training
 * cases and tests/fixtures/matching/languages (shares of 0.25 to 0.5 were within one text of each
 * other); `npx tsx scripts/guess-accuracy.ts tests/fixtures/matching/train tests/fixtures/matching/languages`:
 * 705 of 708 texts guessed as their files say, 686 without this (the training files alone: 687 of 687, 673).
 */
const OTHER_LATIN_SHARE = 0.35;
/** Not for a headline: short English titles have few stop words too ("Clown Purge on Halloween").
 *  `npx tsx scripts/guess-accuracy.ts ../shared/benchmarks/checkthat-2020`: none of the CheckThat! 2020
 *  claims' 20,750 English statements and titles is guessed outside the seven (about 30 were, counted
 *  once, with neither this minimum nor the accent rule below). */
const OTHER_LATIN_MIN_WORDS = 10;
/** Nor for a text in plain ASCII letters: the detector read an English tweet's "to", "do", "i" as Polish
 *  ("Manafort introduced trump/Pence"); a sentence of those languages has its å, ø, ä, ě, ł, ş... */
const ACCENTED_LATIN = /[\u00c0-\u024f]/;
/** The detector's language when it is a Latin-script one the stop-word votes do not choose among. */
function otherLatinLanguage(text: string): string | undefined {
  // Links, handles and hashtags are no words of any language ("t.co/aEpqrkJZg4" read as Polish).
  const d = detectLanguage(text.replace(/\b(?:https?:\/\/|www\.)\S*|\b[\w-]+(?:\.[\w-]+)+\/\S*|[@#][\p{L}\p{N}_]+/gu, ' '));
  return d && !GUESSABLE.includes(d) && !SCRIPT_LANGS.some(([, langs]) => langs.includes(d)) ? d : undefined;
}

let votes: { langsOf: Map<string, number>; sizes: number[]; sets: Set<string>[] } | undefined;

/** Stop word -> bit mask of the guessable languages listing it; made again if a list was loaded since. */
function stopVotes() {
  const sets = GUESSABLE.map(guessSet);
  if (votes && sets.every((set, l) => set === votes!.sets[l])) return votes;
  const langsOf = new Map<string, number>();
  sets.forEach((set, l) => {
    for (const w of set) langsOf.set(w, (langsOf.get(w) ?? 0) | (1 << l));
  });
  votes = { langsOf, sizes: sets.map((set) => set.size), sets };
  return votes;
}
