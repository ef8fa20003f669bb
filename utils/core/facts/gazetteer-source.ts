/**
 * Where the gazetteer's data (gazetteer-data.json) comes from. It is not bundled: the
 * background's start would parse it for every worker start, used or not. The platform sets a
 * synchronous reader once (fact extraction is synchronous and runs inside Dexie transactions,
 * where an await of anything but Dexie loses the transaction): the service worker imports its
 * script from the install cache, extension pages read the JSON, Node reads the file. The service
 * worker also fetches the JSON ahead while its stored index is read (utils/store/index-warmup.ts).
 *
 * Names come with their keys (soundPhrase, place-key.ts), computed by scripts/build-gazetteer.ts:
 * folding every name at a worker's start took 120 ms in the browser. The variants, which only
 * their keys serve, are in the repository's file (a test checks every key against its name) and
 * not in the extension's copy (scripts/lib/language-assets.ts).
 */
import { lazyData } from '@/utils/core/lazy-data';

export interface GazetteerData {
  countries: {
    code: string;
    /** The usual English name. */
    name: string;
    /** The English demonym, when there is one ("Germans"). */
    demonym?: string;
    /** Keys of `name`, then of each of `names`. */
    keys: string[];
    /** Keys of each of `demonyms`. */
    demonymKeys: string[];
    /** The French demonyms as written, folded (phraseKey), without a feminine that is the masculine
     *  and an "e": lowercase words are read against these (gazetteer.ts, country-conflict.ts). */
    writtenDemonyms?: string[];
    /** Keys of its names in more languages ("pl": Szwecja's), read only in a quote of that language. */
    localKeys?: Record<string, string[]>;
    /** Other names and the demonyms, and the names of `localKeys`: the repository's file only. */
    names?: string[];
    demonyms?: string[];
    localNames?: Record<string, string[]>;
  }[];
  /** The same for regions, which have no code; `weak`, the keys read only after a preposition of place (Place.weak). */
  regions: { name: string; keys: string[]; names?: string[]; weak?: string[] }[];
  /** [name, ISO country code, key when it is not the name in lower case (cityKey)]. */
  cities: ([string, string] | [string, string, string])[];
  /** Cities (with their country) and islands (without) under their names in other languages: each
   *  key with the languages that write it, space-separated ("azoren": "de nl"), read only in a quote
   *  of one of those. `names`, the same by name: the repository's file only. */
  localPlaces?: { name: string; country?: string; keys: Record<string, string>; names?: Record<string, string> }[];
}

/**
 * The longer place list (`places-data.json`, written with the gazetteer's by scripts/build-gazetteer.ts),
 * which the facts reader alone reads (factsGazetteer): every country's subdivisions, WordNet's seas, rivers,
 * islands and ranges, their names in other languages, and the towns. Apart, so that a worker's start, whose
 * first scan needs the gazetteer's countries and cities, does not fetch and parse it.
 */
export interface PlacesData {
  regions: GazetteerData['regions'];
  localPlaces?: GazetteerData['localPlaces'];
  /** Towns of 5,000 people or more by country, their names joined by "|", read only after a preposition of place (places.ts). */
  towns?: Record<string, string>;
  /** Their keys (soundPhrase), in the same order. */
  townKeys?: Record<string, string>;
}

export type GazetteerCity = GazetteerData['cities'][number];

/** A city's key: most are their name in lower case, and the file leaves those out. */
export const cityKey = (city: GazetteerCity): string => city[2] ?? city[0].toLowerCase();

const source = lazyData<GazetteerData>('gazetteer');

export const setGazetteerSource = source.set;

/** The data, read on first use. */
export const gazetteerData = source.get;

/** Reads the data ahead, asynchronously when the platform can (a worker's warm-up). */
export const preloadGazetteerData = source.preload;

const places = lazyData<PlacesData>('place list');

export const setPlacesSource = places.set;

/** The longer place list, read on first use (by the facts reader only). */
export const placesData = places.get;
