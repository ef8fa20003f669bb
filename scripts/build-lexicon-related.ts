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
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ensureLanguages } from '@/utils/core/language/language-data';
import { createLexicon, RELATED_LIMIT, type LexiconData } from '@/utils/core/lexicon/lexicon';
import { languageTools } from '@/utils/core/matching/languages';
import { LEXICON_PAIRS, lexiconSource } from './lib/language-assets';
import { verbFormsSource } from './add-verb-forms';

/** A pair's table ('fr-en') for both directions, from the word lists and the verb forms. */
export async function relatedTables(pair: string): Promise<Record<string, Record<string, string>>> {
  const [lang, en] = pair.split('-') as [string, string];
  await ensureLanguages([lang, en]);
  const data = JSON.parse(readFileSync(lexiconSource(pair), 'utf8')) as LexiconData;
  const lexicon = createLexicon({ [lang]: data[lang], [en]: data[en] }, [lang, en]);
  const tables = { [`${lang}>${en}`]: lexicon.relatedTable(lang, en), [`${en}>${lang}`]: lexicon.relatedTable(en, lang) };
  if (existsSync(verbFormsSource(pair))) addVerbForms(tables, lang, en, (JSON.parse(readFileSync(verbFormsSource(pair), 'utf8')) as { forms: Record<string, string> }).forms);
  return tables;
}

/**
 * The conjugated forms of a verb (scripts/add-verb-forms.ts) translate as its infinitive: each
 * form's stem gets the infinitive's related stems, after its own if it has some ("reconnu", an
 * adjective too); and towards the verb's language, the infinitive's stem stands for a group of all
 * its forms' stems, "reconnaitr+reconnu+reconnaiss", one place of the RELATED_LIMIT, so that the forms
 * do not crowd out other senses ("waste" keeps "déchet" as its eighth).
 */
function addVerbForms(tables: Record<string, Record<string, string>>, lang: string, en: string, forms: Record<string, string>): void {
  const stem = languageTools(lang).stem;
  const from = tables[`${lang}>${en}`]!;
  const to = tables[`${en}>${lang}`]!;
  const groups = new Map<string, string[]>();
  for (const [infinitive, list] of Object.entries(forms)) {
    const base = stem(infinitive);
    const stems = list.split(' ').map(stem);
    groups.set(base, [...new Set([...(groups.get(base) ?? []), ...stems])]);
    const senses = from[base]?.split(' ') ?? [];
    for (const s of stems) {
      const merged = [...new Set([...(from[s]?.split(' ') ?? []), ...senses])].slice(0, RELATED_LIMIT);
      if (merged.length) from[s] = merged.join(' ');
    }
  }
  for (const [key, value] of Object.entries(to)) {
    to[key] = value.split(' ').map((s) => (groups.has(s) ? [s, ...groups.get(s)!].join('+') : s)).join(' ');
  }
  // Keys in order, as the lexicon writes them.
  const sorted = Object.fromEntries(Object.entries(from).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  for (const key of Object.keys(from)) delete from[key];
  Object.assign(from, sorted);
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
