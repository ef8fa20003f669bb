/**
 * How long the language guesses take, and what they say: detectLanguage (the import's detector,
 * and the scan's for Latin-script languages the stop-word votes do not choose among),
 * languageFromScript and guessLanguage (the scan's, per block) over every line of the 129
 * readability pages, every string of the case files and of ../shared's evaluation and real data,
 * and the CheckThat! 2020 claims and train and dev tweets. Prints the number of texts, a hash of
 * every answer (a change meant to make a guess faster must leave it as it is) and the time of five
 * passes each. Asserts nothing.
 *
 *   npx tsx scripts/bench-language-guess.ts
 */
import '@/scripts/lib/node-language-data';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { detectLanguage } from '@/utils/core/language/detect-language';
import { languageFromScript } from '@/utils/core/language/script-language';
import { guessLanguage } from '@/utils/core/matching/languages';
import { extractPageText } from './lib/extract-page-text';

const SHARED = '../shared';
const texts: string[] = [];
const pageDir = join(SHARED, 'corpora/readability/pages');
for (const name of readdirSync(pageDir).sort()) {
  const text = extractPageText(readFileSync(join(pageDir, name, 'source.html'), 'utf8'));
  if (!text) continue;
  texts.push(text);
  for (const line of text.split('\n')) if (line.trim()) texts.push(line);
}
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
for (const file of [...files('tests/fixtures'), ...files(join(SHARED, 'eval')), ...files(join(SHARED, 'real-data'))].filter((f) => f.endsWith('.json')).sort()) {
  texts.push(...strings(JSON.parse(readFileSync(file, 'utf8'))));
}
for (const file of ['verified_claims.docs.tsv', 'train/tweets.queries.tsv', 'dev/tweets.queries.tsv']) {
  texts.push(...readFileSync(join(SHARED, 'benchmarks/checkthat-2020', file), 'utf8').split('\n'));
}

const hash = createHash('sha256');
for (const t of texts) hash.update(`${detectLanguage(t)}|${languageFromScript(t)}|${guessLanguage(t)}|${guessLanguage(t, 'fr')}\n`);
console.log(`${texts.length} texts; answers' hash ${hash.digest('hex').slice(0, 16)}`);
const guesses: [string, (text: string) => unknown][] = [
  ['detectLanguage', detectLanguage],
  ['languageFromScript', languageFromScript],
  ['guessLanguage', (t) => guessLanguage(t)],
];
for (const [name, guess] of guesses) {
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (const t of texts) guess(t);
    runs.push(performance.now() - t0);
  }
  console.log(`${name}: ${runs.map((ms) => ms.toFixed(0)).join(', ')} ms for all the texts, five passes`);
}
