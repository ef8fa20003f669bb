import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';

const found = (m: ClaimMatcher, text: string, lang?: string) => [...new Set(m.scan(text, { lang }).filter((x) => x.level === 'highlight').map((x) => x.claimId))].sort();

describe('what a sentence must share with a claim', () => {
  const CLAIMS: IndexClaim[] = [
    {
      id: 'cards',
      statement: { en: 'A prisoner killed himself using a deck of cards.' },
      versions: [],
    },
    // The same story told otherwise: its words are common here, as a story's words are in a real database.
    { id: 'record', statement: { en: 'Cruise ships brought a record 900,000 passengers to the Valletta harbour last year.' }, versions: [] },
    { id: 'aground', statement: { en: 'A cruise ship ran aground at the entrance of the old Valletta harbour.' }, versions: [] },
    { id: 'fees', statement: { en: 'Harbour fees for cruise ships in Valletta doubled in March.' }, versions: [] },
    {
      id: 'harbour-ban',
      statement: { en: 'The port authority banned cruise ships from the old harbour of Valletta.' },
      versions: [
        { id: 'h1', outletId: 'a', lang: 'en', quote: 'cruise ships are banned from the old harbour in Valletta' },
        { id: 'h2', outletId: 'b', lang: 'en', quote: 'Valletta bans cruise ships from its historic harbour' },
        { id: 'h3', outletId: 'c', lang: 'en', quote: 'a ban on cruise ships in the Valletta harbour' },
      ],
    },
  ];
  const matcher = ClaimMatcher.build(CLAIMS);

  it('does not take a shared noun phrase for the claim', () => {
    expect(found(matcher, 'Picture a deck of tarot cards.', 'en')).toEqual([]);
    expect(found(matcher, 'The prisoner killed himself with a deck of cards, guards said.', 'en')).toEqual(['cards']);
  });

  it('wants what every wording of the claim keeps', () => {
    // Same topic, same place, none of the "ban" that all wordings share.
    expect(found(matcher, 'Cruise ships crowded the old harbour of Valletta all summer.', 'en')).toEqual([]);
    expect(found(matcher, 'Cruise ships are now banned from the old harbour of Valletta.', 'en')).toEqual(['harbour-ban']);
  });
});

describe('a sentence that states two claims', () => {
  const CLAIMS: IndexClaim[] = [
    {
      id: 'dam-figure',
      statement: { en: 'The Kakhovka dam breach flooded about 600 square kilometres, according to the regional governor.' },
      versions: [{ id: 'd1', outletId: 'a', lang: 'en', quote: 'some 600 square kilometres were flooded after the Kakhovka dam was breached' }],
    },
    {
      id: 'zoo-animals',
      statement: { en: 'Almost all the animals of the Nova Kakhovka zoo drowned, its owners said.' },
      versions: [
        { id: 'z1', outletId: 'b', lang: 'en', quote: 'nearly all animals at the zoo in Nova Kakhovka drowned' },
        { id: 'z2', outletId: 'c', lang: 'fr', quote: 'presque tous les animaux du zoo de Nova Kakhovka se sont noyés' },
      ],
    },
  ];
  const matcher = ClaimMatcher.build(CLAIMS);

  it('finds both in one long sentence', () => {
    const text =
      'Almost all the animals of the Nova Kakhovka zoo drowned, its owners said on Thursday, while the regional governor said ' +
      'that the breach of the Kakhovka dam had flooded about 600 square kilometres on both banks of the river.';
    expect(found(matcher, text, 'en')).toEqual(['dam-figure', 'zoo-animals']);
  });
});
