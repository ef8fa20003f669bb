/**
 * A dedicated worker of the library page: adds an import's new claims to the library's matching index
 * while the page writes the import (utils/store/import/import-index.ts). Its own heap and thread: in
 * the page, analysing 100,000 texts beside the parsed file and the plan spent most of its time in the
 * garbage collector. Classic worker (stemmers load by importScripts); no extension API here.
 */
import { openDb } from '@/utils/store/db';
import { setLanguageDataSource } from '@/utils/core/language/language-data';
import { readWorkerFactsWords, readWorkerGazetteer, readWorkerBaseWords, readWorkerPlaces, workerLanguageFiles } from '@/utils/store/worker-language-files';
import { setGazetteerSource, setPlacesSource } from '@/utils/core/facts/gazetteer-source';
import { setFactsWordsSource } from '@/utils/core/facts/facts-words';
import { setBaseWordsSource } from '@/utils/core/matching/base-words';
import { importIndexBase, type IndexRequest, type IndexWorkerReply } from '@/utils/store/import/import-index-build';

setLanguageDataSource(workerLanguageFiles);
setGazetteerSource(readWorkerGazetteer);
setPlacesSource(readWorkerPlaces);
setFactsWordsSource(readWorkerFactsWords);
setBaseWordsSource(readWorkerBaseWords);

const scope = globalThis as unknown as { onmessage: (e: MessageEvent<IndexRequest>) => void; postMessage(reply: IndexWorkerReply): void };

scope.onmessage = async (e) => {
  const db = openDb();
  try {
    const run = await importIndexBase(db, e.data);
    // The database is read: the page may start the import's transaction.
    db.close();
    scope.postMessage({ type: 'ready' });
    scope.postMessage({ type: 'result', result: await run() });
  } catch (error) {
    db.close();
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
