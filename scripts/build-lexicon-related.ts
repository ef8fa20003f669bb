/**
 * Writes utils/core/lexicon/fr-en-related.json: for each direction, every stem's related stems as
 * the lexicon computes them from utils/core/lexicon/fr-en.json with the shipped stemmers. The
 * extension ships it inside its lexicon file (scripts/lib/language-assets.ts), so that the first
 * cross-language lookup after a worker restart reads a table instead of stemming every entry of
 * both word lists. Run it again after changing the word list, a stemmer or the lexicon's rules:
 * tests/unit/lexicon/lexicon-related.test.ts fails until then.
 *
 *   npx tsx scripts/build-lexicon-related.ts [OUT]
 */
import '@/scripts/lib/node-language-data';
import { readFileSync, writeFileSync } from 'node:fs';
import { ensureLanguages } from '@/utils/core/language/language-data';
import { createLexicon, type LexiconData } from '@/utils/core/lexicon/lexicon';
import { LEXICON_SOURCE } from './lib/language-assets';

/** The table for both directions, from the word lists alone. */
export async function relatedTables(): Promise<Record<string, Record<string, string>>> {
  await ensureLanguages(['fr', 'en']);
  const { fr, en } = JSON.parse(readFileSync(LEXICON_SOURCE, 'utf8')) as LexiconData;
  const lexicon = createLexicon({ fr, en });
  return { 'fr>en': lexicon.relatedTable('fr', 'en'), 'en>fr': lexicon.relatedTable('en', 'fr') };
}

if (process.argv[1]?.endsWith('build-lexicon-related.ts')) {
  const out = process.argv[2] ?? 'utils/core/lexicon/fr-en-related.json';
  relatedTables().then((tables) => {
    writeFileSync(out, JSON.stringify(tables) + '\n');
    console.log(`${out}: ${Object.keys(tables['fr>en']!).length} French stems, ${Object.keys(tables['en>fr']!).length} English stems`);
  });
}
