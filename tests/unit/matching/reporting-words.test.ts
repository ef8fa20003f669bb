/**
 * Words that attribute a statement ("said", "according to", "selon", "sagte") are not content the
 * claim and a sentence share (scripts/lib/reporting-words.ts): a claim's "officials said" and a
 * page's "its owner said" say nothing of the same thing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { languageTools } from '@/utils/core/matching/languages';
import { claimsFromCaseFile, type CaseFile } from '@/scripts/lib/evaluate-cases';

/** The claims of a training story (the dress of 6,000 Akoya pearls, tests/fixtures/matching/train/lupita-dress.json). */
const file = JSON.parse(readFileSync('tests/fixtures/matching/train/lupita-dress.json', 'utf8')) as CaseFile;
const matcher = ClaimMatcher.build(claimsFromCaseFile(file));
const highlighted = (text: string, source: string) =>
  matcher.scan(text, { lang: 'en', excludeOutletIds: [source] }).filter((m) => m.level === 'highlight').map((m) => m.claimId);

describe('reporting words', () => {
  it('does not highlight a pearl farm’s "6,000 Akoya pearls a year, its owner said" as the dress of 6,000 Akoya pearls', () => {
    expect(highlighted('The pearl farm in Japan produces about 6,000 Akoya pearls a year, its owner said.', 'gazette-d')).toEqual([]);
  });

  it('still highlights a sentence that states the dress’s pearls and value', () => {
    expect(highlighted('Covered in 6,000 Akoya pearls, the Calvin Klein creation is worth an estimated $150,000.', 'gazette-d')).toEqual(['lupita-dress-value']);
  });

  it('are stop words in English, French, German and Spanish, and what is said is not', () => {
    expect(['said', 'says', 'told', 'according'].every(languageTools('en').isStopWord)).toBe(true);
    expect(['selon', 'declare', 'affirme'].every(languageTools('fr').isStopWord)).toBe(true);
    expect(['sagte', 'laut'].every(languageTools('de').isStopWord)).toBe(true);
    expect(['dijo', 'segun'].every(languageTools('es').isStopWord)).toBe(true);
    expect(['pearls', 'dress', 'sanctions'].filter(languageTools('en').isStopWord)).toEqual([]);
  });
});
