/**
 * How much of real news text the French–English lexicon covers: the share of content words
 * (3+ letters, not a stop word, not capitalised mid-sentence) of each language that translateWord()
 * translates, and the share whose matcher stem translateStem() maps. Reads the French case texts and the English statements of
 * ../shared/eval/seed-cases.json, and the French and English cases of the training files.
 *
 * Usage: npx tsx scripts/lexicon-coverage.ts
 */
import '@/scripts/lib/node-language-data';
import { readdirSync, readFileSync } from 'node:fs';
import { frEnLexicon, translateStem, translateWord } from '@/utils/core/lexicon/lexicons';
import { languageTools } from '@/utils/core/matching/languages';
import { foldText } from '@/utils/core/matching/normalise-text';

type Lang = 'fr' | 'en';
interface CaseFile { claims: { statement: Record<string, string> }[]; cases: { lang?: string; text: string }[] }

function texts(files: string[], lang: Lang): string[] {
  return files.flatMap((path) => {
    const file = JSON.parse(readFileSync(path, 'utf8')) as CaseFile;
    return [
      ...file.cases.filter((k) => k.lang === lang).map((k) => k.text),
      ...file.claims.map((c) => c.statement[lang]).filter((s): s is string => typeof s === 'string'),
    ];
  });
}

function coverage(all: string[], lang: Lang) {
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const tools = languageTools(lang);
  let tokens = 0;
  let byWord = 0;
  let byStem = 0;
  const missed = new Set<string>();
  for (const text of all) {
    for (const m of text.matchAll(/\p{L}+/gu)) {
      const word = m[0];
      const sentenceStart = /(^|[.!?]["»”]?\s*)$/u.test(text.slice(0, m.index));
      // Capitalised words inside a sentence are names: not the lexicon's job.
      if (word.length < 3 || (/^\p{Lu}/u.test(word) && !sentenceStart)) continue;
      const folded = foldText(word);
      if (tools.isStopWord(folded)) continue;
      tokens++;
      if (translateWord(word, lang, other).length) byWord++;
      else missed.add(folded);
      if (translateStem(tools.stem(word.toLowerCase()), lang, other).length) byStem++;
    }
  }
  return { tokens, byWord, byStem, missed: [...missed] };
}

const seed = '../shared/eval/seed-cases.json';
const train = readdirSync('tests/fixtures/matching/train').map((f) => `tests/fixtures/matching/train/${f}`);
const size = frEnLexicon().size;
console.log(`lexicon: ${size.fr} French and ${size.en} English headwords (utils/core/lexicon/fr-en.json)`);
for (const [name, files] of [['seed-cases.json', [seed]], ['training files', train]] as const) {
  for (const lang of ['fr', 'en'] as const) {
    const c = coverage(texts([...files], lang), lang);
    if (!c.tokens) continue;
    console.log(
      `${name}, ${lang}: ${c.tokens} content words, ${(c.byWord / c.tokens).toFixed(3)} translated by word, ` +
        `${(c.byStem / c.tokens).toFixed(3)} by stem; not found e.g. ${c.missed.slice(0, 10).join(', ')}`,
    );
  }
}
