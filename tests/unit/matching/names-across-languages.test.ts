/**
 * A claim's names are often written otherwise in another language ("Pékin" for the country an
 * English outlet calls "China", "Khartoum" for "Sudan"): a sentence in another language that names
 * none of the claim's names is not held to have another subject for that alone (namesMissing is
 * read in the claim's wording's own language only).
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { highlightedClaims } from './highlighted-claims';

const CLAIMS: IndexClaim[] = [
  { id: 'beef', statement: { fr: 'Pékin a suspendu ses importations de bœuf australien pour une durée de trois mois.' }, versions: [] },
];
const matcher = ClaimMatcher.build(CLAIMS);
const highlighted = highlightedClaims(matcher);

describe('names across languages', () => {
  it('highlights an English sentence that names the country where the French claim names its capital', () => {
    expect(highlighted('China halted Australian beef imports for three months.', 'en')).toEqual(['beef']);
  });
});
