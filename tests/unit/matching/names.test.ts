/**
 * What the matcher takes for a name, and for a person a statement is attributed to: days of the
 * week are dates, "US" and "UK" in capitals are countries, and places, peoples and institutions
 * written in capitals ("White House", "North African") are no one's statement. Each of these made a
 * sentence share a "name" with a claim it does not state, or look like somebody else's statement.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { canBePerson } from '@/utils/core/matching/person-names';
import { countriesNamed } from '@/utils/core/matching/country-conflict';
import { extractFacts } from '@/utils/core/facts/extract';

const names = (text: string, lang = 'en') => analyseText(text, lang).words.filter((w) => w.entity).map((w) => w.surface);

describe('names', () => {
  it('does not take a day of the week for a name, in English or German', () => {
    expect(names('Netanyahu said late Thursday that Sudan would comply.')).toEqual(['Netanyahu', 'Sudan']);
    expect(names('Das Kriegsrecht hob Yoon am Mittwoch wieder auf.', 'de')).not.toContain('Mittwoch');
  });

  it('reads "US" and "UK" in capitals as countries, and "us" as a pronoun', () => {
    expect(countriesNamed(analyseText('US officials told reporters on Friday.', 'en').words, false)).toEqual(['US']);
    expect(countriesNamed(analyseText('Trade between the UK and Japan grew.', 'en').words, false)).toEqual(['GB', 'JP']);
    expect(countriesNamed(analyseText('Officials told us the deal was close.', 'en').words, false)).toEqual([]);
    expect(names('US officials told us about it.')).toEqual(['US']);
  });

  it('reads the countries a German, Spanish, Italian, Portuguese or Dutch sentence names', () => {
    const named = (text: string, lang: string) => countriesNamed(analyseText(text, lang).words, false);
    expect(named('Nordkorea schickt Soldaten nach Russland, sagen die USA.', 'de')).toEqual(['KP', 'RU', 'US']);
    expect(named('Corea del Norte envió tropas a Rusia.', 'es')).toEqual(['KP', 'RU']);
    expect(named('La Corea del Nord ha inviato soldati in Russia.', 'it')).toEqual(['KP', 'RU']);
    expect(named('A Coreia do Norte enviou tropas para a Rússia.', 'pt')).toEqual(['KP', 'RU']);
    expect(named('Noord-Korea stuurt troepen naar Rusland.', 'nl')).toEqual(['KP', 'RU']);
    // "Britain", as news write it, is in neither dataset.
    expect(named('Shipwrecks off the coast of Britain.', 'en')).toEqual(['GB']);
    expect(named('La Grande-Bretagne et la France ont signé.', 'fr')).toEqual(['GB', 'FR']);
  });

  it('leaves a city the name a country has in another language', () => {
    // "Granada" is Grenada in Spanish and a city of Spain; "Norfolk" names an island and a US city.
    expect(countriesNamed(analyseText('Flights to Granada and Norfolk resumed.', 'en').words, true)).toEqual(['ES', 'US']);
  });

  it('keeps the words of a headline in capitals as the words they are', () => {
    expect(names('TELL US WHAT YOU THINK', 'en')).not.toContain('US');
  });

  it('lets the facts of a card read "US" as the place it is', () => {
    const places = (text: string) => extractFacts(text, { lang: 'en' }).places.map((p) => p.name);
    expect(places('The drones were made in the US and shipped to Kyiv.')).toEqual(['United States', 'Kyiv']);
    expect(places('Tell us where you were.')).toEqual([]);
  });
});

describe('persons a statement is attributed to', () => {
  it('tells people from places, peoples and institutions written in capitals', () => {
    // The text's one pair of capitalised words, as analyseText reads it.
    const canBe = (first: string, last: string, lang: string) => {
      const [pair] = analyseText(`said ${first} ${last} today`, lang).persons;
      return canBePerson(pair!, lang);
    };
    expect(canBe('Lloyd', 'Austin', 'en')).toBe(true);
    expect(canBe('Hori', 'Parata', 'en')).toBe(true);
    expect(canBe('Benyamin', 'Netanyahou', 'fr')).toBe(true);
    expect(canBe('White', 'House', 'en')).toBe(false);
    expect(canBe('North', 'African', 'en')).toBe(false);
    expect(canBe('Hong', 'Kong', 'en')).toBe(false);
    expect(canBe('Korean', 'President', 'en')).toBe(false);
  });

  it('tells an inflected institution from a person in a language without a stemmer, by its second word', () => {
    const pair = (text: string, lang: string) => canBePerson(analyseText(text, lang).persons[0]!, lang);
    // "Port Authority" in Greek: its adjective's ending is one the word lists do not know, its noun they do.
    expect(pair('Η Λιμενική Αρχή ανακοίνωσε.', 'el')).toBe(false);
    expect(pair('Ο Νίκος Δένδιας ανακοίνωσε.', 'el')).toBe(true);
    // A language with a stemmer keeps reading its first word only: "President Donald Trump" stays a person's name.
    expect(canBePerson(analyseText('said Donald Trump today', 'en').persons[0]!, 'en')).toBe(true);
  });
});
