/**
 * Under Node (tests, eval, benchmarks, fitting), the per-language data is read from node_modules
 * through the same per-language stemmer scripts the extension ships; synchronous, so that code
 * analysing text needs no await. Import this module once, before matching.
 */
import { runInNewContext } from 'node:vm';
import { setLanguageDataSource, type Stemmer } from '@/utils/core/language/language-data';
import { stemmerScript, stopWordLists } from './language-assets';

type Registry = Record<string, () => Stemmer>;

function stemmer(algorithm: string): Stemmer {
  // The script's globalThis is the sandbox: nothing leaks into Node's global.
  const sandbox: { recoupeStemmers?: Registry } = {};
  runInNewContext(stemmerScript(algorithm), sandbox);
  const make = sandbox.recoupeStemmers?.[algorithm];
  if (!make) throw new Error(`the stemmer script of "${algorithm}" registered nothing`);
  return make();
}

let lists: Record<string, string[]> | undefined;
const stopWords = (lang: string): string[] => (lists ??= stopWordLists())[lang] ?? [];

export const nodeLanguageData = {
  stemmer: async (algorithm: string) => stemmer(algorithm),
  stopWords: async (lang: string) => stopWords(lang),
  sync: { stemmer, stopWords },
};

setLanguageDataSource(nodeLanguageData);
