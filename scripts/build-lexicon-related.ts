/**
 * Writes utils/core/lexicon/XX-en-related.json for every pair: for each direction, every stem's
 * related stems as the lexicon computes them from utils/core/lexicon/XX-en.json with the shipped
 * stemmers. The
 * extension ships it beside its lexicon file (scripts/lib/language-assets.ts), so that the first
 * cross-language lookup after a worker restart reads a table instead of stemming every entry of
 * both word lists. Run it again after changing the word list, a stemmer or the lexicon's rules:
 * tests/unit/lexicon/lexicon-related.test.ts fails until then.
 *
 *   npx tsx scripts/build-lexicon-related.ts [PAIR...]   (default: every pair, 'fr-en' 'es-en'...)
 */
import '@/scripts/lib/node-language-data';
import { readFileSync, writeFileSync } from 'node:fs';
import { ensureLanguages } from '@/utils/core/language/language-data';
import { createLexicon, type LexiconData } from '@/utils/core/lexicon/lexicon';
import { LEXICON_PAIRS, lexiconSource } from './lib/language-assets';

/** A pair's table ('fr-en') for both directions, from the word lists alone. */
export async function relatedTables(pair: string): Promise<Record<string, Record<string, string>>> {
  const [lang, en] = pair.split('-') as [string, string];
  await ensureLanguages([lang, en]);
  const data = JSON.parse(readFileSync(lexiconSource(pair), 'utf8')) as LexiconData;
  const lexicon = createLexicon({ [lang]: data[lang], [en]: data[en] }, [lang, en]);
  return { [`${lang}>${en}`]: lexicon.relatedTable(lang, en), [`${en}>${lang}`]: lexicon.relatedTable(en, lang) };
}

if (process.argv[1]?.endsWith('build-lexicon-related.ts')) {
  const pairs = process.argv.length > 2 ? process.argv.slice(2) : LEXICON_PAIRS;
  (async () => {
    for (const pair of pairs) {
      const out = `utils/core/lexicon/${pair}-related.json`;
      const tables = await relatedTables(pair);
      writeFileSync(out, JSON.stringify(tables) + '\n');
      console.log(`${out}: ${Object.values(tables).map((t) => Object.keys(t).length).join(' and ')} stems`);
    }
  })();
}
