/**
 * A name the sentence has and no wording of the claim has says "another subject" only at the sentence's
 * head (claim-names.ts foreignName): "Liverpool have won five games in a row" is not West Ham's claim,
 * but a sentence that also says in which region, or on whose word, the claim's event happened still
 * states it.
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';

const claims: IndexClaim[] = [
  { id: 'quake', statement: { en: 'A magnitude 6.1 earthquake struck the mountain province of Corvel, in Bolivia.' }, versions: [] },
  {
    id: 'other-quake',
    statement: { en: 'A magnitude 6.8 earthquake struck the coastal province of Valdora, in Peru.' },
    versions: [
      { id: 'v1', outletId: 'wire', lang: 'en', quote: 'A powerful magnitude 6.8 earthquake struck off the southern coast of Peru before dawn on Tuesday' },
      { id: 'v2', outletId: 'daily', lang: 'en', quote: 'the 6.8 earthquake that hit the province of Valdora' },
    ],
  },
  { id: 'dead', statement: { en: 'The earthquake in Peru left 14 people dead.' }, versions: [] },
  { id: 'wins', statement: { en: 'West Ham have won five competitive matches in a row, conceding a single goal.' }, versions: [{ id: 'w1', outletId: 'x', lang: 'en', quote: 'West Ham won five games in a row and conceded just once' }] },
];

describe('a name that the claim lacks', () => {
  const matcher = ClaimMatcher.build(claims);
  const found = (text: string) => matcher.scan(text, { lang: 'en' }).filter((m) => m.level === 'highlight').map((m) => m.claimId);

  it('still finds a sentence that names, further on, the region and the source of the claim’s event', () => {
    // "Potosi" and "Sernageomin" had made it another subject's: only a possible match.
    expect(found('A magnitude 6.1 earthquake struck the province of Corvel in the Potosi department on Tuesday and left 14 people dead, according to Sernageomin.')).toEqual(['quake']);
  });
});
