/**
 * One shared count does not make a sentence state a claim whose other counts it gives otherwise: "by
 * 280 votes to 95" is another vote than "by 312 votes to 95, with 14 abstentions", while a sentence
 * that gives fewer of the claim's counts, and no other, still states it.
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { highlightedClaims } from './highlighted-claims';

const CLAIMS: IndexClaim[] = [
  { id: 'pension', statement: { en: 'Parliament approved the pension reform by 312 votes to 95, with 14 abstentions, on Tuesday.' }, versions: [] },
  { id: 'study', statement: { fr: "L'étude a suivi 4 200 patients pendant 18 mois et 12 d'entre eux ont eu des effets graves." }, versions: [] },
];
const matcher = ClaimMatcher.build(CLAIMS);
const highlighted = highlightedClaims(matcher);

describe('counts that mostly differ', () => {
  it('does not highlight another vote that shares one count with the claim', () => {
    expect(highlighted('Parliament approved the pension reform by 280 votes to 95 on Tuesday after a long debate.', 'en')).toEqual([]);
  });

  it('does not highlight another study that shares one count with the claim', () => {
    expect(highlighted("L'étude a suivi 900 patients pendant 18 mois et 3 d'entre eux ont eu des effets graves.", 'fr')).toEqual([]);
  });

  it('still highlights a sentence that gives some of the claim’s counts and no other', () => {
    expect(highlighted('Parliament approved the pension reform by 312 votes to 95 on Tuesday.', 'en')).toEqual(['pension']);
    expect(highlighted("L'étude a suivi 4 200 patients pendant 18 mois.", 'fr')).toEqual(['study']);
  });
});
