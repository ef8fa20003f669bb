import { describe, expect, it } from 'vitest';
import { extractFacts } from '@/utils/core/facts/extract';
import { placeKey } from '@/utils/core/facts/gazetteer';

/**
 * Places under the names other languages give them (scripts/lib/gazetteer-exonyms.ts, from FreeDict's
 * bilingual dictionaries): the card compares places by key, so an outlet writing "Cenevre" and one
 * writing "Geneva" must name one place.
 */
const keys = (quote: string, lang: string) => extractFacts(quote, { lang }).places.map((p) => p.key);
const names = (quote: string, lang: string) => extractFacts(quote, { lang }).places.map((p) => p.name);

describe('places under their names in other languages', () => {
  it.each([
    // A sea named with its kind in lower case, read by its capital.
    ['fr', 'La tempête balaie la mer du Nord depuis lundi.', ['North Sea']],
    ['fr', 'Moscou a démenti tout accord sur un cessez-le-feu en mer Noire.', ['Black Sea']],
    ['hr', 'Brod je potonuo u Crno more kod Varne.', ['Black Sea', 'Varna']],
    ['da', 'Et olieudslip i Østersøen breder sig mod syd.', ['Baltic Sea']],
    // Ranges and islands WordNet lacks, or has under a region's name.
    ['de', 'Heftige Regenfälle im Erzgebirge haben die Flüsse anschwellen lassen.', ['Ore Mountains']],
    ['de', 'Der Hafen von Teneriffa wurde am Montag geschlossen.', ['Tenerife']],
    ['en', 'Tourists on Lanzarote felt a swarm of small earthquakes on Sunday.', ['Lanzarote']],
    ['en', 'Two hikers went missing on Crete on Monday.', ['Crete']],
    // Canals, WordNet's instances of "canal" (stop 58): the canal, not the country it crosses.
    ['en', 'Around 120 ships were waiting to cross the Panama Canal on Wednesday.', ['Panama Canal']],
    ['fr', 'Trois randonneurs ont disparu dans les Pyrénées samedi.', ['Pyrenees']],
  ])('[%s] %s', (lang, quote, expected) => {
    expect(names(quote, lang)).toEqual(expected);
  });

  it('gives one place to a city however each language names it', () => {
    const geneva = placeKey('Geneva');
    expect(keys("Cenevre'de başlayan görüşmelerde Kiev konuştu.", 'tr')).toEqual([geneva]);
    expect(keys('A Ginevra si è chiusa senza intesa la seconda giornata.', 'it')).toEqual([geneva]);
    expect(keys('Les pourparlers se sont ouverts jeudi à Genève.', 'fr')).toEqual([geneva]);
    expect(keys('Talks opened in Geneva on Thursday.', 'en')).toEqual([geneva]);
    // English's own name of a city GeoNames names in its language.
    const gothenburg = names('The ferry ran aground off Gothenburg on Saturday.', 'en');
    expect(gothenburg).toHaveLength(1);
    expect(keys('The ferry ran aground off Gothenburg on Saturday.', 'en')).toEqual(keys('Färjan gick på grund utanför Göteborg i lördags.', 'sv'));
  });

  it('reads an island the dictionary alone names only where a preposition of place puts it', () => {
    expect(names('Lanzarote said on Monday that it would appeal.', 'en')).toEqual([]);
  });

  it('reads such a name in its own language only, and not a people or a person for a place', () => {
    // "Ginevra" is Italian; in an English quote it is a woman's name.
    expect(names('Ginevra said on Monday that the talks had failed.', 'en')).toEqual([]);
    expect(names('Die Briten stimmten am Donnerstag ab.', 'de')).toEqual([]);
    // A name read by its capital after a first word in lower case does not start with an article: "The Valley" is Anguilla's capital.
    expect(names('Farmers in the Valley lost their crops.', 'en')).toEqual([]);
    expect(names('Fryderyk Chopin urodził się w Warszawie.', 'pl')).toEqual(['Warsaw']);
  });

  it('reads countries in Greek and the Cyrillic languages, and a place before "and" or a preposition as a location', () => {
    expect(names('Η Άγκυρα και η Τουρκία. Το πλοίο έφτασε στη Γερμανία.', 'el')).toEqual(['Turkey', 'Germany']);
    expect(names('Учения прошли в России и в Казахстане.', 'ru')).toEqual(['Russia', 'Kazakhstan']);
    expect(names('Potoky dorazily z Ukrajiny do Polska.', 'cs')).toEqual(['Ukraine', 'Poland']);
    // "e" (and) and "bei" (near) after a name are no verb: Porto and the Elbe are where it happens.
    expect(names('A greve adiou cirurgias nos hospitais de Lisboa, Porto e Coimbra.', 'pt')).toEqual(['Lisbon', 'Porto', 'Coimbra']);
    expect(names('Seit Donnerstag wird die Elbe bei Dresden beprobt.', 'de')).toEqual(['Elbe', 'Dresden']);
    // A genitive in -s: "des Rheins" is the Rhine's.
    expect(names('Der Pegel des Rheins bei Kaub ist am Dienstag auf 38 Zentimeter gefallen.', 'de')).toEqual(['Rhine']);
    // A German adjective between the preposition and a town's name.
    expect(names('Nach dem Chemieunfall im tschechischen Neratovice wird das Wasser beprobt.', 'de')).toEqual(['Neratovice']);
    // Greek names inflected after a preposition, with its article if any ("στη Λέσβο", "ανοιχτά της Λέσβου": Lesbos).
    expect(names('Το πλοίο έφτασε στη Λέσβο και στην Κρήτη.', 'el')).toEqual(['Lesbos', 'Crete']);
    expect(names('Φορτηγό πλοίο βυθίστηκε ανοιχτά της Λέσβου.', 'el')).toEqual(['Lesbos']);
    // Turkish: a bare name before "ile" (and) or a postposition of place ("arasında", between; "sınırında", at the border of).
    expect(names('Romanya ile Bulgaristan arasında köprü kapandı. Suriye sınırında çatışma sürüyor.', 'tr')).toEqual(['Romania', 'Bulgaria', 'Syria']);
    expect(names('Ankara açıkladı.', 'tr')).toEqual([]);
    // A verb after it still makes it the sentence's subject, and an adjective is no country.
    expect(names('Россия заявила о готовности к переговорам.', 'ru')).toEqual([]);
    expect(names('Švédský Ericsson propustí 1 200 lidí.', 'cs')).toEqual([]);
  });

  it('reads a short name in capitals as an acronym, not a region', () => {
    // The Swiss canton of Uri and the river Ybbs ("IBS" by its key) are in the list.
    expect(names('The server passes the token in the URI query parameter.', 'en')).toEqual([]);
    expect(names('Doctors in Vienna treat IBS with diet.', 'en')).toEqual(['Vienna']);
  });
});
