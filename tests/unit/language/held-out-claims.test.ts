import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '@/utils/core/language/detect-language';

interface HeldOutClaim {
  text: string;
  language: string;
  factChecker: string;
  source: string;
}

function measure(file: string): number {
  const claims = JSON.parse(readFileSync(`tests/fixtures/verdicts/${file}`, 'utf8')) as HeldOutClaim[];
  const wrong = claims.filter((c) => detectLanguage(c.text) !== c.language);
  const right = claims.length - wrong.length;
  console.log(`${file}: ${right}/${claims.length} (${((right / claims.length) * 100).toFixed(1)}%) right; wrong:\n  ${wrong.map((c) => `${c.language} -> ${detectLanguage(c.text)}: ${c.text.slice(0, 70)}`).join('\n  ')}`);
  return right / claims.length;
}

describe('statement language on claims of other fact-checkers (tests/fixtures/verdicts)', () => {
  it('finds the language each fact-checker published the claim in (claim-languages.json, looked at while improving)', () => {
    expect(measure('claim-languages.json')).toBeGreaterThanOrEqual(0.9);
  });

  it('finds it on claims collected after the detector was frozen (sealed-claims.json, never tuned on)', () => {
    expect(measure('sealed-claims.json')).toBeGreaterThanOrEqual(0.85);
  });
});
