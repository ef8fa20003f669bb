import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimsFromCaseFile, type CaseFile } from '@/scripts/lib/evaluate-cases';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';

// A claim names a country ("la Corée du Nord", "Ukraine"); a sentence often names its people instead
// ("Nord-Coréens", "Ukrainian"), or another country's people with the claim's other words.
const CLAIMS: IndexClaim[] = [
  {
    id: 'workers',
    statement: { fr: 'La Corée du Nord a envoyé 3 200 ouvriers sur les chantiers navals de Vladivostok, selon des images satellites.' },
    versions: [],
  },
  {
    id: 'grain',
    statement: { en: 'Ukraine exported 4.1 million tonnes of grain through its Black Sea ports in October.' },
    versions: [],
  },
  {
    id: 'drones',
    statement: { fr: "L'Iran a livré des centaines de drones Shahed à la Russie depuis l'été." },
    versions: [],
  },
];

const matcher = ClaimMatcher.build(CLAIMS);
/** The claims a reader sees for a sentence: highlighted, or listed as possible matches. */
const shown = (text: string, lang: string) => matcher.scan(text, { lang }).map((m) => m.claimId);

describe('a sentence naming a claim’s country by its people', () => {
  it('finds the claim in French and in English', () => {
    expect(shown('Quelque 3 200 Nord-Coréens travaillent déjà sur les chantiers navals de Vladivostok, montrent des images satellites.', 'fr')).toEqual(['workers']);
    expect(shown('Satellite images show some 3,200 North Korean workers sent to the Vladivostok shipyards.', 'en')).toEqual(['workers']);
    expect(shown('Ukrainian ports on the Black Sea shipped 4.1 million tonnes of grain in October.', 'en')).toEqual(['grain']);
  });

  it('does not take another country’s people for the claim’s', () => {
    expect(shown('Quelque 3 200 Sud-Coréens travaillent déjà sur les chantiers navals de Vladivostok, montrent des images satellites.', 'fr')).toEqual([]);
    expect(shown('Romanian ports on the Black Sea shipped 4.1 million tonnes of grain in October.', 'en')).toEqual([]);
  });
});

describe('a claim that names both Koreas', () => {
  // North Korea's soldiers, as South Korea's intelligence reports them: the claim names the North as
  // a place and the South as a people, and a sentence naming the North's people agrees with it.
  const both = ClaimMatcher.build([
    {
      id: 'troops',
      statement: { fr: 'La Corée du Nord a envoyé 3 200 ouvriers sur les chantiers navals de Vladivostok, selon le renseignement sud-coréen.' },
      versions: [],
    },
  ]);
  const found = (text: string) => both.scan(text, { lang: 'fr' }).map((m) => m.claimId);

  it('is found in a sentence naming the North Koreans', () => {
    expect(found('Quelque 3 200 Nord-Coréens travaillent déjà sur les chantiers navals de Vladivostok, selon Séoul.')).toEqual(['troops']);
  });

  it('is not found in a sentence about South Korea alone', () => {
    expect(found('La Corée du Sud a envoyé 3 200 ouvriers sur les chantiers navals de Vladivostok, selon le renseignement sud-coréen.')).toEqual([]);
  });

  it('is not found in a sentence about South Koreans: the claim names the South only as its source', () => {
    expect(found('Quelque 3 200 Sud-Coréens travaillent déjà sur les chantiers navals de Vladivostok, selon le renseignement sud-coréen.')).toEqual([]);
    expect(found('Quelque 3 200 Sud-Coréens travaillent déjà sur les chantiers navals de Vladivostok, selon Séoul.')).toEqual([]);
  });
});

describe('a common word that sounds like a people’s name', () => {
  // The French "ruse" sounds like "russe", the English "polish" is spelt like "Polish": neither names
  // a country, and neither may turn a claim away or vouch for one.
  const words = ClaimMatcher.build([
    { id: 'kupiansk', statement: { fr: "L'Ukraine a repris la ville de Koupiansk grâce à une manœuvre de diversion, selon l'état-major." }, versions: [] },
    { id: 'border', statement: { fr: 'La Russie a déployé 2 000 soldats supplémentaires à la frontière finlandaise en mars, selon le ministère.' }, versions: [] },
    { id: 'tanks', statement: { en: 'Poland bought 250 Abrams tanks from the United States for 4.75 billion dollars.' }, versions: [] },
  ]);
  const found = (text: string, lang: string) => words.scan(text, { lang }).map((m) => m.claimId);

  it('does not turn away a claim about another country', () => {
    expect(found("L'armée a repris la ville de Koupiansk grâce à une ruse de diversion, selon l'état-major.", 'fr')).toEqual(['kupiansk']);
  });

  it('does not stand for the claim’s country in a sentence about another one', () => {
    expect(found('La Biélorussie a déployé 2 000 soldats supplémentaires à la frontière finlandaise en mars, une ruse selon le ministère.', 'fr')).toEqual([]);
    expect(found('Romania bought 250 Abrams tanks from the United States for 4.75 billion dollars to polish its army.', 'en')).toEqual([]);
  });

  it('leaves the people’s names read, in lower case in French and capitalised in English', () => {
    expect(found('Les Russes ont déployé 2 000 soldats supplémentaires à la frontière finlandaise en mars, selon le ministère.', 'fr')).toEqual(['border']);
    expect(found('Des soldats russes, 2 000 de plus, ont été déployés à la frontière finlandaise en mars, selon le ministère.', 'fr')).toEqual(['border']);
    expect(found('The Polish army bought 250 Abrams tanks from the United States for 4.75 billion dollars.', 'en')).toEqual(['tanks']);
  });
});

describe('a wording that names its country by a city only', () => {
  // A wire's "in Tunis" places the claim in Tunisia as surely as "Tunisia's museum" does
  // (tests/fixtures/matching/train/tunisia-bardo.json, case bardo:19).
  const city = ClaimMatcher.build([
    {
      id: 'bardo',
      statement: {},
      versions: [{ id: 'bardo#0', outletId: 'wire', lang: 'en', quote: 'At least 19 people, 17 of them foreign tourists, were killed when gunmen stormed the Bardo museum in Tunis' }],
    },
  ]);
  const found = (text: string) => city.scan(text, { lang: 'en' }).filter((m) => m.level === 'highlight').map((m) => m.claimId);

  it('is not found in a sentence about another country', () => {
    expect(found('Gunmen opened fire on worshippers at a mosque in northern Nigeria on Friday, killing at least 19 people, police said.')).toEqual([]);
  });

  it('is found in a sentence naming the city’s country', () => {
    expect(found('Gunmen stormed the Bardo museum in Tunisia, killing at least 19 people, 17 of them foreign tourists.')).toEqual(['bardo']);
  });
});

describe('a country named by its people in the sentence, by its name in the claim', () => {
  // The claims of a training story (tests/fixtures/matching/train/tunisia-bardo.json): "Tunisia" in the
  // claim and "Tunisian" in the sentence are one name, which the card lists among the shared ones.
  const file = JSON.parse(readFileSync('tests/fixtures/matching/train/tunisia-bardo.json', 'utf8')) as CaseFile;
  const bardo = ClaimMatcher.build(claimsFromCaseFile(file));

  it('shares the country', () => {
    const [match] = bardo.scan('It was the deadliest terrorist attack on Tunisian soil in more than a decade.', { lang: 'en' });
    expect(match?.claimId).toBe('bardo-deadliest-decade');
    expect(match?.level).toBe('highlight');
    expect(match?.explanation.sharedEntities).toContain('Tunisia');
  });
});
