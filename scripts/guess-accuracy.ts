/**
 * How often the engine's own language guess (guessLanguage, used where a text has no `lang`: a case
 * without one under `npm run eval`, a block the browser could not name) names the language a case file
 * gives its cases. Prints the count right and each wrong guess by language. Asserts nothing.
 * A CheckThat! 2020 folder counts as English: its verified claims' statements and titles.
 *
 *   npx tsx scripts/guess-accuracy.ts [FILE_OR_DIR...]   (default: tests/fixtures/matching/train)
 *   npx tsx scripts/guess-accuracy.ts ../shared/benchmarks/checkthat-2020
 */
import '@/scripts/lib/node-language-data';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { guessLanguage } from '@/utils/core/matching/languages';
import { baseLang } from '@/utils/core/language/language-data';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['tests/fixtures/matching/train'];
const CHECKTHAT_CLAIMS = 'verified_claims.docs.tsv';
const files = paths.flatMap((p) =>
  existsSync(join(p, CHECKTHAT_CLAIMS)) ? [join(p, CHECKTHAT_CLAIMS)] : statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.json')).sort().map((f) => join(p, f)) : [p],
);
/** Texts with the language their file gives them. */
function textsOf(file: string): { lang: string; text: string }[] {
  if (file.endsWith(CHECKTHAT_CLAIMS)) {
    // Header "\tvclaim\ttitle", then an id, the statement and the title on each line: all English.
    return readFileSync(file, 'utf8').split('\n').slice(1).flatMap((line) => line.split('\t').slice(1, 3)).filter((t) => t.trim()).map((text) => ({ lang: 'en', text }));
  }
  const data = JSON.parse(readFileSync(file, 'utf8')) as { cases?: { lang?: string; text: string }[] };
  return (data.cases ?? []).flatMap((c) => (c.lang ? [{ lang: c.lang, text: c.text }] : []));
}
let right = 0;
let total = 0;
const wrong = new Map<string, number>();
for (const file of files) {
  for (const c of textsOf(file)) {
    total++;
    const given = baseLang(c.lang);
    const guessed = guessLanguage(c.text);
    if (guessed === given) right++;
    else wrong.set(`${given} -> ${guessed}`, (wrong.get(`${given} -> ${guessed}`) ?? 0) + 1);
  }
}
console.log(`${right} of ${total} texts guessed as their file says (${files.length} files)`);
for (const [pair, n] of [...wrong].sort((a, b) => b[1] - a[1])) console.log(`  ${pair}: ${n}`);
