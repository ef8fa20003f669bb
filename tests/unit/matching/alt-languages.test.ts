/**
 * A word translated for one language of the library stands only for that language's documents
 * (alt-languages.ts): the index keeps one term per stem string, and another language may spell the
 * same stem. Czech "kolem" (around) reaches French "environ" through English "about", and "environ"
 * is also the English stem of "Environmental".
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { computeTermsWithLanguages } from '@/utils/core/matching/word-terms';
import { ALL_LANGUAGES, targetBits } from '@/utils/core/matching/alt-languages';
import { languageTools } from '@/utils/core/matching/languages';

const matcher = ClaimMatcher.build([
  { id: 'epa', statement: { en: 'The Environmental Protection Agency awarded $100 million to Flint, Michigan, at the behest of President Trump.' }, versions: [] },
  { id: 'troops', statement: { fr: 'Environ 11 000 soldats nord-coréens se trouvent en Russie.' }, versions: [] },
]);
const index = matcher.claimIndex;
const PRICE = 'Ještě před pár měsíci se většina odborníků pozastavovala nad údajnou cenovkou kolem 100 milionů liber.';

describe('a translated word counts for the documents of the language it was translated into', () => {
  it('gives French "environ" for Czech "kolem" as a French word only', () => {
    const { ids, langs } = computeTermsWithLanguages(languageTools('cs').stem('kolem'), 'cs', ['en', 'fr'], index);
    const k = ids.indexOf(index.termIds.get('environ')!);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(langs[k]).toBe(targetBits(index, 'fr'));
    expect(langs[k]! & targetBits(index, 'en')).toBe(0);
    expect(targetBits(index, 'ja')).toBe(ALL_LANGUAGES);
  });

  it('does not read a Czech sentence about a price as sharing "Environmental" with an English claim', () => {
    const spans = matcher.scoredSpans(PRICE, { lang: 'cs' }, -Infinity).filter((s) => s.claimId === 'epa');
    expect(spans.length).toBeGreaterThan(0);
    const [best] = matcher.explain(spans.sort((a, b) => b.logit - a.logit));
    expect(best!.explanation.sharedEntities).toEqual([]);
    expect(best!.probability).toBeLessThan(0.1);
  });

  it('still finds Czech sentences stating the English claim and the French one', () => {
    const found = (text: string) => matcher.scan(text, { lang: 'cs' }).filter((m) => m.level === 'highlight').map((m) => m.claimId);
    expect(found('Agentura pro ochranu životního prostředí na žádost prezidenta Trumpa poskytla Flintu ve státě Michigan 100 milionů dolarů.')).toEqual(['epa']);
    expect(found('Zhruba 11 000 severokorejských vojáků je v Rusku.')).toEqual(['troops']);
  });
});
