/**
 * Gives the English side of every word list (utils/core/lexicon/XX-en.json) the British spellings of
 * its words: "organise", "organisation", "harbour", "analyse", "centre" get the translations of
 * "organize", "organization", "harbor", "analyze", "center". The dictionaries list mostly American
 * spellings, and the English stemmer keeps the two apart ("organis" and "organ"), so a British
 * sentence saying "recognised" had no word of a French claim saying "reconnu".
 *
 * The pairs come from SCOWL's word lists as Debian ships them (wbritish, wamerican): a word only the
 * British list has is paired with the American list's word that one spelling change makes of it
 * (SPELLINGS: -ise/-ize, -our/-or, -tre/-ter, -yse/-yze, -ogue/-og, -ence/-ense, a doubled l, ae
 * and oe): 1,559 of the British list's 1,809 lowercase words of its own. A word the list already has
 * keeps its own translations first. Run build-lexicon-related.ts after it.
 *
 *   sudo apt-get install -y wbritish wamerican
 *   npx tsx scripts/add-english-spelling-variants.ts [BRITISH_LIST [AMERICAN_LIST]]
 *     (defaults /usr/share/dict/british-english, /usr/share/dict/american-english)
 *   npx tsx scripts/build-lexicon-related.ts
 *
 * SCOWL: Copyright 2000-2011 by Kevin Atkinson, free to use, copy, modify, distribute and sell with
 * its notice; the licence text of each file says so.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { BRITISH_SPELLINGS_SOURCE } from './lib/language-assets';
import { addToEnglishSides, byKey } from './lib/english-list-sides';

const BRITISH = process.argv[2] ?? '/usr/share/dict/british-english';
const AMERICAN = process.argv[3] ?? '/usr/share/dict/american-english';
/** British spelling -> American, each tried at every place it occurs in a word. */
const SPELLINGS: readonly (readonly [string, string])[] = [
  ['isa', 'iza'], ['ise', 'ize'], ['isi', 'izi'], ['yse', 'yze'], ['ysi', 'yzi'], ['our', 'or'],
  ['tre', 'ter'], ['ogue', 'og'], ['ence', 'ense'], ['ll', 'l'], ['ae', 'e'], ['oe', 'e'],
];
const NOTE = '; British spellings, each with its American spelling\'s translations, from SCOWL (scripts/add-english-spelling-variants.ts)';
const LICENCE_NOTE = ' British spellings: SCOWL word lists, Copyright 2000-2011 by Kevin Atkinson (permission to use, copy, modify, distribute and sell them for any purpose without fee, with this notice).';

const wordsOf = (path: string) => new Set(readFileSync(path, 'utf8').split('\n').filter((w) => w && w === w.toLowerCase() && !w.includes("'")));

/** British-only word -> the American words one spelling change makes of it. */
export function britishSpellings(britishPath: string, americanPath: string): Map<string, string[]> {
  const british = wordsOf(britishPath);
  const american = wordsOf(americanPath);
  const out = new Map<string, string[]>();
  for (const word of british) {
    if (american.has(word)) continue;
    const found: string[] = [];
    for (const [from, to] of SPELLINGS) {
      for (let at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1)) {
        const candidate = word.slice(0, at) + to + word.slice(at + from.length);
        if (american.has(candidate) && !found.includes(candidate)) found.push(candidate);
      }
    }
    if (found.length) out.set(word, found);
  }
  return out;
}

if (process.argv[1]?.endsWith('add-english-spelling-variants.ts')) {
  const spellings = [...britishSpellings(BRITISH, AMERICAN)].sort(byKey);
  // The English stemmer reads each British word as its first American spelling (language-assets.ts).
  const table = Object.fromEntries(spellings.map(([british, americans]) => [british, americans[0]!]));
  writeFileSync(BRITISH_SPELLINGS_SOURCE, JSON.stringify({ about: 'British spellings and the American spelling the English stemmer reads them as, from SCOWL (Debian wbritish, wamerican) by scripts/add-english-spelling-variants.ts.', license: LICENCE_NOTE.trim(), spellings: table }) + '\n');
  console.log(`${BRITISH_SPELLINGS_SOURCE}: ${Object.keys(table).length} British spellings`);
  addToEnglishSides('British spellings', NOTE, LICENCE_NOTE, (en) => {
    let added = 0;
    for (const [british, americans] of spellings) {
      const american = americans.find((a) => Object.hasOwn(en, a));
      if (!american) continue;
      // A British word the list already has ("organisation": "animation") keeps its own senses first.
      const own = Object.hasOwn(en, british) ? en[british]!.split(' ') : [];
      const merged = [...new Set([...own, ...en[american]!.split(' ')])];
      if (merged.length === own.length) continue;
      en[british] = merged.join(' ');
      added++;
    }
    return added;
  });
}
