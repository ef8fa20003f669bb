/**
 * French writes its demonyms in lower case ("palestinien") where English capitalises them
 * ("Palestinian", a name most of the claim's wordings share): the French word reaches the English one
 * through the word lists, and the sentence keeps the claim's core name (claim-core.ts).
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { highlightedClaims } from './highlighted-claims';

const CLAIMS: IndexClaim[] = [
  {
    id: 'no-state',
    statement: {
      en: 'Netanyahu vowed that there would be no independent Palestinian state as long as he is prime minister.',
      fr: "Netanyahou a promis qu'il n'y aurait pas d'État palestinien indépendant tant qu'il serait Premier ministre.",
    },
    versions: [
      { id: 'v1', outletId: 'a', lang: 'en', quote: 'his vow on Monday that there would be no independent Palestinian state as long as he is prime minister' },
      { id: 'v2', outletId: 'a', lang: 'en', quote: 'Netanyahu’s declaration that there would be no Palestinian state on his watch makes that more difficult' },
      { id: 'v3', outletId: 'b', lang: 'en', quote: 'Netanyahu pledged on the eve of the vote that no Palestinian state would be created while he remained in office' },
      { id: 'v4', outletId: 'c', lang: 'de', quote: 'Netanjahu hatte vor der Wahl versprochen, dass es unter ihm keinen unabhängigen Palästinenserstaat geben werde' },
    ],
  },
  {
    id: 'wins',
    statement: { en: "Benjamin Netanyahu's Likud won Israel's parliamentary elections on Tuesday, keeping him in office as prime minister." },
    versions: [
      { id: 'v5', outletId: 'b', lang: 'en', quote: "Netanyahu's Likud party came first in Tuesday's general election, all but assuring him a fourth term" },
      { id: 'v6', outletId: 'd', lang: 'fr', quote: 'le Likoud de Benyamin Netanyahou a remporté mardi les élections législatives israéliennes' },
    ],
  },
  {
    id: 'droves',
    statement: { en: "Netanyahu's Likud party warned before the Israeli election that Arab Israeli voters were 'coming out in droves'." },
    versions: [
      { id: 'v7', outletId: 'b', lang: 'en', quote: 'On election day Netanyahu warned that Arab voters were heading to the polls in droves, remarks the White House called divisive' },
      { id: 'v8', outletId: 'd', lang: 'fr', quote: 'Netanyahou avait mis en garde contre les électeurs arabes qui, selon lui, se rendaient « en masse » aux urnes' },
    ],
  },
];
const highlighted = highlightedClaims(ClaimMatcher.build(CLAIMS));

describe('demonyms written in lower case', () => {
  it('highlights a French sentence that names the claim’s country by its lowercase demonym', () => {
    const text = "Benyamin Netanyahou s'est engagé lundi à ce qu'aucun État palestinien ne voie le jour tant qu'il resterait à la tête du gouvernement israélien.";
    expect(highlighted(text, 'fr')).toEqual(['no-state']);
  });
});
