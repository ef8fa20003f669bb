/**
 * Outlets round the same figure their own way ("environ 2 350 hectares", "près de 2 400", "quelque
 * 2 300"): a rounded count is the claim's figure, less precise, not a contradiction of it; two counts
 * that differ beyond rounding stay two figures. And a wording's first word, capitalised as every
 * sentence's is, is no name the sentence must share ("Environ 950 sapeurs-pompiers").
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { roundedAlike } from '@/utils/core/matching/rounded-figures';
import { F } from '@/utils/core/matching/model';

const CLAIMS: IndexClaim[] = [
  { id: 'surface', statement: { fr: "L'incendie parti de Cessenon-sur-Orb a parcouru environ 2 350 hectares de garrigue, selon la préfecture de l'Hérault." }, versions: [] },
  { id: 'troops', statement: { fr: "Environ 11 000 soldats nord-coréens s'entraînent dans l'est de la Russie, selon le renseignement ukrainien." }, versions: [] },
  { id: 'firefighters', statement: { fr: "Environ 950 sapeurs-pompiers ont été mobilisés contre l'incendie." }, versions: [] },
  { id: 'homes', statement: { fr: "Trois maisons ont été détruites par les flammes à Cessenon-sur-Orb, selon le maire." }, versions: [] },
];
const matcher = ClaimMatcher.build(CLAIMS);
const found = (text: string) =>
  matcher
    .scan(text, { lang: 'fr' })
    .filter((m) => m.level === 'highlight')
    .map((m) => m.claimId);

describe('figures as outlets round them', () => {
  it('finds a sentence that rounds the claim’s count, not one that gives another count', () => {
    expect(found("Selon la préfecture de l'Hérault, l'incendie parti de Cessenon-sur-Orb a parcouru près de 2 400 hectares de garrigue.")).toEqual(['surface']);
    expect(found("Selon la préfecture de l'Hérault, l'incendie parti de Cessenon-sur-Orb a parcouru quelque 2 300 hectares de garrigue.")).toEqual(['surface']);
    expect(found("Selon la préfecture de l'Hérault, l'incendie parti de Cessenon-sur-Orb a parcouru 1 800 hectares de garrigue.")).toEqual([]);
  });

  it('keeps counts that both round to the same unit apart: 11,000 soldiers are not 12,000, nor 10,000', () => {
    expect(found("Environ 11 000 soldats nord-coréens s'entraînent dans l'est de la Russie, selon le renseignement ukrainien.")).toEqual(['troops']);
    expect(found("Environ 12 000 soldats nord-coréens s'entraînent dans l'est de la Russie, selon le renseignement ukrainien.")).toEqual([]);
    expect(found("Environ 10 000 soldats nord-coréens s'entraînent dans l'est de la Russie, selon le renseignement ukrainien.")).toEqual([]);
    expect(roundedAlike('n2350', new Set(['n2300']))).toBe(true);
    expect(roundedAlike('n3200', new Set(['n3000']))).toBe(true);
    expect(roundedAlike('n950', new Set(['n900']))).toBe(true);
    expect(roundedAlike('n11000', new Set(['n12000']))).toBe(false);
    expect(roundedAlike('n11000', new Set(['n10000']))).toBe(false);
    expect(roundedAlike('n15', new Set(['n14']))).toBe(false);
    expect(roundedAlike('n1200', new Set(['n1000']))).toBe(false);
    expect(roundedAlike('n2350', new Set(['n2300%']))).toBe(false);
  });

  it('takes a wording’s capitalised first word for a word, not for a name the sentence lacks', () => {
    const text = "Près d'un millier de sapeurs-pompiers, 950 exactement selon le Sdis, ont été mobilisés contre l'incendie.";
    const best = matcher.scoredSpans(text, { lang: 'fr' }).find((s) => s.claimId === 'firefighters');
    expect(best?.x[F.namesMissing]).toBe(0);
    expect(best?.x[F.nameSubstituted]).toBe(0);
    expect(found(text)).toEqual(['firefighters']);
  });
});
