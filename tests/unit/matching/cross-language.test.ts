import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { countriesNamed } from '@/utils/core/matching/country-conflict';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { F } from '@/utils/core/matching/model';
import { highlightedClaims } from './highlighted-claims';

// Claims known only in French, as a French fact-checker's library holds them.
const CLAIMS: IndexClaim[] = [
  {
    id: 'troops-fr',
    statement: { fr: "Environ 11 000 soldats nord-coréens s'entraînent dans l'est de la Russie, selon le chef du renseignement militaire ukrainien Kyrylo Budanov." },
    versions: [],
  },
  {
    id: 'kursk-fr',
    statement: { fr: 'Un premier groupe de 2 600 soldats nord-coréens sera déployé dans la région de Koursk.' },
    versions: [],
  },
  {
    id: 'drones-fr',
    statement: { fr: "L'Iran a livré des centaines de drones Shahed à la Russie depuis l'été." },
    versions: [],
  },
];

const matcher = ClaimMatcher.build(CLAIMS);
const highlighted = highlightedClaims(matcher);

describe('English sentences against claims known only in French', () => {
  it('finds the claim reworded in English', () => {
    expect(highlighted('Some 11,000 North Korean soldiers are in training in eastern Russia, Ukrainian intelligence chief Kyrylo Budanov said.', 'en')).toEqual(['troops-fr']);
  });

  it('does not take South Korean soldiers for North Korean ones, in either language', () => {
    expect(highlighted('About 11,000 South Korean soldiers are training in eastern Russia, Kyrylo Budanov said.', 'en')).toEqual([]);
    expect(highlighted("Environ 11 000 soldats sud-coréens s'entraînent dans l'est de la Russie, selon Kyrylo Budanov.", 'fr')).toEqual([]);
  });

  it('does not take Ukrainian soldiers at Kursk for the North Korean group sent there', () => {
    expect(highlighted('Russia says 2,600 Ukrainian soldiers have been taken prisoner in the Kursk region since August.', 'en')).toEqual([]);
  });

  it('explains an English match in the claim’s French words', () => {
    const [m] = matcher.scan('Some 11,000 North Korean soldiers are in training in eastern Russia, Ukrainian intelligence chief Kyrylo Budanov said.', { lang: 'en' });
    expect(m!.explanation.via).toBe('statement');
    expect(m!.explanation.sharedFigures).toEqual(['11 000']);
    expect(m!.explanation.sharedTerms).toEqual(expect.arrayContaining(['soldats']));
  });
});

describe('countries named, by name or demonym, in French and English', () => {
  const of = (text: string, lang: string, cities = false) => countriesNamed(analyseText(text, lang).words, cities);

  it('reads the same country in both languages', () => {
    expect(of('Des soldats nord-coréens en Russie', 'fr')).toEqual(['KP', 'RU']);
    expect(of('North Korean soldiers in Russia', 'en')).toEqual(['KP', 'RU']);
    expect(of('La Corée du Sud et les États-Unis', 'fr')).toEqual(['KR', 'US']);
  });

  it('counts a city for its country only when asked, and a lowercase country name not at all', () => {
    expect(of('dans la région de Koursk', 'fr')).toEqual([]);
    expect(of('dans la région de Koursk', 'fr', true)).toEqual(['RU']);
    expect(of('We ate turkey and rice.', 'en')).toEqual([]);
  });

  it('reads a demonym several territories share as the country the news means', () => {
    // "American" is also the Northern Mariana Islands' demonym, "French" the French Southern
    // Territories': a sentence about American officials is about the United States.
    expect(of('American officials said late Thursday', 'en')).toEqual(['US']);
    expect(of('les autorités américaines et françaises', 'fr')).toEqual(['US', 'FR']);
    expect(of('Dutch, Indian and Norwegian diplomats', 'en')).toEqual(['NL', 'IN', 'NO']);
  });

  it('does not take the sentence about American officials for another country than the claim’s', () => {
    const matcher = ClaimMatcher.build([
      { id: 'sudan', statement: { en: 'The United States will lift its trade sanctions on Sudan, Obama administration officials said.' }, versions: [] },
    ]);
    const [best] = matcher.scoredSpans('The American government plans to lift its trade sanctions on Sudan, Obama administration officials said on Thursday.', { lang: 'en' });
    expect(best?.claimId).toBe('sudan');
    expect(best!.x[F.countrySubstituted]).toBe(0);
  });
});
