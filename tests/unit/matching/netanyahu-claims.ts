import type { IndexClaim } from '@/utils/core/matching/index';

/**
 * Three claims of the Israeli election story (tests/fixtures/matching/train/israel-election.json),
 * worded in English, French and German but with no French wording of the Palestinian state: a
 * sentence in French or Spanish has to reach the English wordings' name through the word lists.
 */
export const CLAIMS: IndexClaim[] = [
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
