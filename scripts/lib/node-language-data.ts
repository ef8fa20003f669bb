/**
 * Under Node (tests, eval, benchmarks, fitting), the per-language data is read from node_modules,
 * through the same per-language stemmer scripts the extension ships, and the gazetteer, the
 * published verdict labels, the facts reader's word lists and the matcher's base words from their files or modules,
 * and the facts reader is its module;
 * synchronously, so that code analysing text needs no await. Import this module once, first.
 */
import { runInThisContext } from 'node:vm';
import { setLanguageDataSource, type Stemmer } from '@/utils/core/language/language-data';
import { readFileSync } from 'node:fs';
import { setGazetteerSource, setPlacesSource, type GazetteerData, type PlacesData } from '@/utils/core/facts/gazetteer-source';
import { setLexiconSource } from '@/utils/core/lexicon/lexicons';
import type { LexiconData } from '@/utils/core/lexicon/lexicon';
import { setVerdictSource } from '@/utils/core/verdicts/verdict-table';
import { BUNDLED_VERDICTS } from '@/utils/core/verdicts/bundled-verdicts';
import { setFactsWordsSource } from '@/utils/core/facts/facts-words';
import { BUNDLED_FACTS_WORDS } from '@/utils/core/facts/bundled-facts-words';
import { setBaseWordsSource } from '@/utils/core/matching/base-words';
import { BUNDLED_BASE_WORDS } from '@/utils/core/matching/bundled-base-words';
import { setFactsReaderSource } from '@/utils/core/facts/facts-reader';
import { BUNDLED_FACTS_READER } from '@/utils/core/facts/bundled-facts-reader';
import { GAZETTEER_SOURCE, PLACES_SOURCE, guessWordLists, lexiconPart, numberWordTables, stemmerScript, stopWordLists } from './language-assets';

type Registry = Record<string, () => Stemmer>;

function stemmer(algorithm: string): Stemmer {
  // In this context (a new one makes every global lookup several times slower), with the
  // script's `globalThis` bound to a local object: nothing leaks into Node's global.
  const scope: { recoupeStemmers?: Registry } = {};
  const run = runInThisContext(`(function (globalThis) {\n${stemmerScript(algorithm)}\n})`) as (scope: object) => void;
  run(scope);
  const make = scope.recoupeStemmers?.[algorithm];
  if (!make) throw new Error(`the stemmer script of "${algorithm}" registered nothing`);
  return make();
}

let lists: Record<string, string[]> | undefined;
const stopWords = (lang: string): string[] => (lists ??= stopWordLists())[lang] ?? [];

let guessLists: Record<string, string[]> | undefined;
const guessWords = (lang: string): string[] => (guessLists ??= guessWordLists())[lang] ?? [];

let numberTables: ReturnType<typeof numberWordTables> | undefined;
const numberWords = (lang: string) => (numberTables ??= numberWordTables())[lang];

export const nodeLanguageData = {
  stemmer: async (algorithm: string) => stemmer(algorithm),
  stopWords: async (lang: string) => stopWords(lang),
  guessWords: async (lang: string) => guessWords(lang),
  numberWords: async (lang: string) => numberWords(lang),
  sync: { stemmer, stopWords, guessWords, numberWords },
};

setLanguageDataSource(nodeLanguageData);
setGazetteerSource(() => JSON.parse(readFileSync(GAZETTEER_SOURCE, 'utf8')) as GazetteerData);
setPlacesSource(() => JSON.parse(readFileSync(PLACES_SOURCE, 'utf8')) as PlacesData);
setLexiconSource((pair, part) => JSON.parse(lexiconPart(pair, part)) as LexiconData);
setVerdictSource(() => BUNDLED_VERDICTS);
setFactsWordsSource(() => BUNDLED_FACTS_WORDS);
setBaseWordsSource(() => BUNDLED_BASE_WORDS);
setFactsReaderSource(() => BUNDLED_FACTS_READER);
