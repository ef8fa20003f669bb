/**
 * npx tsx scripts/places-on-pages.ts [--all] [--pages DIR]
 *
 * The places the fact extractor reads in the sentences of real pages (default
 * ../shared/corpora/readability/pages), for a reader to judge: none of these pages was written for
 * the extractor. Each sentence (20 to 600 characters) is read in its page's `<html lang>`, else English.
 * Prints the towns it reads (the gazetteer's towns, read after a preposition of place) with the text
 * around each; `--all` prints every place. Ends with the number of sentences and of places printed.
 */
import '@/scripts/lib/node-language-data';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '@/utils/core/facts/extract';
import { placesData } from '@/utils/core/facts/gazetteer-source';
import { factsGazetteer, soundPhrase } from '@/utils/core/facts/gazetteer';
import { extractPageText } from './lib/extract-page-text';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const dir = arg('--pages') ?? '../shared/corpora/readability/pages';
const all = process.argv.includes('--all');
// Towns only: a name the rest of the place list has too ("Washington", "Delaware") is read as that place.
const listed = factsGazetteer().places;
const towns = new Set(Object.values(placesData().towns ?? {}).flatMap((names) => names.split('|')).filter((name) => !listed.has(soundPhrase(name))));
let sentences = 0;
let printed = 0;
for (const name of readdirSync(dir).sort()) {
  const html = readFileSync(join(dir, name, 'source.html'), 'utf8');
  const lang = /<html[^>]*\slang=["']?([a-z]{2})/i.exec(html)?.[1]?.toLowerCase() ?? 'en';
  for (const sentence of extractPageText(html).split(/(?<=[.!?])\s+|\n+/)) {
    if (sentence.length < 20 || sentence.length > 600) continue;
    sentences++;
    for (const place of extractFacts(sentence, { lang }).places) {
      if (!all && !towns.has(place.name)) continue;
      printed++;
      console.log(`${name} [${lang}] ${place.name} | ${sentence.slice(Math.max(0, place.start - 60), place.end + 40).replace(/\s+/g, ' ')}`);
    }
  }
}
console.log(`${sentences} sentences, ${printed} ${all ? 'places' : 'towns'}`);
