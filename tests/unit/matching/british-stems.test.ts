/**
 * The English stemmer reads a British spelling as the American one (SCOWL's British-only words,
 * utils/core/language/british-spellings.json, read by the stemmer script language-assets.ts builds):
 * Porter2 keeps "organisation" ("organis") apart from "organization" ("organ") and "colour" from
 * "color", so a claim written in Britain shared fewer words with an American page saying the same.
 * Words both countries spell alike keep their stems ("advertise" and "advertisement").
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { languageTools } from '@/utils/core/matching/languages';
import { HIGHLIGHT_PROBABILITY } from '@/utils/core/matching/model';

const CLAIMS: IndexClaim[] = [
  { id: 'colour-uk', statement: { en: 'The organisers criticised the colour of the new neighbourhood centre.' }, versions: [] },
];

describe('British spellings in English', () => {
  it('stem as the American spelling does', () => {
    const { stem } = languageTools('en');
    expect(stem('organisation')).toBe(stem('organization'));
    expect(stem('colours')).toBe(stem('colors'));
    expect(stem('centre')).toBe(stem('center'));
    expect(stem('advertise')).toBe(stem('advertisement'));
  });

  it('let an American sentence reach the probability of a highlight for a British claim', () => {
    const matcher = ClaimMatcher.build(CLAIMS);
    const best = Math.max(0, ...matcher.scan('The organizers criticized the color of the new neighborhood center.', { lang: 'en' }).map((m) => m.probability));
    expect(best).toBeGreaterThanOrEqual(HIGHLIGHT_PROBABILITY);
  });
});
