/**
 * Two ways one statement is written that used to keep a sentence from its claim: a word spelt after
 * another language's habits ("toxic", French "toxique"; "initial", whose English stem is "initi"),
 * and a share written with "%" on one side and "percent" on the other. A reader sees the sentence
 * highlighted; a sentence that shares those words but says something else still is not.
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { highlightedClaims } from './highlighted-claims';

const FR: IndexClaim[] = [
  { id: 'usine-toxique', statement: { fr: "L'usine Marbelle a déversé des déchets toxiques dans la rivière Ondine en 2023." }, versions: [] },
  { id: 'lorenz', statement: { fr: "En 1961, Lorenz découvre que d'infimes différences dans les conditions initiales conduisent à des résultats radicalement différents." }, versions: [] },
  { id: 'port-fermeture', statement: { fr: 'Le port de Brest fermera ses quais aux pétroliers à partir de mars.' }, versions: [] },
  { id: 'ecoles', statement: { fr: 'La région va rénover quarante écoles primaires avant la rentrée.' }, versions: [] },
];
const EN: IndexClaim[] = [
  { id: 'peanut-80', statement: { en: 'Feeding peanuts to babies early cut their risk of peanut allergy by more than 80 percent.' }, versions: [] },
  { id: 'peanut-3', statement: { en: 'Only 3 percent of the babies who ate peanuts became allergic, against 17 percent of those who avoided them.' }, versions: [] },
  { id: 'rail-strike', statement: { en: 'Rail workers will strike for three days next week over pay.' }, versions: [] },
];

const matcher = ClaimMatcher.build([...FR, ...EN]);
const highlighted = highlightedClaims(matcher);

describe('words spelt after another language', () => {
  it('finds an English sentence for a French claim through words written alike', () => {
    expect(highlighted('The Marbelle plant dumped toxic waste into the Ondine river in 2023.', 'en')).toEqual(['usine-toxique']);
    expect(highlighted('Tiny changes to the initial numbers, Lorenz discovered in 1961, sent his simulated weather in completely different directions.', 'en')).toEqual(['lorenz']);
  });

  it('does not take a sentence about another river and year for the claim', () => {
    expect(highlighted('The Marbelle plant was fined for storing toxic waste near the Garonne in 2019.', 'en')).toEqual([]);
  });
});

describe('shares written with "%" or in words', () => {
  it('reads "percent", "per cent", "pour cent" and "%" as one figure, apart from a count', () => {
    const key = (text: string, lang: string) => analyseText(text, lang).figures.map((f) => f.key);
    expect(key('by 80 percent', 'en')).toEqual(key('by 80%', 'en'));
    expect(key('by 80 per cent', 'en')).toEqual(key('by 80 %', 'en'));
    expect(key('de 80 pour cent', 'fr')).toEqual(key('de 80 %', 'fr'));
    expect(key('um 80 Prozent', 'de')).toEqual(key('um 80 %', 'de'));
    expect(key('80 percent', 'en')).not.toEqual(key('80 babies', 'en'));
    // Romanian news writes "la sută" (CLDR gives only "procente"), also without its breve.
    expect(key('cu 12 la sută', 'ro')).toEqual(key('cu 12%', 'ro'));
    expect(key('cu 12 la suta', 'ro')).toEqual(key('cu 12 procente', 'ro'));
    expect(analyseText('Salariile vor crește cu 12 la sută', 'ro').words.filter((w) => !w.stop).map((w) => w.surface)).toEqual(['Salariile', 'crește']);
    // The unit's words are the figure's, not words of the sentence the claim must cover.
    expect(analyseText('cut the risk by 80 percent', 'en').words.filter((w) => !w.stop).map((w) => w.surface)).toEqual(['cut', 'risk']);
  });

  it('finds a sentence writing "%" for a claim writing "percent"', () => {
    expect(highlighted('Giving babies peanuts early cut their risk of a peanut allergy by more than 80%.', 'en')).toEqual(['peanut-80']);
  });

  it('does not take a count for a share', () => {
    expect(highlighted('Babies who ate peanuts three times a week from 11 months were less often allergic than 17 babies who avoided them.', 'en')).not.toContain('peanut-3');
  });
});
