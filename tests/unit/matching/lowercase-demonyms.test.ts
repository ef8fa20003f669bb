/**
 * French writes its demonyms in lower case ("palestinien") where English capitalises them
 * ("Palestinian", a name most of the claim's wordings share): the French word reaches the English one
 * through the word lists, and the sentence keeps the claim's core name (claim-core.ts).
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { CLAIMS } from './netanyahu-claims';
import { highlightedClaims } from './highlighted-claims';

const highlighted = highlightedClaims(ClaimMatcher.build(CLAIMS));

describe('demonyms written in lower case', () => {
  it('highlights a French sentence that names the claim’s country by its lowercase demonym', () => {
    const text = "Benyamin Netanyahou s'est engagé lundi à ce qu'aucun État palestinien ne voie le jour tant qu'il resterait à la tête du gouvernement israélien.";
    expect(highlighted(text, 'fr')).toEqual(['no-state']);
  });
});
