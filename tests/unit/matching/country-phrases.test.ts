import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { highlightedClaims } from './highlighted-claims';

// A country named in several words in one language is often one word in another: "South Korea",
// "Corée du Sud" and "Südkorea"; "the United States", "les États-Unis" and "die USA".
const CLAIMS: IndexClaim[] = [
  { id: 'troops', statement: { fr: 'La Corée du Sud accueille près de 30 000 soldats américains.' }, versions: [] },
  { id: 'embargo', statement: { de: 'Die USA heben ihr Handelsembargo gegen Kuba nach 60 Jahren auf.' }, versions: [] },
];

const highlighted = highlightedClaims(ClaimMatcher.build(CLAIMS));
const keys = (text: string, lang: string) => analyseText(text, lang).words.filter((w) => w.entity).map((w) => w.entity);

describe('a country named in several words', () => {
  it('is keyed by its country on its last word, as a one-word name is', () => {
    const countries = (text: string, lang: string) => keys(text, lang).filter((k) => k.startsWith('~@'));
    expect(countries('South Korea and the United States', 'en')).toEqual(['~@KR', '~@US']);
    expect(countries('la Corée du Sud et les États-Unis', 'fr')).toEqual(['~@KR', '~@US']);
    expect(countries('Südkorea und die USA', 'de')).toEqual(['~@KR', '~@US']);
    expect(keys('South Korea', 'en')[1]).toBe('~@KR');
    // North is not South.
    expect(countries('North Korea', 'en')).toEqual(['~@KP']);
  });

  it('meets the one-word name of another language', () => {
    expect(highlighted('Rund 30.000 US-Soldaten sind in Südkorea stationiert.', 'de')).toEqual(['troops']);
    expect(highlighted('After 60 years, the United States is lifting its trade embargo on Cuba.', 'en')).toEqual(['embargo']);
  });

  it('does not take another country for the claim’s', () => {
    expect(highlighted('Rund 30.000 US-Soldaten sind in Japan stationiert.', 'de')).toEqual([]);
    expect(highlighted('After 60 years, the United Kingdom is lifting its trade embargo on Cuba.', 'en')).toEqual([]);
  });
});
