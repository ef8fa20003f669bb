/**
 * The background's facts reader (facts-reader.ts) is a script of its own, built from
 * entrypoints/facts-reader.ts: here is where it is, the global it registers, and the modules it
 * takes from the background instead of bundling copies (scripts/lib/facts-reader-build.ts). Those are
 * the ones the matcher runs too: one copy, with one state (the gazetteer built once, the word lists and
 * stemmers the platform set), and none of their bytes twice. A unit test checks that this list is
 * every module the script and the background both need (tests/unit/architecture/facts-reader-script.test.ts).
 */
export const FACTS_READER_SCRIPT = '/facts-reader.js';
/** Where the script leaves the reader (FactsReader). */
export const FACTS_READER_GLOBAL = 'recoupeFactsReader';
/** Where the background leaves the shared modules, by path, before the script runs. */
export const FACTS_READER_SHARED_GLOBAL = 'recoupeFactsReaderShared';

export const FACTS_READER_SHARED = [
  'utils/core/facts/date-words.ts',
  'utils/core/facts/facts-words.ts',
  'utils/core/facts/gazetteer.ts',
  'utils/core/facts/inflected-names.ts',
  'utils/core/facts/place-key.ts',
  'utils/core/facts/recent-context.ts',
  'utils/core/facts/text.ts',
  'utils/core/matching/entity-key.ts',
  'utils/core/matching/figures.ts',
  'utils/core/matching/local-countries.ts',
  'utils/core/matching/normalise-text.ts',
  'utils/core/matching/number-words.ts',
  'utils/core/matching/serbian-latin.ts',
] as const;

export type FactsReaderSharedModule = (typeof FACTS_READER_SHARED)[number];
