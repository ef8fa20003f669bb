import { LATIN_VERDICTS } from './vocabulary-latin';
import { SCRIPT_VERDICTS } from './vocabulary-scripts';
import { VERDICT_QUALIFIERS } from './verdict-qualifiers';
import type { VerdictData } from './vocabulary-types';

/**
 * Every published-label table, as modules: what Node reads (scripts/lib/node-language-data.ts) and
 * what the build writes to the extension's `words/verdicts.*` files (scripts/lib/language-assets.ts).
 * No extension entry point imports this module: they read those files (setVerdictSource).
 */
export const BUNDLED_VERDICTS: VerdictData = { tables: [LATIN_VERDICTS, SCRIPT_VERDICTS], qualifiers: VERDICT_QUALIFIERS };
