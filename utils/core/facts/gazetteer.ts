import { cityKey, gazetteerData, placesData, type GazetteerData, type PlacesData } from '@/utils/core/facts/gazetteer-source';
import { soundPhrase, soundWord } from '@/utils/core/facts/place-key';
import { markStart } from '@/utils/core/start-marks';

export { placeKey, soundPhrase, soundWord } from '@/utils/core/facts/place-key';

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
  /** Under this name, a place only after a preposition of place: a person's or a common word's name too ("Michael", "Ouse"). */
  weak?: boolean;
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
  /** The same over the demonyms and the names of countries, and over those and the names of cities
   *  (country-conflict.ts): made here, where every key goes by once. */
  countryFirstWords: Map<string, number>;
  countryOrCityFirstWords: Map<string, number>;
  /** French demonyms as written, folded, with their plural and feminine forms ("nord coreens" ->
   *  KP), and the most words of one by its first word. French writes its demonyms in lower case:
   *  a lowercase word is one of these as written or no demonym, since sound keys take "ruse" for
   *  "russe". English capitalises them: a lowercase "polish" is no English demonym. */
  writtenDemonyms: Map<string, string>;
  writtenDemonymFirstWords: Map<string, number>;
  /** Country names of more languages, and cities and islands under those languages' names, by
   *  language: read only in a quote of that language (places.ts). */
  local: Map<string, Map<string, Place>>;
}

let built: Gazetteer | undefined;
let builtForFacts: Gazetteer | undefined;

/** A demonym key with the plural and feminine endings added ("russe", "russes", "russee", "russees"). */
const inflected = (k: string) => [k, `${k}s`, `${k}e`, `${k}es`];

/** Keeps, in each of `maps`, the most words a key starting with `key`'s first word has; returns `key`'s words. */
function noteFirstWord(key: string, maps: readonly Map<string, number>[]): number {
  const space = key.indexOf(' ');
  const first = space < 0 ? key : key.slice(0, space);
  const words = space < 0 ? 1 : key.split(' ').length;
  for (const map of maps) {
    const most = map.get(first);
    if (most === undefined || most < words) map.set(first, words);
  }
  return words;
}

/** The place list matching reads (countries, cities and their peoples): gazetteer-data.json. */
export function gazetteer(): Gazetteer {
  if (built) return built;
  markStart('gazetteer');
  const data = gazetteerData();
  markStart('gazetteer data');
  built = build(data);
  markStart('gazetteer read');
  return built;
}

/** The place list the facts reader reads: the gazetteer's, then the longer list's (PlacesData). */
export function factsGazetteer(): Gazetteer {
  return (builtForFacts ??= build(gazetteerData(), placesData()));
}

function build(data: GazetteerData, more?: PlacesData): Gazetteer {
  const places = new Map<string, Place>();
  const demonyms = new Map<string, string>();
  const countryName = new Map<string, string>();
  const countryDemonym = new Map<string, string>();
  const firstWords = new Map<string, number>();
  const countryFirstWords = new Map<string, number>();
  const countryOrCityFirstWords = new Map<string, number>();
  const writtenDemonyms = new Map<string, string>();
  const writtenDemonymFirstWords = new Map<string, number>();
  const local = new Map<string, Map<string, Place>>();
  let longest = 1;
  const ofCountry = [firstWords, countryFirstWords, countryOrCityFirstWords];
  const ofCity = [firstWords, countryOrCityFirstWords];
  const ofRegion = [firstWords];
  const ofDemonym = [countryFirstWords, countryOrCityFirstWords];
  const add = (key: string, place: Place) => {
    if (!key || places.has(key)) return;
    places.set(key, place);
    longest = Math.max(longest, noteFirstWord(key, place.kind === 'country' ? ofCountry : place.country ? ofCity : ofRegion));
  };
  const addDemonym = (key: string, code: string) => {
    if (demonyms.has(key)) return;
    demonyms.set(key, code);
    noteFirstWord(key, ofDemonym);
  };
  // Countries first: a city named like a country must not take its place.
  for (const c of data.countries) {
    const place: Place = { name: c.name, country: c.code, kind: 'country' };
    countryName.set(c.code, c.name);
    for (const key of c.keys) add(key, place);
    if (c.demonym) countryDemonym.set(c.code, c.demonym);
    for (const k of c.demonymKeys) for (const form of inflected(k)) addDemonym(form, c.code);
    for (const [lang, keys] of Object.entries(c.localKeys ?? {})) {
      let names = local.get(lang);
      if (!names) local.set(lang, (names = new Map()));
      for (const key of keys) if (!names.has(key)) names.set(key, place);
    }
    for (const k of c.writtenDemonyms ?? []) {
      for (const form of inflected(k)) {
        if (writtenDemonyms.has(form)) continue;
        writtenDemonyms.set(form, c.code);
        noteFirstWord(form, [writtenDemonymFirstWords]);
      }
    }
  }
  for (const r of [...data.regions, ...(more?.regions ?? [])]) {
    const place: Place = { name: r.name, kind: 'region' };
    const weak = r.weak ? { ...place, weak: true } : place;
    for (const key of r.keys) add(key, r.weak?.includes(key) ? weak : place);
  }
  for (const city of data.cities) add(cityKey(city), { name: city[0], country: city[1], kind: 'city' });
  // Cities and islands under other languages' names, after the countries' (a country keeps its name).
  for (const p of [...(data.localPlaces ?? []), ...(more?.localPlaces ?? [])]) {
    const place: Place = p.country ? { name: p.name, country: p.country, kind: 'city' } : { name: p.name, kind: 'region' };
    for (const [key, langs] of Object.entries(p.keys)) {
      for (const lang of langs.split(' ')) {
        let names = local.get(lang);
        if (!names) local.set(lang, (names = new Map()));
        if (!names.has(key)) names.set(key, place);
      }
    }
  }
  return { places, demonyms, countryName, countryDemonym, longest, firstWords, countryFirstWords, countryOrCityFirstWords, writtenDemonyms, writtenDemonymFirstWords, local };
}

let towns: Map<string, Place> | undefined;

/**
 * The town of 5,000 people or more with this key (soundOf its words), if any: a map made on the first
 * look-up, since only a place after a preposition asks (places.ts), and a worker's start need not key
 * eighteen thousand names.
 */
export function townOf(key: string): Place | undefined {
  return townMap().get(key);
}

/** Every town by its key (see townOf). */
export function townMap(): ReadonlyMap<string, Place> {
  if (!towns) {
    towns = new Map();
    const { towns: byCountry = {}, townKeys = {} } = placesData();
    for (const [country, names] of Object.entries(byCountry)) {
      const keys = townKeys[country]?.split('|');
      names.split('|').forEach((name, i) => {
        const k = keys?.[i] ?? soundPhrase(name);
        if (!towns!.has(k)) towns!.set(k, { name, country, kind: 'city' });
      });
    }
  }
  return towns;
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
