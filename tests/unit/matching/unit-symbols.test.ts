/**
 * A unit's symbol after a figure, "400 GB", is a quantity, not a name (unit-symbols.ts), as a story no one
 * here wrote showed (development/l-hospital-cyberattack-en.json): it was the claim's rare name, so a
 * sentence naming the hackers ("Obsidian Lynx says it took 400 gigabytes") was read as somebody else's
 * statement.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { isUnitSymbol } from '@/utils/core/matching/unit-symbols';
import { F } from '@/utils/core/matching/model';

describe('unit symbols after a figure', () => {
  it('are no name, in the language’s own symbols', () => {
    const names = (text: string, lang: string) => analyseText(text, lang).words.filter((w) => w.entity).map((w) => w.surface);
    expect(names('The hackers stole 400 GB of data from NHS Lothian.', 'en')).toEqual(['NHS', 'Lothian']);
    expect(names('Les pirates ont volé 400 Go de données.', 'fr')).toEqual([]);
    expect(names('The GB team won.', 'en')).toEqual(['GB']);
    expect(isUnitSymbol('tb', 'en')).toBe(true);
    expect(isUnitSymbol('nhs', 'en')).toBe(false);
  });

  it('leave a sentence that names who said it no longer read as somebody else’s statement', () => {
    const claims: IndexClaim[] = [
      { id: 'data', statement: { en: 'The hackers claim to have stolen about 400 GB of data, including patient records.' }, versions: [] },
    ];
    const matcher = ClaimMatcher.build(claims);
    const spans = matcher.scoredSpans('The cyber gang behind it, Obsidian Lynx, says it has stolen 400 gigabytes of patient records.', { lang: 'en' });
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.every((s) => s.x[F.attributionConflict] === 0)).toBe(true);
  });
});
