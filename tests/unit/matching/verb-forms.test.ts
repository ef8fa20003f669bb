/**
 * French verb forms reach English, and English verbs reach them, as the infinitive does
 * (scripts/add-verb-forms.ts, from Verbiste's conjugation tables): Snowball's French stemmer keeps
 * "reconnu", "tient" and "tiendra" apart from "reconnaître" and "tenir", the only forms the
 * dictionaries list, so a French claim saying "a reconnu" shared no word with an English sentence
 * saying "recognized". In a library of many claims, where a sentence needs more to be highlighted
 * (HIGHLIGHT_PROBABILITY), that word decides.
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { HIGHLIGHT_PROBABILITY } from '@/utils/core/matching/model';
import { translatedStems } from '@/utils/core/matching/cross-language';

const CLAIMS: IndexClaim[] = [
  { id: 'mistake-fr', statement: { fr: 'Le gouvernement a reconnu son erreur.' }, versions: [] },
  { id: 'plan-en', statement: { en: 'The plan foresees the closure of three coal mines.' }, versions: [] },
  { id: 'council-en', statement: { en: 'The council will hold a referendum on the bridge.' }, versions: [] },
];

describe('French verb forms', () => {
  it('translate as their infinitive does, both ways', () => {
    expect(translatedStems('recogn', 'en', 'fr')).toContain('reconnu');
    expect(translatedStems('hold', 'en', 'fr')).toEqual(expect.arrayContaining(['ten', 'tient', 'tiendr']));
    expect(translatedStems('tiendr', 'fr', 'en')).toContain('hold');
    expect(translatedStems('prevoit', 'fr', 'en')).toContain('forese');
  });

  it('let a sentence in the other language reach the probability of a highlight in a large library', () => {
    const matcher = ClaimMatcher.build(CLAIMS);
    const best = (text: string, lang: string, claimId: string) =>
      Math.max(0, ...matcher.scan(text, { lang }).filter((m) => m.claimId === claimId).map((m) => m.probability));
    expect(best('The government recognized its mistake.', 'en', 'mistake-fr')).toBeGreaterThanOrEqual(HIGHLIGHT_PROBABILITY);
    expect(best('Le plan prévoit la fermeture de trois mines de charbon.', 'fr', 'plan-en')).toBeGreaterThanOrEqual(HIGHLIGHT_PROBABILITY);
    expect(best('Le conseil tiendra un référendum sur le pont.', 'fr', 'council-en')).toBeGreaterThanOrEqual(HIGHLIGHT_PROBABILITY);
  });
});
