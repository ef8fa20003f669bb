import { GUESSABLE, type LanguageDataSource, type LanguageNumberWords, type Stemmer } from '@/utils/core/language/language-data';

/**
 * Where the build puts the per-language data (scripts/lib/language-assets.ts writes the files): read by
 * the background and the library page (extension-files.ts) and by the import's index worker
 * (worker-language-files.ts), which has no extension API to resolve them with.
 */
export const stemmerPath = (algorithm: string) => `/language/stem-${algorithm}.js`;
export const stopWordsPath = (lang: string) => `/language/stop-${lang}.json`;
export const STOP_INDEX_PATH = '/language/stop-index.json';
/** Written for each of GUESSABLE. */
export const guessWordsPath = (lang: string) => `/language/guess-${lang}.json`;
export const numberWordsPath = (lang: string) => `/language/numbers-${lang}.json`;
export const NUMBER_INDEX_PATH = '/language/numbers-index.json';
/** The gazetteer as a script (registers `globalThis.recoupeGazetteer`, for importScripts) and as JSON. */
export const GAZETTEER_SCRIPT = '/words/gazetteer.js';
export const GAZETTEER_JSON = '/words/gazetteer.json';
/** The longer place list the facts reader reads (PlacesData), the same two ways (`globalThis.recoupePlaces`). */
export const PLACES_SCRIPT = '/words/places.js';
export const PLACES_JSON = '/words/places.json';
/** The published verdict labels, the same two ways (`globalThis.recoupeVerdicts`). */
export const VERDICTS_SCRIPT = '/words/verdicts.js';
export const VERDICTS_JSON = '/words/verdicts.json';
/** The facts reader's word lists, the same two ways (`globalThis.recoupeFactsWords`). */
export const FACTS_WORDS_SCRIPT = '/words/facts.js';
export const FACTS_WORDS_JSON = '/words/facts.json';
/** The matcher's base word tables (base-words.ts), the same two ways (`globalThis.recoupeBaseWords`). */
export const BASE_WORDS_SCRIPT = '/words/base-words.js';
export const BASE_WORDS_JSON = '/words/base-words.json';

/**
 * The language data read from those files, for a context that says how to load a script (a service
 * worker's importScripts, a page's script element) and how to resolve a path to a URL (the extension
 * API, or the worker's own origin). A stemmer script registers itself in `globalThis.recoupeStemmers`.
 */
export function languageFilesFrom(url: (path: string) => string, runScript: (path: string) => Promise<void> | void): LanguageDataSource {
  const registry = () => (globalThis as unknown as { recoupeStemmers?: Record<string, () => Stemmer> }).recoupeStemmers;
  const readJson = async <T>(path: string): Promise<T> => {
    const response = await fetch(url(path));
    if (!response.ok) throw new Error(`Recoupe: ${path} did not load (${response.status})`);
    return (await response.json()) as T;
  };
  let stopIndex: Promise<Set<string>> | undefined;
  let numberIndex: Promise<Set<string>> | undefined;
  return {
    async stemmer(algorithm) {
      if (!registry()?.[algorithm]) await runScript(stemmerPath(algorithm));
      const make = registry()?.[algorithm];
      if (!make) throw new Error(`Recoupe: the stemmer "${algorithm}" did not register`);
      return make();
    },
    async stopWords(lang) {
      stopIndex ??= readJson<string[]>(STOP_INDEX_PATH).then((langs) => new Set(langs));
      return (await stopIndex).has(lang) ? readJson<string[]>(stopWordsPath(lang)) : [];
    },
    async guessWords(lang) {
      return GUESSABLE.includes(lang) ? readJson<string[]>(guessWordsPath(lang)) : [];
    },
    async numberWords(lang) {
      numberIndex ??= readJson<string[]>(NUMBER_INDEX_PATH).then((langs) => new Set(langs));
      return (await numberIndex).has(lang) ? readJson<LanguageNumberWords>(numberWordsPath(lang)) : undefined;
    },
  };
}
