import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '@/utils/core/language/detect-language';

interface HeldOutClaim {
  text: string;
  language: string;
  factChecker: string;
  source: string;
}

describe('statement language on claims of other fact-checkers (tests/fixtures/verdicts/claim-languages.json)', () => {
  it('finds the language each fact-checker published the claim in', () => {
    const claims = JSON.parse(readFileSync('tests/fixtures/verdicts/claim-languages.json', 'utf8')) as HeldOutClaim[];
    const wrong = claims.filter((c) => detectLanguage(c.text) !== c.language);
    const right = claims.length - wrong.length;
    console.log(`claim-languages.json: ${right}/${claims.length} (${((right / claims.length) * 100).toFixed(1)}%) right; wrong:\n  ${wrong.map((c) => `${c.language} -> ${detectLanguage(c.text)}: ${c.text.slice(0, 70)}`).join('\n  ')}`);
    expect(right / claims.length).toBeGreaterThanOrEqual(0.85);
  });
});
