import { readFileSync, writeFileSync } from 'node:fs';
import { LEXICON_PAIRS, lexiconSource } from './language-assets';

/** Code-unit order, as the word lists are written. */
export const byKey = ([a]: readonly [string, ...unknown[]], [b]: readonly [string, ...unknown[]]): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Adds words to the English side of every word list (utils/core/lexicon/XX-en.json): `add` edits a
 * list's English words in place and says how many it added; the words are then sorted again, and the
 * file's description and licence text get `note` and `licence` once. Run build-lexicon-related.ts after.
 */
export function addToEnglishSides(what: string, note: string, licence: string, add: (en: Record<string, string>) => number): void {
  for (const pair of LEXICON_PAIRS) {
    const file = lexiconSource(pair);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { about: string; license: string; en: Record<string, string> } & Record<string, unknown>;
    const added = add(data.en);
    data.en = Object.fromEntries(Object.entries(data.en).sort(byKey));
    if (!data.about.includes(note)) data.about = data.about.replace(/\.?$/, '') + note + '.';
    if (!data.license.includes(licence)) data.license += licence;
    writeFileSync(file, JSON.stringify(data) + '\n');
    console.log(`${file}: ${added} ${what} added`);
  }
}
