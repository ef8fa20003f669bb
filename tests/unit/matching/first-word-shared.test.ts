import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { highlightedClaims } from './highlighted-claims';

// Claims known only in English, each opening on a common word, capitalised there as every sentence's first word is.
const CLAIMS: IndexClaim[] = [
  {
    id: 'croatia-tourism',
    statement: { en: 'Tourism brought in 19 percent of Croatia’s output in 2019.' },
    versions: [{ id: 'croatia-tourism#0', outletId: 'wire', lang: 'en', quote: 'Tourism brought in 19 percent of Croatia’s output in 2019' }],
  },
  { id: 'croatia-fishing', statement: { en: 'Fishing employs 3 percent of Croatia’s workers, the national bank estimated.' }, versions: [] },
];
const highlighted = highlightedClaims(ClaimMatcher.build(CLAIMS));

describe('a wording’s first word, shared as a word', () => {
  it('finds the English claim from a French sentence that has its first word in lowercase', () => {
    expect(highlighted('Le tourisme, qui représentait 19 % du PIB de la Croatie en 2019, risque de souffrir longtemps de la crise.', 'fr')).toEqual(['croatia-tourism']);
  });

  it('does not find either claim for another share of another trade', () => {
    expect(highlighted('La pêche, qui représentait 3 % du PIB de la Croatie en 2021, risque de souffrir longtemps de la crise.', 'fr')).toEqual([]);
  });
});
