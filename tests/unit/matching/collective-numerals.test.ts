/**
 * Collective numerals, "about so many", read as their round number where the amount is a hundred or more
 * (scripts/lib/cue-words.ts COLLECTIVES, figures.ts collectiveAt): "un millier de soldats" agrees with
 * "1 000 soldats", "une quarantaine de millions d'euros" with "40 millions d'euros". Below a hundred
 * ("une trentaine de navires", another outlet's 27) and in their other senses ("mise en quarantaine") they
 * are no figure.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { ClaimMatcher } from '@/utils/core/matching/index';

const figures = (text: string, lang: string) => analyseText(text, lang).figures.map((f) => f.key);

describe('collective numerals', () => {
  it('read as their round number after an article, alone from a hundred, with a scale word below', () => {
    expect(figures('Un millier de soldats ont été déployés.', 'fr')).toEqual(['n1000']);
    expect(figures('Environ 950 pompiers (près d’un millier) sont mobilisés.', 'fr')).toEqual(['n950', 'n1000']);
    expect(figures('Les pertes atteignent une quarantaine de millions d’euros.', 'fr')).toEqual(['n40000000']);
    expect(figures('Une dizaine de milliers de manifestants ont défilé.', 'fr')).toEqual(['n10000']);
    expect(figures('Un centinaio di persone sono state evacuate.', 'it')).toEqual(['n100']);
    expect(figures('Un centenar de vecinos fueron evacuados.', 'es')).toEqual(['n100']);
    expect(figures('Um milhar de soldados chegou.', 'pt')).toEqual(['n1000']);
  });

  it('are no figure below a hundred, nor in their other senses', () => {
    expect(figures('Près d’une trentaine de navires attendent.', 'fr')).toEqual([]);
    expect(figures('Le navire a été mis en quarantaine.', 'fr')).toEqual([]);
    expect(figures('Une quarantaine de jours plus tard.', 'fr')).toEqual([]);
    expect(figures('La cuarentena terminó.', 'es')).toEqual([]);
  });

  it('let a sentence in round words agree with the claim in digits, and not with another amount', () => {
    const matcher = ClaimMatcher.build([{ id: 'losses', statement: { fr: 'La chambre de commerce évalue à 40 millions d’euros les pertes des exportateurs depuis le début du blocage du port.' }, versions: [] }]);
    const found = (text: string) => matcher.scan(text, { lang: 'fr' }).filter((m) => m.level === 'highlight').map((m) => m.claimId);
    expect(found('La chambre de commerce chiffre à une quarantaine de millions d’euros les pertes des exportateurs depuis le début du blocage du port.')).toEqual(['losses']);
    expect(found('La chambre de commerce chiffre à une vingtaine de millions d’euros les pertes des exportateurs depuis le début du blocage du port.')).toEqual([]);
  });
});
