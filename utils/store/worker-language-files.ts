import type { LanguageDataSource, Stemmer } from '@/utils/core/language/language-data';
import { STOP_INDEX_PATH, stemmerPath, stopWordsPath } from '@/utils/store/language-file-paths';

/**
 * The language data in a dedicated worker of an extension page (the import's index worker): the same
 * files as extension-files.ts, but a worker has no `browser.runtime.getURL` (Chromium gives dedicated
 * workers no extension API), so paths resolve against the worker's own URL, in the extension's origin.
 * A classic worker: stemmers load by importScripts.
 */
interface ClassicWorker {
  importScripts(...urls: string[]): void;
  recoupeStemmers?: Record<string, () => Stemmer>;
}
const worker = globalThis as unknown as ClassicWorker;

async function readJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`Recoupe: ${path} did not load (${response.status})`);
  return (await response.json()) as T;
}

let stopIndex: Promise<Set<string>> | undefined;

export const workerLanguageFiles: LanguageDataSource = {
  async stemmer(algorithm) {
    if (!worker.recoupeStemmers?.[algorithm]) worker.importScripts(stemmerPath(algorithm));
    const make = worker.recoupeStemmers?.[algorithm];
    if (!make) throw new Error(`Recoupe: the stemmer "${algorithm}" did not register`);
    return make();
  },
  async stopWords(lang) {
    stopIndex ??= readJson<string[]>(STOP_INDEX_PATH).then((langs) => new Set(langs));
    return (await stopIndex).has(lang) ? readJson<string[]>(stopWordsPath(lang)) : [];
  },
};
