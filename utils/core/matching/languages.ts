/**
 * Language support: Snowball stemmers and stopwords-iso lists (loaded per language, see
 * language/language-data.ts), with a cheap stop-word-vote language guess for texts whose
 * language is not given.
 */
import { foldText, stripAccents } from './normalise-text';
import { baseLang, GUESSABLE, stemmerOf, stopWordsOf } from '@/utils/core/language/language-data';

export { baseLang } from '@/utils/core/language/language-data';

/** Without a stemmer, a fixed-length prefix is a crude but language-neutral stem. */
const PREFIX_STEM_LENGTH = 6;

export interface LanguageTools {
  lang: string;
  stem(word: string): string;
  isStopWord(word: string): boolean;
}

const toolsCache = new Map<string, LanguageTools>();
const stopSets = new Map<string, Set<string>>();

function stopSet(lang: string): Set<string> {
  let set = stopSets.get(lang);
  if (!set) {
    const list = stopWordsOf(lang);
    // Lists are stored with accents; our tokens are folded, so fold the lists too.
    set = new Set(list.map((w) => foldText(w)));
    stopSets.set(lang, set);
  }
  return set;
}

export function languageTools(langTag: string): LanguageTools {
  const lang = baseLang(langTag);
  const cached = toolsCache.get(lang);
  if (cached) return cached;
  const stemmer = stemmerOf(lang);
  const memo = new Map<string, string>();
  const stops = stopSet(lang);
  const tools: LanguageTools = {
    lang,
    stem(word) {
      let s = memo.get(word);
      if (s === undefined) {
        // Snowball needs the accents (French endings); the stem is compared folded.
        s = stemmer ? stemmer.stem(word) : word.slice(0, PREFIX_STEM_LENGTH);
        // snowball-stemmers 0.6 leaves the French verb ending -ent in place
        // ("préparent" stays, "préparés" -> "prépar"); stem the -e form instead.
        if (lang === 'fr' && s === word && word.length > 5 && word.endsWith('ent') && !word.endsWith('ment')) {
          s = stemmer!.stem(word.slice(0, -2));
        }
        s = stripAccents(s);
        if (memo.size < 200_000) memo.set(word, s);
      }
      return s;
    },
    /** `word` lowercase with accents stripped. */
    isStopWord: (word) => stops.has(word),
  };
  toolsCache.set(lang, tools);
  return tools;
}

/**
 * Guess the language of a text from stop-word votes among {@link GUESSABLE}.
 * Returns `fallback` when the text gives no evidence (too short, no hits).
 */
export function guessLanguage(text: string, fallback = 'en'): string {
  const words = foldText(text.slice(0, 4000)).match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return fallback;
  let best = fallback;
  let bestHits = 0;
  for (const lang of GUESSABLE) {
    const stops = stopSet(lang);
    let hits = 0;
    for (const w of words) if (w.length > 1 && stops.has(w)) hits++;
    // Lists differ in size (English's is twice French's); normalise by log size.
    const weighted = hits / Math.log(stops.size + 2);
    if (weighted > bestHits) {
      bestHits = weighted;
      best = lang;
    }
  }
  return best;
}
