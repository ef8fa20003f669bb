import { LATIN_VERDICTS } from './vocabulary-latin';
import { SCRIPT_VERDICTS } from './vocabulary-scripts';
import { VERDICT_QUALIFIERS } from './verdict-qualifiers';
import DICTIONARY from './dictionary-verdicts.json';
import type { DictionaryVerdicts, VerdictData } from './vocabulary-types';

const dictionary = DICTIONARY as DictionaryVerdicts;
const withWords = (list: string, more: string[]) => (more.length ? `${list},${more.join(',')}` : list);

/**
 * Every published-label table, as modules: what Node reads (scripts/lib/node-language-data.ts) and
 * what the build writes to the extension's `words/verdicts.*` files (scripts/lib/language-assets.ts).
 * No extension entry point imports this module: they read those files (setVerdictSource). The words
 * taken from dictionaries come last: a label a table lists is read as the table says.
 */
export const BUNDLED_VERDICTS: VerdictData = {
  tables: [LATIN_VERDICTS, SCRIPT_VERDICTS, dictionary.table],
  qualifiers: {
    ...VERDICT_QUALIFIERS,
    partly: withWords(VERDICT_QUALIFIERS.partly, dictionary.partly),
    mostly: withWords(VERDICT_QUALIFIERS.mostly, dictionary.mostly),
    not: withWords(VERDICT_QUALIFIERS.not, dictionary.not),
  },
};
