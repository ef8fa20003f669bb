import type { FactsWords } from '@/utils/core/facts/facts-words-types';
import { BUNDLED_FACTS_WORDS } from '@/utils/core/facts/bundled-facts-words';

/** The facts reader's word lists, which source-words.ts, date-words.ts and figure-words.ts make their sets from. */
export const factsWords = (): FactsWords => BUNDLED_FACTS_WORDS;
