import type { LanguageDataSource } from '@/utils/core/language/language-data';
import type { GazetteerData, PlacesData } from '@/utils/core/facts/gazetteer-source';
import type { FactsWords } from '@/utils/core/facts/facts-words-types';
import type { BaseWords } from '@/utils/core/matching/base-words';
import { BASE_WORDS_SCRIPT, FACTS_WORDS_SCRIPT, GAZETTEER_SCRIPT, languageFilesFrom, PLACES_SCRIPT } from '@/utils/store/language-file-paths';

/**
 * The language data in a dedicated worker of an extension page (the import's index worker): the same
 * files as extension-files.ts, but a worker has no `browser.runtime.getURL` (Chromium gives dedicated
 * workers no extension API), so paths resolve against the worker's own URL, in the extension's origin.
 * A classic worker: stemmers load by importScripts.
 */
const worker = globalThis as unknown as { importScripts(...urls: string[]): void; recoupeGazetteer?: GazetteerData; recoupePlaces?: PlacesData; recoupeFactsWords?: FactsWords; recoupeBaseWords?: BaseWords };

export const workerLanguageFiles: LanguageDataSource = languageFilesFrom(
  (path) => path,
  (path) => worker.importScripts(path),
);

/** The gazetteer's data (storing the index reads the countries each new document names: serialise-index.ts). */
export function readWorkerGazetteer(): GazetteerData {
  if (!worker.recoupeGazetteer) worker.importScripts(GAZETTEER_SCRIPT);
  if (!worker.recoupeGazetteer) throw new Error(`Recoupe: ${GAZETTEER_SCRIPT} did not register`);
  return worker.recoupeGazetteer;
}

/** The longer place list, should a version's facts be read here. */
export function readWorkerPlaces(): PlacesData {
  if (!worker.recoupePlaces) worker.importScripts(PLACES_SCRIPT);
  if (!worker.recoupePlaces) throw new Error(`Recoupe: ${PLACES_SCRIPT} did not register`);
  return worker.recoupePlaces;
}

/** The facts reader's word lists (analysing a text reads its weekdays: analyse-text.ts). */
export function readWorkerFactsWords(): FactsWords {
  if (!worker.recoupeFactsWords) worker.importScripts(FACTS_WORDS_SCRIPT);
  if (!worker.recoupeFactsWords) throw new Error(`Recoupe: ${FACTS_WORDS_SCRIPT} did not register`);
  return worker.recoupeFactsWords;
}

/** The matcher's base word tables (analysing a text reads its number and month words: base-words.ts). */
export function readWorkerBaseWords(): BaseWords {
  if (!worker.recoupeBaseWords) worker.importScripts(BASE_WORDS_SCRIPT);
  if (!worker.recoupeBaseWords) throw new Error(`Recoupe: ${BASE_WORDS_SCRIPT} did not register`);
  return worker.recoupeBaseWords;
}
