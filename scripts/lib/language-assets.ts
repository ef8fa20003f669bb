/**
 * The extension's per-language files, made from the npm packages at build time (wxt.config.ts)
 * and read the same way under Node (node-language-data.ts):
 * - `language/stem-NAME.js`: one Snowball stemmer, a classic script that registers a factory in
 *   `globalThis.recoupeStemmers[NAME]` (snowball-stemmers ships all 24 in one file of 330 KB);
 * - `language/stop-LANG.json`: one language's stop words for matching, Snowball's list where it has one
 *   (snowball-stop-words.ts), stopwords-iso's elsewhere, and `language/stop-index.json` the languages that have one;
 * - `language/guess-LANG.json`: stopwords-iso's list of each language the guesser chooses among (GUESSABLE);
 * - `language/numbers-LANG.json`: one language's number words (utils/core/matching/number-words-data.json,
 *   scripts/build-number-words.ts), and `language/numbers-index.json` the languages that have them;
 * - `words/gazetteer.json` (utils/core/facts/gazetteer-data.json) and `words/gazetteer.js`, the same
 *   as a script that sets `globalThis.recoupeGazetteer`, for the service worker's importScripts;
 * - `words/XX-en.js`: utils/core/lexicon/XX-en.json, as a script that sets
 *   `globalThis.recoupeLexicons['XX-en']` (a page reads it as JSON, see lexiconScriptPrefix), one
 *   pair per language of LEXICON_LANGS; and `words/XX-en-related.js`, its related-stems table
 *   XX-en-related.json as `{ related }`, apart: the matcher reads only the table;
 * - `words/verdicts.json` and `words/verdicts.js` (`globalThis.recoupeVerdicts`): the published verdict
 *   labels (utils/core/verdicts/bundled-verdicts.ts), read when an import or a feed first reads a verdict;
 * - `words/facts.json` and `words/facts.js` (`globalThis.recoupeFactsWords`): the facts reader's word
 *   lists (utils/core/facts/bundled-facts-words.ts), read when a text is first analysed or its facts read;
 * - `words/base-words.json` and `words/base-words.js` (`globalThis.recoupeBaseWords`): the matcher's base
 *   number and month words and letters (utils/core/matching/bundled-base-words.ts), read when a text is first analysed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { transformSync } from 'esbuild';
import { GUESSABLE, SNOWBALL_ALGORITHMS } from '../../utils/core/language/language-data';
import { SNOWBALL_STOP_LANGS, snowballStopWords } from './snowball-stop-words';
import { REPORTING_WORDS } from './reporting-words';
import { AUXILIARY_INFINITIVES } from './auxiliary-infinitives';
import { LEXICON_PAIRS, lexiconRelatedName, lexiconScriptPrefix } from '../../utils/core/lexicon/lexicon-pairs';
import type { GazetteerData, PlacesData } from '../../utils/core/facts/gazetteer-source';
import type { LanguageNumberWords } from '../../utils/core/language/language-data';
import { BUNDLED_VERDICTS } from '../../utils/core/verdicts/bundled-verdicts';
import { BUNDLED_FACTS_WORDS } from '../../utils/core/facts/bundled-facts-words';
import { BUNDLED_BASE_WORDS } from '../../utils/core/matching/bundled-base-words';

const require = createRequire(import.meta.url);

export const LANGUAGE_DIR = 'language';
export const stemmerFile = (algorithm: string) => `${LANGUAGE_DIR}/stem-${algorithm}.js`;
export const stopWordsFile = (lang: string) => `${LANGUAGE_DIR}/stop-${lang}.json`;
export const STOP_INDEX_FILE = `${LANGUAGE_DIR}/stop-index.json`;
export const guessWordsFile = (lang: string) => `${LANGUAGE_DIR}/guess-${lang}.json`;
export const numberWordsFile = (lang: string) => `${LANGUAGE_DIR}/numbers-${lang}.json`;
export const NUMBER_INDEX_FILE = `${LANGUAGE_DIR}/numbers-index.json`;
/** A path, not a URL: under happy-dom (some unit tests) the global URL is not Node's. */
export const GAZETTEER_SOURCE = require.resolve('../../utils/core/facts/gazetteer-data.json');
export const PLACES_SOURCE = require.resolve('../../utils/core/facts/places-data.json');
/** A pair's word lists ('fr-en'). */
export const lexiconSource = (pair: string) => require.resolve(`../../utils/core/lexicon/${pair}.json`);
/** A pair's related-stems table (scripts/build-lexicon-related.ts), shipped inside the pair's file. */
export const lexiconRelatedSource = (pair: string) => require.resolve(`../../utils/core/lexicon/${pair}-related.json`);
export { LEXICON_PAIRS };

/** A pair's word lists with their related-stems table, as one JSON text. */
export function lexiconWithRelated(pair: string): string {
  if (!LEXICON_PAIRS.includes(pair)) throw new Error(`no lexicon "${pair}": one of ${LEXICON_PAIRS.join(', ')}`);
  const related = JSON.parse(readFileSync(lexiconRelatedSource(pair), 'utf8')) as unknown;
  return JSON.stringify({ ...(JSON.parse(readFileSync(lexiconSource(pair), 'utf8')) as object), related });
}

/** A pair's word lists, or its related-stems table as `{ related }`, as one JSON text each. */
export function lexiconPart(pair: string, part: 'words' | 'related'): string {
  if (!LEXICON_PAIRS.includes(pair)) throw new Error(`no lexicon "${pair}": one of ${LEXICON_PAIRS.join(', ')}`);
  const file = part === 'words' ? lexiconSource(pair) : lexiconRelatedSource(pair);
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  return JSON.stringify(part === 'words' ? data : { related: data });
}

/** The package's helpers and base classes, and each algorithm's class, as source lines. */
function snowballParts(): { prelude: string; classes: Map<string, string> } {
  const lines = readFileSync(require.resolve('snowball-stemmers'), 'utf8').split('\n');
  const classStart = /^ {4}var (\w+)Stemmer = function \(_SnowballStemmer\d*\) \{$/;
  const starts: { name: string; line: number }[] = [];
  let end = -1;
  lines.forEach((line, i) => {
    const m = classStart.exec(line);
    if (m) starts.push({ name: m[1]!, line: i });
    if (line.startsWith('    function newStemmer(')) end = i;
  });
  const helpersFrom = lines.findIndex((l) => l.startsWith('    function _possibleConstructorReturn('));
  if (starts.length < 20 || end < 0 || helpersFrom < 0) throw new Error('snowball-stemmers: unexpected layout, cannot split it per language');
  // `_typeof` is declared before the module wrapper.
  const prelude = [lines[0]!, ...lines.slice(helpersFrom, starts[0]!.line)].join('\n');
  const classes = new Map<string, string>();
  starts.forEach((s, i) => classes.set(s.name, lines.slice(s.line, starts[i + 1]?.line ?? end).join('\n')));
  return { prelude, classes };
}

let parts: ReturnType<typeof snowballParts> | undefined;

/** British spelling -> American (scripts/add-english-spelling-variants.ts, from SCOWL). */
export const BRITISH_SPELLINGS_SOURCE = 'utils/core/language/british-spellings.json';

/**
 * The English stemmer reads a British spelling as the American one before Porter2, which keeps them
 * apart ("organise" and "organisation" stem to "organis", "organize" and "organization" to "organ";
 * "colour" and "color" stay two words), so a British claim and an American page share their words.
 * A table of the words SCOWL's British list has alone, not a spelling rule: a rule would also rewrite
 * "advertise", which both spell so, and part it from "advertisement".
 */
function britishSpellings(): Record<string, string> {
  return (JSON.parse(readFileSync(require.resolve(`../../${BRITISH_SPELLINGS_SOURCE}`), 'utf8')) as { spellings: Record<string, string> }).spellings;
}

/** The script of one Snowball algorithm ("french"), minified. */
export function stemmerScript(algorithm: string): string {
  parts ??= snowballParts();
  const body = parts.classes.get(algorithm);
  if (!body) throw new Error(`snowball-stemmers has no algorithm "${algorithm}"`);
  const source = `(function () {
'use strict';
${parts.prelude}
${body}
var registry = globalThis.recoupeStemmers || (globalThis.recoupeStemmers = {});
registry[${JSON.stringify(algorithm)}] = function () {
  var stemmer = new ${algorithm}Stemmer();
${algorithm === 'english' ? `  var american = new Map(Object.entries(${JSON.stringify(britishSpellings())}));
  return { stem: function (word) { stemmer.setCurrent(american.get(word) || word); stemmer.stem(); return stemmer.getCurrent(); } };` : '  return { stem: function (word) { stemmer.setCurrent(word); stemmer.stem(); return stemmer.getCurrent(); } };'}
};
})();
`;
  return transformSync(source, { minify: true, target: 'es2020' }).code;
}

/** stopwords-iso's lists by language. */
function isoLists(): Record<string, string[]> {
  return JSON.parse(readFileSync(require.resolve('stopwords-iso/stopwords-iso.json'), 'utf8')) as Record<string, string[]>;
}

/** The matcher's stop words by language: Snowball's list where it has one, stopwords-iso's elsewhere. */
export function stopWordLists(): Record<string, string[]> {
  const lists = isoLists();
  for (const lang of SNOWBALL_STOP_LANGS) lists[lang] = snowballStopWords(lang)!;
  for (const extra of [REPORTING_WORDS, AUXILIARY_INFINITIVES]) {
    for (const [lang, words] of Object.entries(extra)) lists[lang] = [...new Set([...(lists[lang] ?? []), ...words])];
  }
  return lists;
}

/** The language guesser's words: stopwords-iso's lists of the GUESSABLE languages. */
export function guessWordLists(): Record<string, string[]> {
  const lists = isoLists();
  return Object.fromEntries(GUESSABLE.map((lang) => {
    const list = lists[lang];
    if (!list?.length) throw new Error(`stopwords-iso has no list for "${lang}", which the guesser chooses among`);
    return [lang, list];
  }));
}

/** The generated number words by language (scripts/build-number-words.ts). */
export function numberWordTables(): Record<string, LanguageNumberWords> {
  const file = JSON.parse(readFileSync(require.resolve('../../utils/core/matching/number-words-data.json'), 'utf8')) as { langs: Record<string, LanguageNumberWords> };
  return file.langs;
}

/**
 * The extension's copy of the gazetteer: without the variant names and demonyms, which only their
 * keys serve (gazetteer-source.ts), a third smaller than the repository's file.
 */
export function shippedGazetteer(data: GazetteerData): GazetteerData {
  return {
    ...data,
    countries: data.countries.map(({ names: _names, demonyms: _demonyms, localNames: _localNames, ...kept }) => kept),
    regions: data.regions.map(({ names: _names, ...kept }) => kept),
    ...(data.localPlaces ? { localPlaces: data.localPlaces.map(({ names: _names, ...kept }) => kept) } : {}),
  };
}

/** The same for the longer place list (PlacesData): its regions' and local places' variant names only serve their keys. */
export function shippedPlaces(data: PlacesData): PlacesData {
  return { ...data, regions: data.regions.map(({ names: _names, ...kept }) => kept), ...(data.localPlaces ? { localPlaces: data.localPlaces.map(({ names: _names, ...kept }) => kept) } : {}) };
}

/** Every file of `language/`, as WXT's generated public files. */
export function languageFiles(): { relativeDest: string; contents: string }[] {
  const lists = stopWordLists();
  const guesses = guessWordLists();
  const numbers = numberWordTables();
  const gazetteer = JSON.stringify(shippedGazetteer(JSON.parse(readFileSync(GAZETTEER_SOURCE, 'utf8')) as GazetteerData));
  const places = JSON.stringify(shippedPlaces(JSON.parse(readFileSync(PLACES_SOURCE, 'utf8')) as PlacesData));
  const verdicts = JSON.stringify(BUNDLED_VERDICTS);
  const factsWords = JSON.stringify(BUNDLED_FACTS_WORDS);
  const baseWords = JSON.stringify(BUNDLED_BASE_WORDS);
  return [
    ...SNOWBALL_ALGORITHMS.map((algorithm) => ({ relativeDest: stemmerFile(algorithm), contents: stemmerScript(algorithm) })),
    ...Object.entries(lists).map(([lang, words]) => ({ relativeDest: stopWordsFile(lang), contents: JSON.stringify(words) })),
    { relativeDest: STOP_INDEX_FILE, contents: JSON.stringify(Object.keys(lists)) },
    ...Object.entries(guesses).map(([lang, words]) => ({ relativeDest: guessWordsFile(lang), contents: JSON.stringify(words) })),
    ...Object.entries(numbers).map(([lang, table]) => ({ relativeDest: numberWordsFile(lang), contents: JSON.stringify(table) })),
    { relativeDest: NUMBER_INDEX_FILE, contents: JSON.stringify(Object.keys(numbers)) },
    { relativeDest: 'words/gazetteer.json', contents: gazetteer },
    { relativeDest: 'words/gazetteer.js', contents: `globalThis.recoupeGazetteer = ${gazetteer};\n` },
    { relativeDest: 'words/places.json', contents: places },
    { relativeDest: 'words/places.js', contents: `globalThis.recoupePlaces = ${places};\n` },
    { relativeDest: 'words/verdicts.json', contents: verdicts },
    { relativeDest: 'words/verdicts.js', contents: `globalThis.recoupeVerdicts = ${verdicts};\n` },
    { relativeDest: 'words/facts.json', contents: factsWords },
    { relativeDest: 'words/facts.js', contents: `globalThis.recoupeFactsWords = ${factsWords};\n` },
    { relativeDest: 'words/base-words.json', contents: baseWords },
    { relativeDest: 'words/base-words.js', contents: `globalThis.recoupeBaseWords = ${baseWords};\n` },
    ...LEXICON_PAIRS.map((pair) => ({ relativeDest: `words/${pair}.js`, contents: `${lexiconScriptPrefix(pair)}${lexiconPart(pair, 'words')};\n` })),
    ...LEXICON_PAIRS.map((pair) => ({ relativeDest: `words/${lexiconRelatedName(pair)}.js`, contents: `${lexiconScriptPrefix(lexiconRelatedName(pair))}${lexiconPart(pair, 'related')};\n` })),
  ];
}
