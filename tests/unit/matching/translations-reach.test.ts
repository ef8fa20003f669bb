/**
 * A word's translations reach as far as the word lists' stored table does (cross-language.ts
 * STEMS_PER_WORD): the table keeps eight stems a word, ranked by the dictionaries, and the two the
 * matcher cut off held common news words ("waste" reaches "déchets" only as its eighth stem).
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { translatedStems } from '@/utils/core/matching/cross-language';
import { highlightedClaims } from './highlighted-claims';

const CLAIMS: IndexClaim[] = [
  { id: 'lake-fr', statement: { fr: 'La tannerie Brevin a déversé des déchets dans le lac.' }, versions: [] },
];

describe('translations of a word', () => {
  it('keep the stored table’s stems: English "waste" reaches French "déchet"', () => {
    expect(translatedStems('wast', 'en', 'fr')).toContain('dechet');
  });

  it('highlight an English sentence for a French claim through such a stem', () => {
    const highlighted = highlightedClaims(ClaimMatcher.build(CLAIMS));
    expect(highlighted('The Brevin tannery dumped its waste in the lake, inspectors found.', 'en')).toEqual(['lake-fr']);
  });
});
