/**
 * How often the engine's own language guess (guessLanguage, used where a text has no `lang`: a case
 * without one under `npm run eval`, a block the browser could not name) names the language a case file
 * gives its cases. Prints the count right and each wrong guess by language. Asserts nothing.
 *
 *   npx tsx scripts/guess-accuracy.ts [FILE_OR_DIR...]   (default: tests/fixtures/matching/train)
 */
import '@/scripts/lib/node-language-data';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { guessLanguage } from '@/utils/core/matching/languages';
import { baseLang } from '@/utils/core/language/language-data';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['tests/fixtures/matching/train'];
const files = paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.json')).sort().map((f) => join(p, f)) : [p]));
let right = 0;
let total = 0;
const wrong = new Map<string, number>();
for (const file of files) {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { cases?: { lang?: string; text: string }[] };
  for (const c of data.cases ?? []) {
    if (!c.lang) continue;
    total++;
    const given = baseLang(c.lang);
    const guessed = guessLanguage(c.text);
    if (guessed === given) right++;
    else wrong.set(`${given} -> ${guessed}`, (wrong.get(`${given} -> ${guessed}`) ?? 0) + 1);
  }
}
console.log(`${right} of ${total} texts guessed as their file says (${files.length} files)`);
for (const [pair, n] of [...wrong].sort((a, b) => b[1] - a[1])) console.log(`  ${pair}: ${n}`);
