/**
 * Countries as names: a one-word country name or demonym (countryKey) and one named in several
 * words (keyCountryPhrases) are keyed by the country's code, so that every language's way of naming
 * it is one name to the matcher (analyse-text.ts).
 */
import { gazetteer, nameWrittenAsPlace, soundWord } from '@/utils/core/facts/gazetteer';
import { caseless, localCountry, localCountryPhrase } from './local-countries';

/** What keyCountryPhrases reads and writes of analyse-text.ts's words. */
interface NamedWord {
  surface: string;
  entity: string;
  stop: boolean;
  start: number;
  end: number;
}

/**
 * A country named in several words ("South Korea", "Corée du Sud", "États-Unis", "North Korean") is
 * keyed by its country on its last word, as a one-word name is (countryKey): "Südkorea" and
 * "South Korea", "USA" and "United States" then name the same thing, so a German sentence about
 * Südkorea shares the English claim's name instead of naming a subject the claim lacks. Read where a
 * capitalised word starts a name the gazetteer has (its first words' table), longest first.
 */
export function keyCountryPhrases(words: NamedWord[], lang: string): void {
  let g: ReturnType<typeof gazetteer> | undefined;
  // The words' sound keys where they follow each other, for the names of the text's own language.
  const keyOf = soundKeysOf(words);
  for (let i = 0; i + 1 < words.length; i++) {
    const first = words[i]!;
    if ((!first.entity && (first.stop || !caseless(first.surface))) || first.entity.startsWith('~@')) continue;
    const local = localCountryPhrase(keyOf, i, lang);
    if (local) {
      keyOn(words, i, local.length, local.code);
      i += local.length - 1;
      continue;
    }
    if (!first.entity) continue;
    g ??= gazetteer();
    let key = soundWord(first.surface);
    const most = g.countryFirstWords.get(key);
    if (most === undefined || most < 2) continue;
    let code: string | undefined;
    let length = 0;
    for (let n = 2; n <= most && i + n <= words.length; n++) {
      const w = words[i + n - 1]!;
      // A name's words follow each other: "du" inside "Corée du Sud", not a figure or a clause between.
      if (w.start - words[i + n - 2]!.end > 1) break;
      key += ' ' + soundWord(w.surface);
      const place = g.places.get(key);
      const found = place?.kind === 'country' && place.country ? place.country : g.demonyms.get(key);
      if (found && (w.entity || w.stop)) {
        code = found;
        length = n;
      }
    }
    if (!code) continue;
    keyOn(words, i, length, code);
    i += length - 1;
  }
}

/** keyCountryPhrases' keyOf, made by a function: a closure named where it is made is named again on each call under tsx (esbuild's keepNames). */
const soundKeysOf = (words: NamedWord[]) => (k: number, follows: boolean) => (k < words.length && (!follows || words[k]!.start - words[k - 1]!.end <= 1) ? soundWord(words[k]!.surface) : undefined);

/**
 * A name of `length` words from word i keyed by its country, on its last word alone: every word keyed
 * so made a one-story library's country ("North Korea" in all its claims) a common name twice over,
 * and its other names and words weigh more (train FP 11 to 13 keyed on every word, 11 on the last).
 */
function keyOn(words: NamedWord[], i: number, length: number, code: string): void {
  let last = i + length - 1;
  while (last > i && words[last]!.stop) last--;
  words[last]!.entity = '~@' + code;
}

/**
 * A one-word country name or demonym, capitalised, is keyed by its country ("@TN") in whatever
 * language and form: "Tunisia", "Tunisie" and "Tunisian" are one name, as "US" and "USA" are, so a
 * sentence naming a country's people names the claim's country (the gazetteer's names and demonyms).
 * Other names keep `otherwise`: their spelling-tolerant key, or an acronym's letters. Then, in a text
 * of `lang`, that language's own names of countries (local-countries.ts: "Россия", "Polsce").
 */
export function countryKey(surface: string, otherwise: string, lang?: string): string {
  const g = gazetteer();
  const k = soundWord(surface);
  const place = g.places.get(k);
  const code = (place?.kind === 'country' && nameWrittenAsPlace(surface) ? place.country : g.demonyms.get(k)) ?? (lang ? localCountry(surface, lang) : undefined);
  return code ? '@' + code : otherwise;
}
