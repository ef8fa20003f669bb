/**
 * Splits the real pages of ../shared/corpora/readability/pages into a train half and a held-out
 * half, written to tests/fixtures/matching/readability-split.json.
 *
 * Training cases and false-match negatives are written from train pages only, so that the held-out
 * half measures the matcher on pages nobody looked at while building it.
 *
 * Deterministic: pages are grouped by the primary subtag of their metadata `lang` ("und" when
 * absent), ordered inside each group by the SHA-256 of the folder name, and dealt alternately to
 * train and held-out (one counter across groups). Grouping by language keeps the few French, Spanish and German pages on both
 * sides instead of leaving one language wholly to chance.
 *
 * Usage: npx tsx scripts/split-readability.ts [PAGES_DIR]
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGES = process.argv[2] ?? '../shared/corpora/readability/pages';
const OUT = 'tests/fixtures/matching/readability-split.json';

function pageLanguage(dir: string): string {
  const path = join(PAGES, dir, 'expected-metadata.json');
  if (!existsSync(path)) return 'und';
  const lang = (JSON.parse(readFileSync(path, 'utf8')) as { lang?: unknown }).lang;
  return typeof lang === 'string' && lang.trim() ? lang.trim().toLowerCase().split(/[-_]/)[0] : 'und';
}

const hashOf = (name: string) => createHash('sha256').update(name).digest('hex');

const folders = readdirSync(PAGES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(PAGES, e.name, 'source.html')))
  .map((e) => e.name);
if (folders.length === 0) throw new Error(`no page folders with source.html in ${PAGES}`);

const byLang = new Map<string, string[]>();
for (const name of folders) {
  const lang = pageLanguage(name);
  byLang.set(lang, [...(byLang.get(lang) ?? []), name]);
}

const train: string[] = [];
const heldOut: string[] = [];
// One counter across groups, so odd-sized groups do not all give their extra page to train.
let dealt = 0;
for (const lang of [...byLang.keys()].sort()) {
  const ordered = byLang.get(lang)!.sort((a, b) => (hashOf(a) < hashOf(b) ? -1 : 1));
  for (const name of ordered) (dealt++ % 2 === 0 ? train : heldOut).push(name);
}
train.sort();
heldOut.sort();

const split = {
  about:
    'Train/held-out split of ../shared/corpora/readability/pages, made by scripts/split-readability.ts ' +
    '(pages grouped by metadata language, ordered by SHA-256 of the folder name, dealt alternately with one counter across groups). ' +
    'Training cases and false-match negatives come from train pages only; heldOut is for evaluation.',
  train,
  heldOut,
};
writeFileSync(OUT, JSON.stringify(split, null, 2) + '\n');
console.log(`${OUT}: ${train.length} train, ${heldOut.length} held out, ${byLang.size} language groups`);
