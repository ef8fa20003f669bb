/**
 * Writes the derived cross-language training files (French cases against English-only claims, and
 * English cases against French-only claims) from the hand-written files of
 * tests/fixtures/matching/train/. Rerun after editing any of them:
 *
 *   npx tsx scripts/build-cross-language-cases.ts [folder]
 *
 * (another folder of case files, to try a training set before adding it).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { crossLanguageCases, type DerivableFile } from '@/scripts/lib/cross-language-cases';

const DIR = process.argv[2] ?? 'tests/fixtures/matching/train';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && !f.startsWith('derived-'))
  .sort()
  .map((f): [string, DerivableFile] => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8'))]);

for (const [caseLang, claimLang] of [['fr', 'en'], ['en', 'fr']] as const) {
  const out = crossLanguageCases(files, caseLang, claimLang);
  const path = `${DIR}/derived-${caseLang}-cases-${claimLang}-claims.json`;
  writeFileSync(path, JSON.stringify(out, null, 1) + '\n');
  const positives = out.cases.filter((k) => k.expect.length > 0).length;
  console.log(`${path}: ${out.claims.length} claims, ${out.cases.length} cases (${positives} state a claim)`);
}
