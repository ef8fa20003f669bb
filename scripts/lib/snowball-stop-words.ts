/**
 * The Snowball project's stop lists, the ones written for its stemmers, as the matcher's stop words
 * where Snowball has one. They come from @orama/stopwords (Apache-2.0), which copies them; read at
 * build time and under Node only (language-assets.ts writes them to `language/stop-LANG.json`).
 *
 * Why not stopwords-iso's for matching: its lists merge several sources and hold content words
 * (English "information", "value", "world", "show"; French "dire", "seul"), so a claim and a sentence
 * that share those words had them dropped on both sides. stopwords-iso's lists stay for the
 * language guesser (`language/guess-LANG.json`), which they serve well and which must not change.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * @orama/stopwords's module names by language. Only those that are Snowball's lists: its Spanish
 * (577 words, with "afirmó", "agregó") is not Snowball's 313, so Spanish keeps stopwords-iso's.
 */
const SNOWBALL_MODULES: Record<string, string> = {
  en: 'english', fr: 'french', de: 'german', it: 'italian', pt: 'portuguese', nl: 'dutch',
  da: 'danish', no: 'norwegian', nb: 'norwegian', sv: 'swedish', fi: 'finnish', ru: 'russian',
};

/**
 * Words @orama/stopwords lists that Snowball's own file leaves commented out, "because of the
 * significant homonym forms" (a will, a tin can, the month of May). Not "us", which Snowball leaves
 * out for "US" but calls "usually safe to remove if it is in lower case": the analyser tells "US" in
 * capitals from the pronoun by itself (an acronym among ordinary words is no stop word, and a headline
 * in capitals, "TELL US WHAT YOU THINK", names nobody), so "us" stays a stop word.
 */
const NOT_SNOWBALL: Record<string, readonly string[]> = {
  en: ['will', 'shall', 'can', 'may', 'might', 'must'],
};

/** The languages that have a Snowball stop list. */
export const SNOWBALL_STOP_LANGS: readonly string[] = Object.keys(SNOWBALL_MODULES);

/** Snowball's stop list of `lang` ("fr"), undefined where it has none. */
export function snowballStopWords(lang: string): string[] | undefined {
  const name = SNOWBALL_MODULES[lang];
  if (!name) return undefined;
  const { stopwords } = require(`@orama/stopwords/${name}`) as { stopwords: string[] };
  const dropped = new Set(NOT_SNOWBALL[lang] ?? []);
  // The French list holds an empty string; Norwegian and Finnish repeat a few words.
  return [...new Set(stopwords.filter((w) => w !== '' && !dropped.has(w)))];
}
