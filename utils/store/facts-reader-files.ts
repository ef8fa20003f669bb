import type { FactsReader } from '@/utils/core/facts/facts-reader';
import { FACTS_READER_GLOBAL, FACTS_READER_SCRIPT, FACTS_READER_SHARED_GLOBAL, type FactsReaderSharedModule } from '@/utils/core/facts/facts-reader-script';
import { runScript } from '@/utils/store/extension-files';
import * as dateWords from '@/utils/core/facts/date-words';
import * as factsWords from '@/utils/core/facts/facts-words';
import * as gazetteer from '@/utils/core/facts/gazetteer';
import * as inflectedNames from '@/utils/core/facts/inflected-names';
import * as placeKey from '@/utils/core/facts/place-key';
import * as recentContext from '@/utils/core/facts/recent-context';
import * as text from '@/utils/core/facts/text';
import * as entityKey from '@/utils/core/matching/entity-key';
import * as figures from '@/utils/core/matching/figures';
import * as localCountries from '@/utils/core/matching/local-countries';
import * as normaliseText from '@/utils/core/matching/normalise-text';
import * as numberWords from '@/utils/core/matching/number-words';
import * as serbianLatin from '@/utils/core/matching/serbian-latin';

/**
 * The background's facts reader: the script entrypoints/facts-reader.ts builds, loaded when an import,
 * an annotation or a card first reads facts (utils/core/facts/facts-reader.ts), from the service
 * worker's install cache (cacheScriptsAtInstall) or by a script element in Firefox's background page.
 */

const SHARED: Record<FactsReaderSharedModule, object> = {
  'utils/core/facts/date-words.ts': dateWords,
  'utils/core/facts/facts-words.ts': factsWords,
  'utils/core/facts/gazetteer.ts': gazetteer,
  'utils/core/facts/inflected-names.ts': inflectedNames,
  'utils/core/facts/place-key.ts': placeKey,
  'utils/core/facts/recent-context.ts': recentContext,
  'utils/core/facts/text.ts': text,
  'utils/core/matching/entity-key.ts': entityKey,
  'utils/core/matching/figures.ts': figures,
  'utils/core/matching/local-countries.ts': localCountries,
  'utils/core/matching/normalise-text.ts': normaliseText,
  'utils/core/matching/number-words.ts': numberWords,
  'utils/core/matching/serbian-latin.ts': serbianLatin,
};

const global = globalThis as unknown as Record<string, unknown>;

/**
 * The source the background gives setFactsReaderSource. Called at the background's start: the modules
 * the script takes from the background are there before it first runs, which is in the install event.
 */
export function factsReaderFromScript(): () => Promise<FactsReader> {
  global[FACTS_READER_SHARED_GLOBAL] = SHARED;
  return async () => {
    if (!global[FACTS_READER_GLOBAL]) await runScript(FACTS_READER_SCRIPT);
    const reader = global[FACTS_READER_GLOBAL] as FactsReader | undefined;
    if (!reader) throw new Error(`Recoupe: ${FACTS_READER_SCRIPT} did not register`);
    return reader;
  };
}
