/**
 * Stop lists spell some nouns and names like a function word: Spanish "estado" is "been" there, and
 * "un Estado palestino" is a state. In a language that writes its titles in sentence case, a capital
 * inside a sentence makes the word a word again (analyse-text.ts capitalisedInside).
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { analyseText } from '@/utils/core/matching/analyse-text';
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
      { id: 'v4', outletId: 'c', lang: 'fr', quote: "à la veille du scrutin, Benyamin Netanyahou a exclu la création d'un État palestinien s'il restait au pouvoir" },
      { id: 'v5', outletId: 'd', lang: 'de', quote: 'Netanjahu hatte vor der Wahl versprochen, dass es unter ihm keinen unabhängigen Palästinenserstaat geben werde' },
    ],
  },
  {
    id: 'wins',
    statement: { en: "Benjamin Netanyahu's Likud won Israel's parliamentary elections on Tuesday, keeping him in office as prime minister." },
    versions: [
      { id: 'w1', outletId: 'b', lang: 'en', quote: "Netanyahu's Likud party came first in Tuesday's general election, all but assuring him a fourth term" },
      { id: 'w2', outletId: 'c', lang: 'fr', quote: 'le Likoud de Benyamin Netanyahou a remporté mardi les élections législatives israéliennes' },
    ],
  },
  {
    id: 'droves',
    statement: { en: "Netanyahu's Likud party warned before the Israeli election that Arab Israeli voters were 'coming out in droves'." },
    versions: [
      { id: 'd1', outletId: 'b', lang: 'en', quote: 'On election day Netanyahu warned that Arab voters were heading to the polls in droves, remarks the White House called divisive' },
      { id: 'd2', outletId: 'c', lang: 'fr', quote: 'Netanyahou avait mis en garde contre les électeurs arabes qui, selon lui, se rendaient « en masse » aux urnes' },
    ],
  },
];
const highlighted = highlightedClaims(ClaimMatcher.build(CLAIMS));
const words = (text: string, lang: string) => analyseText(text, lang).words.filter((w) => !w.stop).map((w) => w.surface);

describe('stop words written with a capital inside a sentence', () => {
  it('highlights a Spanish sentence whose "Estado" is the claim’s state', () => {
    const text = 'Netanyahu prometió que no habrá un Estado palestino independiente mientras él sea primer ministro.';
    expect(highlighted(text, 'es')).toEqual(['no-state']);
  });

  it('leaves the verb a stop word, and a capital that starts a sentence', () => {
    expect(words('Twitter ha estado trabajando en ello.', 'es')).not.toContain('estado');
    expect(words('Lo dijo ayer. Estaba en Madrid.', 'es')).not.toContain('Estaba');
  });
});
