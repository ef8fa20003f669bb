/**
 * British spellings reach the other language as their American spelling does
 * (scripts/add-english-spelling-variants.ts, from SCOWL's British and American word lists: the
 * English stemmer reads them as American, and a British word the lists have gets the American one's
 * senses after its own): the dictionaries list "subsidize" and "summarize", and Porter2 keeps
 * "subsidis" and "summaris" apart from them, so a British sentence shared no word with a French
 * claim saying "subventionner" or "résumé" (written alike, "criticised" and "critiqué" already met
 * as cognates).
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { translatedStems } from '@/utils/core/matching/cross-language';
import { languageTools } from '@/utils/core/matching/languages';
import { highlightedClaims } from './highlighted-claims';

const CLAIMS: IndexClaim[] = [
  { id: 'farmers-fr', statement: { fr: 'Le gouvernement de Velkor va subventionner les agriculteurs.' }, versions: [] },
  { id: 'plan-fr', statement: { fr: 'Le ministre a résumé le plan de relance.' }, versions: [] },
];

describe('British spellings', () => {
  it('translate as their American spelling does', () => {
    const { stem } = languageTools('en');
    expect(translatedStems(stem('subsidise'), 'en', 'fr')).toContain('subvention');
    expect(translatedStems(stem('criticised'), 'en', 'fr')).toContain('critiqu');
    expect(translatedStems(stem('organisation'), 'en', 'es').length).toBeGreaterThan(0);
  });

  it('highlight British sentences for the French claims that use the word', () => {
    const highlighted = highlightedClaims(ClaimMatcher.build(CLAIMS));
    expect(highlighted('The Velkor government will subsidise farmers.', 'en')).toEqual(['farmers-fr']);
    expect(highlighted('The minister summarised the recovery plan.', 'en')).toEqual(['plan-fr']);
  });
});
