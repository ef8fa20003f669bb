/**
 * "être" and "avoir" say nothing a sentence and a claim share: Snowball's French, Italian and
 * Portuguese stop lists keep every conjugated form of the auxiliaries but not their infinitives
 * (scripts/lib/auxiliary-infinitives.ts), and the card listed "être" among the words in common.
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { languageTools } from '@/utils/core/matching/languages';
import { Model, SHIPPED_MODEL } from '@/utils/core/matching/model';

// A model that reports every candidate, so the explanation is read whatever the thresholds.
const everything = new Model({ ...SHIPPED_MODEL.file, bySize: undefined, highlightProbability: 0.5, possibleProbability: 1e-6 });

describe('the auxiliaries’ infinitives', () => {
  it('are not listed among the words a French sentence shares with its claim', () => {
    const claims: IndexClaim[] = [{ id: 'sent', statement: { fr: 'Environ 1 500 soldats auraient été envoyés en Russie pour y être formés avant d’être déployés en Ukraine.' }, versions: [] }];
    const [m] = ClaimMatcher.build(claims, { model: everything }).scan('Quelque 1 500 soldats ont été envoyés en Russie pour être formés, avant d’être déployés en Ukraine.', { lang: 'fr' });
    expect(m!.explanation.sharedTerms).toEqual(expect.arrayContaining(['soldats', 'envoyés']));
    expect(m!.explanation.sharedTerms).not.toContain('être');
  });

  it('are stop words in French, Italian and Portuguese, as in English and German', () => {
    expect(['etre', 'avoir'].every(languageTools('fr').isStopWord)).toBe(true);
    expect(['essere', 'avere'].every(languageTools('it').isStopWord)).toBe(true);
    expect(['ser', 'estar', 'ter'].every(languageTools('pt').isStopWord)).toBe(true);
    expect(['be', 'have'].every(languageTools('en').isStopWord)).toBe(true);
    expect(['formes', 'soldats'].filter(languageTools('fr').isStopWord)).toEqual([]);
  });
});
