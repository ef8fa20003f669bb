import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { highlightedClaims } from './highlighted-claims';

// Claims known only in French. The word lists list "waste" as "dissiper", "gaspiller"... and
// "déchet" only past the senses a word keeps; "déchet" lists "waste" among its first.
const CLAIMS: IndexClaim[] = [
  { id: 'lake-waste', statement: { fr: "L'usine Pelrow a déversé des déchets chimiques dans le lac Orvelle." }, versions: [] },
  { id: 'river-fish', statement: { fr: 'Les poissons du lac Orvelle ont disparu depuis trois ans.' }, versions: [] },
];
const highlighted = highlightedClaims(ClaimMatcher.build(CLAIMS));

describe('a link that only the other language’s word list ranks high', () => {
  it('finds the French claim from the English word its list gives', () => {
    expect(highlighted('Inspectors say the Pelrow plant poured chemical waste into Lake Orvelle.', 'en')).toEqual(['lake-waste']);
  });

  it('still needs the claim’s words: the same plant and lake with another subject is no match', () => {
    expect(highlighted('Inspectors say the Pelrow plant hired new staff near Lake Orvelle.', 'en')).toEqual([]);
  });
});
