import { describe, expect, it } from 'vitest';
import { cityKey, gazetteerData, placesData } from '@/utils/core/facts/gazetteer-source';
import { gazetteer, soundPhrase } from '@/utils/core/facts/gazetteer';
import { countriesNamed } from '@/utils/core/matching/country-conflict';
import { shippedGazetteer, shippedPlaces } from '@/scripts/lib/language-assets';
import { phraseKey, tokens } from '@/utils/core/facts/text';

/** gazetteer-data.json holds each name's key, so that a worker start folds none. */
const RERUN = 'keys out of date: rerun `npx tsx scripts/build-gazetteer.ts` (the sound folding changed)';

describe("the gazetteer's stored keys", () => {
  it('are what soundPhrase gives for every name, variant and demonym', () => {
    const data = gazetteerData();
    for (const c of data.countries) {
      expect(c.keys, `${c.name}: ${RERUN}`).toEqual([c.name, ...(c.names ?? [])].map(soundPhrase));
      const local = Object.fromEntries(Object.entries(c.localNames ?? {}).map(([lang, names]) => [lang, names.map(soundPhrase)]));
      expect(c.localKeys ?? {}, `${c.name}: ${RERUN}`).toEqual(local);
      expect(c.demonymKeys, `${c.name}: ${RERUN}`).toEqual((c.demonyms ?? []).map(soundPhrase));
      expect(c.demonym).toBe(c.demonyms?.[0]);
      // The written forms are the demonyms folded: a lowercase word is read against them exactly.
      const folded = (c.demonyms ?? []).map(phraseKey);
      for (const w of c.writtenDemonyms ?? []) expect(folded, `${c.name}: ${RERUN}`).toContain(w);
    }
    for (const r of data.regions) expect(r.keys, `${r.name}: ${RERUN}`).toEqual([r.name, ...(r.names ?? [])].map(soundPhrase));
    // Cities and islands under other languages' names: each language's key is its name's.
    const byLang = (m: Record<string, string>, as: (n: string) => string) => Object.entries(m).flatMap(([n, langs]) => langs.split(' ').map((l) => `${l}:${as(n)}`)).sort();
    for (const p of data.localPlaces ?? []) expect(byLang(p.keys, (k) => k), `${p.name}: ${RERUN}`).toEqual([...new Set(byLang(p.names ?? {}, soundPhrase))]);
    expect(data.localPlaces?.length).toBeGreaterThan(200);
    const wrong = data.cities.filter((city) => cityKey(city) !== soundPhrase(city[0]));
    expect(wrong, RERUN).toEqual([]);
    expect(data.countries.length).toBeGreaterThan(200);
    expect(data.cities.length).toBeGreaterThan(3000);
    // The longer list the facts reader reads (places-data.json) likewise, and its weak keys are keys.
    const more = placesData();
    for (const r of more.regions) {
      expect(r.keys, `${r.name}: ${RERUN}`).toEqual([r.name, ...(r.names ?? [])].map(soundPhrase));
      for (const w of r.weak ?? []) expect(r.keys).toContain(w);
    }
    for (const p of more.localPlaces ?? []) expect(byLang(p.keys, (k) => k), `${p.name}: ${RERUN}`).toEqual([...new Set(byLang(p.names ?? {}, soundPhrase))]);
    expect(more.regions.length).toBeGreaterThan(2000);
    expect(Object.values(more.towns ?? {}).join('|').split('|').length).toBeGreaterThan(15_000);
    for (const [country, names] of Object.entries(more.towns ?? {})) expect(more.townKeys?.[country]?.split('|'), `${country}: ${RERUN}`).toEqual(names.split('|').map(soundPhrase));
  });

  it('find places and countries by their names as written', () => {
    expect(gazetteer().places.get(soundPhrase('Corée du Nord'))).toMatchObject({ country: 'KP', kind: 'country' });
    expect(gazetteer().places.get(soundPhrase('Koursk'))).toMatchObject({ country: 'RU', kind: 'city' });
    expect(gazetteer().countryDemonym.get('DE')).toBe('German');
    const words = (text: string) => text.split(' ').map((surface) => ({ surface }));
    expect(countriesNamed(words('des soldats nord-coréens en Corée du Nord'), false)).toEqual(['KP']);
    expect(countriesNamed(words('près de Koursk'), false)).toEqual([]);
    expect(countriesNamed(words('près de Koursk'), true)).toEqual(['RU']);
  });

  it('read a lowercase word as a demonym only as written, a capitalised one by sound', () => {
    const named = (text: string) => countriesNamed(tokens(text).filter((t) => t.kind === 'word').map((t) => ({ surface: t.text })), false);
    expect(named('une ruse de guerre, des ruses, un homme rusé')).toEqual([]);
    expect(named('polish the car, finish the job, rouse the crowd, a germane point')).toEqual([]);
    expect(named('des soldats russes, une Russe, les nord-coréens et les sud-coréennes')).toEqual(['RU', 'KP', 'KR']);
    expect(named('Russian troops and North Korean workers, with Polish help')).toEqual(['RU', 'KP', 'PL']);
    expect(named('des ouvriers français et une entreprise française, les soldats turcs et la marine turque')).toEqual(['FR', 'TR']);
    // Transliterations meet when capitalised, as names do.
    expect(named('Les Koweïtiens et les Kuwaitis')).toEqual(['KW']);
  });

  it('leave out the place a statement is attributed to, which is its source, not its subject', () => {
    const named = (text: string) => countriesNamed(tokens(text).filter((t) => t.kind === 'word').map((t) => ({ surface: t.text })), true);
    expect(named('La Corée du Nord a envoyé 3 200 ouvriers, selon le renseignement sud-coréen')).toEqual(['KP']);
    expect(named('According to South Korean intelligence, North Korea sent 3,200 workers')).toEqual(['KP']);
    expect(named("D'après Séoul, des Nord-Coréens travaillent en Russie")).toEqual(['KP', 'RU']);
    // Another name is the source: the people named after it are the subject.
    expect(named('Selon Kiev, les Russes ont tiré 50 missiles')).toEqual(['RU']);
  });

  it('know the most words of a name by its first word, over countries and demonyms, and with the cities', () => {
    const g = gazetteer();
    const expected = (keys: string[]) => {
      const map = new Map<string, number>();
      for (const key of keys) {
        const words = key.split(' ');
        map.set(words[0]!, Math.max(map.get(words[0]!) ?? 0, words.length));
      }
      return map;
    };
    const places = [...g.places];
    expect(g.firstWords).toEqual(expected(places.map(([key]) => key)));
    expect(g.countryFirstWords).toEqual(expected([...g.demonyms.keys(), ...places.filter(([, p]) => p.kind === 'country').map(([key]) => key)]));
    expect(g.countryOrCityFirstWords).toEqual(expected([...g.demonyms.keys(), ...places.filter(([, p]) => p.country).map(([key]) => key)]));
  });

  it('ship without the names only their keys serve', () => {
    const shipped = shippedGazetteer(gazetteerData());
    expect(shipped.countries.every((c) => c.names === undefined && c.demonyms === undefined && c.localNames === undefined && c.keys.length > 0)).toBe(true);
    expect(shipped.countries.map((c) => c.localKeys)).toEqual(gazetteerData().countries.map((c) => c.localKeys));
    expect(shipped.countries.map((c) => [c.code, c.name, c.demonym, c.keys, c.demonymKeys])).toEqual(gazetteerData().countries.map((c) => [c.code, c.name, c.demonym, c.keys, c.demonymKeys]));
    expect(shipped.regions.map((r) => r.keys)).toEqual(gazetteerData().regions.map((r) => r.keys));
    expect(shipped.localPlaces?.every((p) => p.names === undefined)).toBe(true);
    expect(shipped.localPlaces?.map((p) => [p.name, p.country, p.keys])).toEqual(gazetteerData().localPlaces?.map((p) => [p.name, p.country, p.keys]));
    const places = shippedPlaces(placesData());
    expect(places.regions.map((r) => [r.name, r.keys, r.weak, r.names])).toEqual(placesData().regions.map((r) => [r.name, r.keys, r.weak, undefined]));
    expect(places.localPlaces?.map((p) => [p.name, p.keys, p.names])).toEqual(placesData().localPlaces?.map((p) => [p.name, p.keys, undefined]));
    expect(places.towns).toEqual(placesData().towns);
  });
});
