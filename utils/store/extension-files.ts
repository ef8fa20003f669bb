/**
 * The extension's own data files, written at build time (scripts/lib/language-assets.ts), read by
 * the background and the extension pages instead of being bundled into them.
 *
 * Per-language data (`language/`): stop lists are JSON, fetched. Stemmers are code:
 * - Chrome's MV3 service worker allows neither `import()` nor `importScripts()` after its first
 *   run, except for scripts it imported while installing (the service worker spec keeps those):
 *   so the install event imports every stemmer once, and a later start imports, from that cache,
 *   only the ones a language needs (checked in Chromium 156 across a worker restart);
 * - Firefox's background is a page (MV2): a script element loads the file.
 * The gazetteer and the word lists between English and other languages (`words/`) are read synchronously (see utils/core/facts/gazetteer-source.ts): in the
 * service worker by importScripts, which is synchronous (the gazetteer only: the lists' related-stems
 * tables are fetched before a scan, see cacheScriptsAtInstall); in a page by a synchronous request.
 * So are the published verdict labels, the facts reader's word lists and the matcher's base words (`words/verdicts.*`,
 * `words/facts.*`, `words/base-words.*`), small files the background would otherwise parse at every worker start.
 */
import { browser } from 'wxt/browser';
import { SNOWBALL_ALGORITHMS, type LanguageDataSource, type Stemmer } from '@/utils/core/language/language-data';
import type { GazetteerData, PlacesData } from '@/utils/core/facts/gazetteer-source';
import type { LexiconData } from '@/utils/core/lexicon/lexicon';
import { LEXICON_PAIRS, lexiconRelatedName, lexiconScriptPrefix } from '@/utils/core/lexicon/lexicon-pairs';
import type { LexiconPart } from '@/utils/core/lexicon/lexicons';
import type { VerdictData } from '@/utils/core/verdicts/vocabulary-types';
import type { FactsWords } from '@/utils/core/facts/facts-words-types';
import type { BaseWords } from '@/utils/core/matching/base-words';
import { FACTS_READER_SCRIPT } from '@/utils/core/facts/facts-reader-script';
import {
  BASE_WORDS_JSON,
  BASE_WORDS_SCRIPT,
  FACTS_WORDS_JSON,
  FACTS_WORDS_SCRIPT,
  GAZETTEER_JSON,
  GAZETTEER_SCRIPT,
  languageFilesFrom,
  PLACES_JSON,
  PLACES_SCRIPT,
  stemmerPath,
  VERDICTS_JSON,
  VERDICTS_SCRIPT,
} from '@/utils/store/language-file-paths';

const lexiconScript = (name: string) => `/words/${name}.js`;

type Registry = Record<string, () => Stemmer>;
interface WorkerGlobal {
  importScripts?: (...urls: string[]) => void;
  addEventListener(type: string, listener: () => void): void;
  recoupeStemmers?: Registry;
  recoupeGazetteer?: GazetteerData;
  recoupePlaces?: PlacesData;
  recoupeVerdicts?: VerdictData;
  recoupeFactsWords?: FactsWords;
  recoupeBaseWords?: BaseWords;
}
const global = globalThis as unknown as WorkerGlobal;

/** In the service worker: to be called during the worker's first run, so that its install event is seen. */
export function cacheScriptsAtInstall(): void {
  if (typeof global.importScripts !== 'function') return;
  global.addEventListener('install', () => {
    // Evaluating them here costs once per install or update; the worker's later starts skip them.
    // But Chromium sends every script of that cache to each new start of the worker, one after the
    // other, the main script first and then in the order of their URLs (content/browser/
    // service_worker/service_worker_installed_scripts_sender.cc; the script cache map is keyed by
    // URL), and an importScripts waits until its file has come. So the stemmers' folder (`language/`)
    // sorts before the gazetteer's (`words/`): a stemmer waits for background.js and at most 600 KB of
    // stemmers (with 8 MB of word lists in `data/`, first, loading the English and French stemmers held
    // the worker's thread 370-510 ms at each restart). And the word lists are not cached at all, not
    // even their related-stems tables (3.6 MB), which matching reads: every start of the worker would
    // read and send them again. They are fetched when a scan needs them (ensureLexicons). The facts
    // reader's words (12 KB, `words/facts.js`, sorted just before the gazetteer) are read at a page's
    // first scan, so they must be here: a script not in this cache cannot be imported later.
    // So are the matcher's base words (4 KB, `words/base-words.js`, sorted before the facts reader's): a text's first analysis reads them.
    // The longer place list (`words/places.js`, sorted after the gazetteer) only when a version's facts are read.
    // So is the facts reader's code (`facts-reader.js`, 48 KB, facts-reader-files.ts), once in background.js, imported
    // when a card, an import or an annotation first reads facts: sorted before `language/`, it makes a stemmer wait
    // for no more bytes than when it was in background.js.
    global.importScripts!(...SNOWBALL_ALGORITHMS.map(stemmerPath), BASE_WORDS_SCRIPT, FACTS_WORDS_SCRIPT, GAZETTEER_SCRIPT, PLACES_SCRIPT, VERDICTS_SCRIPT, FACTS_READER_SCRIPT);
  });
}

/** The gazetteer's data, read synchronously. */
export function readGazetteer(): GazetteerData {
  return readDataFile(GAZETTEER_SCRIPT, GAZETTEER_JSON, () => global.recoupeGazetteer);
}

/** The longer place list (PlacesData), read synchronously when the facts reader first looks a place up. */
export function readPlaces(): PlacesData {
  return readDataFile(PLACES_SCRIPT, PLACES_JSON, () => global.recoupePlaces);
}

/** The published verdict labels, read synchronously when a feed, an import or a page's fact-check first reads a verdict. */
export function readVerdicts(): VerdictData {
  return readDataFile(VERDICTS_SCRIPT, VERDICTS_JSON, () => global.recoupeVerdicts);
}

/** The facts reader's word lists, read synchronously when a text is first analysed (its weekdays) or its facts first read. */
export function readFactsWords(): FactsWords {
  return readDataFile(FACTS_WORDS_SCRIPT, FACTS_WORDS_JSON, () => global.recoupeFactsWords);
}

/** The matcher's base word tables (BaseWords), read synchronously when a text is first analysed. */
export function readBaseWords(): BaseWords {
  return readDataFile(BASE_WORDS_SCRIPT, BASE_WORDS_JSON, () => global.recoupeBaseWords);
}

/** A word list's data ('fr-en'): its word lists or its related-stems table, read synchronously. */
export function readLexicon(pair: string, part: LexiconPart): LexiconData {
  if (!LEXICON_PAIRS.includes(pair)) throw new Error(`Recoupe: no lexicon "${pair}"`);
  const name = part === 'related' ? lexiconRelatedName(pair) : pair;
  const script = lexiconScript(name);
  // Not in the install cache (cacheScriptsAtInstall): importScripts would fail with a NetworkError.
  if (typeof global.importScripts === 'function') throw new Error(`Recoupe: the service worker reads no word list synchronously (${name}): fetch its table first (ensureLexicons)`);
  return lexiconFromScript(readLocalFile(script), name);
}

/**
 * The same two, fetched: the worker's warm-up reads them so while its stored index is read, since
 * importScripts blocks the thread for the whole read of the file (100-250 ms for the gazetteer in
 * the browser bench at load 3-4, against a few milliseconds to parse it), and the index's bytes
 * only stream to the worker while its thread is free.
 */
export async function fetchGazetteer(): Promise<GazetteerData> {
  return (await fetchLocalFile(GAZETTEER_JSON)).json() as Promise<GazetteerData>;
}

export async function fetchLexicon(pair: string, part: LexiconPart): Promise<LexiconData> {
  if (!LEXICON_PAIRS.includes(pair)) throw new Error(`Recoupe: no lexicon "${pair}"`);
  const name = part === 'related' ? lexiconRelatedName(pair) : pair;
  return lexiconFromScript(await (await fetchLocalFile(lexiconScript(name))).text(), name);
}

async function fetchLocalFile(path: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(path as '/'));
  if (!response.ok) throw new Error(`Recoupe: ${path} did not load (${response.status})`);
  return response;
}

/** A lexicon file's JSON, out of its script text (lexiconScriptPrefix). */
function lexiconFromScript(text: string, name: string): LexiconData {
  const prefix = lexiconScriptPrefix(name);
  const end = text.lastIndexOf(';');
  if (!text.startsWith(prefix) || end < prefix.length) throw new Error(`Recoupe: ${lexiconScript(name)} is not a word list`);
  return JSON.parse(text.slice(prefix.length, end)) as LexiconData;
}

/** A page (Firefox's background, the library): a synchronous request, deprecated on a page's main
 *  thread but supported, for one local file read once. */
function readLocalFile(path: string): string {
  const request = new XMLHttpRequest();
  request.open('GET', browser.runtime.getURL(path as '/'), false);
  request.send();
  if (request.status !== 200 && request.status !== 0) throw new Error(`Recoupe: ${path} did not load (${request.status})`);
  return request.responseText;
}

function readDataFile<T>(script: string, json: string, registered: () => T | undefined): T {
  if (typeof global.importScripts === 'function') {
    if (!registered()) global.importScripts(script);
    const data = registered();
    if (!data) throw new Error(`Recoupe: ${script} did not register`);
    return data;
  }
  return JSON.parse(readLocalFile(json)) as T;
}

/** Runs one of the extension's scripts: importScripts in the service worker (from its install cache), a script element in a page. */
export function runScript(path: string): Promise<void> {
  if (typeof global.importScripts === 'function') {
    global.importScripts(path);
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = browser.runtime.getURL(path as '/');
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Recoupe: ${path} did not load`));
    document.head.append(script);
  });
}

export const extensionLanguageFiles: LanguageDataSource = languageFilesFrom((path) => browser.runtime.getURL(path as '/'), runScript);
