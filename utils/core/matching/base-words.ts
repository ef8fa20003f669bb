import { lazyData } from '@/utils/core/lazy-data';

/**
 * The matcher's built-in word tables (bundled-base-words.ts) are data, not code: the extension reads them
 * from its own file, `words/base-words.js` in the service worker and `words/base-words.json` in a page
 * (extension-files.ts), when a text is first lexed or a name first keyed, so that the background does not
 * carry their 4 KB of strings (2 KB gzip) at every worker start. Node sets them from the module
 * (scripts/lib/node-language-data.ts). number-words.ts and entity-key.ts make their maps from them.
 */
export interface BaseWords {
  /** French, English and Spanish number words and their values: 100 is a hundred, 1,000 and more a scale, the rest units. */
  numbers: Record<string, number>;
  /** French, English and Spanish month names and abbreviations, to their month. */
  months: Record<string, number>;
  /** The month names of more languages from CLDR (month-names.json, scripts/build-month-names.ts). */
  cldrMonths: Record<string, number>;
  /** Cyrillic, Greek and some Latin letters, as the Latin letters a name's key reads them as (entity-key.ts). */
  letters: Record<string, string>;
}

const source = lazyData<BaseWords>("matcher's base word tables");
export const setBaseWordsSource = source.set;
export const baseWords = source.get;
