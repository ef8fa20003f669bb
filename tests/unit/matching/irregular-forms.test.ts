/**
 * English irregular forms reach the other language through their dictionary form's translations
 * (scripts/add-english-irregular-forms.ts, from WordNet's exception lists): the English stemmer
 * leaves "bought" and "kept" as they are and the dictionaries list only "buy" and "keep", so an
 * English sentence saying "bought" shared no word with a French claim saying "acheté".
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { translatedStems } from '@/utils/core/matching/cross-language';
import { highlightedClaims } from './highlighted-claims';

const CLAIMS: IndexClaim[] = [
  { id: 'stadium-fr', statement: { fr: 'Le club de Dorvine a acheté le stade municipal.' }, versions: [] },
  { id: 'patents-fr', statement: { fr: 'La société Velkor a vendu ses usines et gardé ses brevets.' }, versions: [] },
];

describe('English irregular forms', () => {
  it('translate as their dictionary form does', () => {
    expect(translatedStems('bought', 'en', 'fr')).toContain('achet');
    expect(translatedStems('kept', 'en', 'fr')).toContain('gard');
    expect(translatedStems('bought', 'en', 'es').length).toBeGreaterThan(0);
  });

  it('highlight English sentences for the French claims that use the verb', () => {
    const highlighted = highlightedClaims(ClaimMatcher.build(CLAIMS));
    expect(highlighted('The Dorvine club bought the town stadium, the mayor said.', 'en')).toEqual(['stadium-fr']);
    expect(highlighted('Velkor sold its factories but kept its patents.', 'en')).toEqual(['patents-fr']);
  });
});
