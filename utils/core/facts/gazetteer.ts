import { gazetteerData } from '@/utils/core/facts/gazetteer-source';
import { tokens } from '@/utils/core/facts/text';
import { soundWord } from '@/utils/core/facts/place-key';
import { markStart } from '@/utils/core/start-marks';

export { placeKey, soundWord } from '@/utils/core/facts/place-key';

/**
 * The place lookup built from gazetteer-data.json (see scripts/build-gazetteer.ts for sources and
 * licences). Names are compared word by word after a loose transliteration fold, so "Koursk" finds
 * "Kursk" and "Sergueïevka" finds "Sergeyevka".
 */
export interface Place {
  name: string;
  /** ISO 3166-1 alpha-2 code for countries and cities. */
  country?: string;
  kind: 'country' | 'city' | 'region';
}

interface Gazetteer {
  /** Sound-folded word sequence -> place. */
  places: Map<string, Place>;
  /** Sound-folded demonym (singular and plural, both genders) -> country code. */
  demonyms: Map<string, string>;
  /** Country code -> English name, and English demonym. */
  countryName: Map<string, string>;
  countryDemonym: Map<string, string>;
  longest: number;
  /** Sound-folded first word -> the most words a name starting with it has. */
  firstWords: Map<string, number>;
}

let built: Gazetteer | undefined;

const soundPhrase = (text: string) => tokens(text).map((t) => soundWord(t.text)).join(' ');

export function gazetteer(): Gazetteer {
  if (built) return built;
  markStart('gazetteer');
  const data = gazetteerData();
  const places = new Map<string, Place>();
  const demonyms = new Map<string, string>();
  const countryName = new Map<string, string>();
  const countryDemonym = new Map<string, string>();
  let longest = 1;
  const firstWords = new Map<string, number>();
  const add = (text: string, place: Place) => {
    const key = soundPhrase(text);
    if (!key || places.has(key)) return;
    places.set(key, place);
    const words = key.split(' ');
    longest = Math.max(longest, words.length);
    firstWords.set(words[0]!, Math.max(firstWords.get(words[0]!) ?? 0, words.length));
  };
  // Countries first: a city named like a country must not take its place.
  for (const c of data.countries) {
    const place: Place = { name: c.name, country: c.code, kind: 'country' };
    countryName.set(c.code, c.name);
    for (const n of [c.name, ...c.names]) add(n, place);
    if (c.demonyms[0]) countryDemonym.set(c.code, c.demonyms[0]);
    for (const d of c.demonyms) {
      const k = soundPhrase(d);
      for (const form of [k, `${k}s`, `${k}e`, `${k}es`]) if (!demonyms.has(form)) demonyms.set(form, c.code);
    }
  }
  for (const r of data.regions) for (const n of r) add(n, { name: r[0]!, kind: 'region' });
  for (const [name, country] of data.cities) add(name, { name, country, kind: 'city' });
  built = { places, demonyms, countryName, countryDemonym, longest, firstWords };
  markStart('gazetteer read');
  return built;
}

/** Whether a one-word place name written `surface` can be the place: "US" and "UK" are, "us" and
 *  "Us" (a pronoun at a sentence's start) are not. Longer names need only their capital. */
export function nameWrittenAsPlace(surface: string): boolean {
  return surface.length > 2 || surface === surface.toUpperCase();
}

/** Sound-folded words of a token run, for lookups. */
export function soundOf(words: string[]): string {
  return words.map(soundWord).join(' ');
}
