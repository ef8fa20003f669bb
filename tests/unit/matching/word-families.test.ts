/**
 * A word list gives one word of a family, a document may use another: the list has "strand" as
 * French "échouer", the claim says "échouages". A stem of the index that goes on from a translation
 * (as cognates do: a long shared start, a short tail) stands for the word too; another spelling of a
 * translation does not ("Britain", German "Britannien", is not French "britannique").
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { computeTerms } from '@/utils/core/matching/word-terms';

const CLAIMS: IndexClaim[] = [
  { id: 'strandings', statement: { fr: 'Les échouages de baleines se multiplient sur les plages de Nouvelle-Zélande.' }, versions: [] },
  { id: 'treaty', statement: { fr: 'La Couronne britannique a signé le traité en 1840.' }, versions: [] },
];
const matcher = ClaimMatcher.build(CLAIMS);
const highlighted = (text: string, lang: string) => matcher.scan(text, { lang }).filter((m) => m.level === 'highlight').map((m) => m.claimId);
const reached = (stem: string, lang: string) => computeTerms(stem, lang, ['fr'], matcher.claimIndex).map((t) => matcher.claimIndex.termList[t]);

describe('a translation’s word family', () => {
  it('highlights an English sentence whose word the list translates by a shorter word of the claim’s family', () => {
    expect(highlighted('Whale strandings are becoming more frequent on beaches.', 'en')).toEqual(['strandings']);
  });

  it('reaches only stems that go on from a translation, not its other spellings', () => {
    expect(reached('strand', 'en')).toContain('echouag');
    expect(reached('britain', 'en')).not.toContain('britann');
  });
});
