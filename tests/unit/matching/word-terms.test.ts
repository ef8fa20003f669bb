import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { computeTerms, lookupsOf, termIdOf } from '@/utils/core/matching/word-terms';

const otherLanguageTerms = (lang: string, to: ('fr' | 'es')[], index: Parameters<typeof lookupsOf>[2]) => lookupsOf(lang, to, index).alt;

const CLAIMS: IndexClaim[] = [
  { id: 'troops-fr', statement: { fr: "Environ 11 000 soldats nord-coréens s'entraînent dans l'est de la Russie, selon le renseignement militaire ukrainien." }, versions: [] },
  { id: 'minister-es', statement: { es: 'El ministro palestino de independencia dijo que la economía creció.' }, versions: [] },
  { id: 'drones-en', statement: { en: 'Iran delivered hundreds of Shahed drones to Russia since the summer.' }, versions: [] },
];

describe('a word in the index\'s other languages, looked up once', () => {
  const index = ClaimMatcher.build(CLAIMS).claimIndex;
  const words = analyseText('Ukrainian military intelligence says 11,000 North Korean soldiers train in Russia; the Palestinian minister spoke of independence and the economy.', 'en').words.map((w) => w.stem);

  it('gives the translations and cognates that looking them up each time gives, on every call', () => {
    let found = 0;
    for (let pass = 0; pass < 3; pass++) {
      for (const stem of words) {
        const expected = computeTerms(stem, 'en', ['fr', 'es'], index);
        expect([...otherLanguageTerms('en', ['fr', 'es'], index)(stem)]).toEqual(expected);
        found += expected.length;
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('keeps each pair of languages and each index apart', () => {
    const other = ClaimMatcher.build(CLAIMS.slice(0, 1)).claimIndex;
    for (const stem of words) {
      expect([...otherLanguageTerms('en', ['fr'], index)(stem)]).toEqual(computeTerms(stem, 'en', ['fr'], index));
      expect([...otherLanguageTerms('en', ['fr'], other)(stem)]).toEqual(computeTerms(stem, 'en', ['fr'], other));
      expect([...otherLanguageTerms('en', [], index)(stem)]).toEqual([]);
    }
  });

  it('gives each term the id the index has, or -1, through its memo of recent terms', () => {
    const other = ClaimMatcher.build(CLAIMS.slice(1)).claimIndex;
    const unknown = Array.from({ length: 10_000 }, (_, i) => `unknown${i}`);
    // Every term twice, with enough unknown ones in between to turn the memo's generations over.
    const wrong: string[] = [];
    for (let pass = 0; pass < 2; pass++) {
      for (const ix of [index, other]) {
        for (const term of [...ix.termList, ...index.termList, ...unknown, ...words]) {
          if (termIdOf(ix)(term) !== (ix.termIds.get(term) ?? -1)) wrong.push(term);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(termIdOf(index)(index.termList[0]!)).toBe(0);
  });
});
