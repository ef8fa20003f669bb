/**
 * Digits written in groups are a count, never a year (figures.ts): "2 000 personnes", "1,900 homes",
 * "2.000 Menschen" had read as the years 2000 and 1900, so that another outlet's "2,500" was no other
 * count (no conflict) and its "1.860" no rounding of it. A value that could be a year still agrees with
 * the same number written as one ("2000 soldats"), since outlets write it either way (otherYearReading).
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '@/utils/core/matching/analyse-text';
import { ClaimMatcher } from '@/utils/core/matching/index';

const figures = (text: string, lang: string) => analyseText(text, lang).figures.map((f) => f.key);

describe('counts written in groups of digits', () => {
  it('are counts, where the same digits written as one stay a year', () => {
    expect(figures('Environ 2 000 personnes ont été évacuées en 2000.', 'fr')).toEqual(['n2000', 'y2000']);
    expect(figures('Nearly 1,900 homes were damaged.', 'en')).toEqual(['n1900']);
    expect(figures('Rund 2.000 Menschen mussten ihre Häuser verlassen.', 'de')).toEqual(['n2000']);
    expect(figures('The war ended in 1945.', 'en')).toEqual(['y1945']);
  });

  it('conflict with another count, and agree with the same number written as a year would be', () => {
    const matcher = ClaimMatcher.build([{ id: 'troops', statement: { en: 'About 2,000 soldiers were sent to the border region of Kursk last week.' }, versions: [] }]);
    const highlights = (text: string) => matcher.scan(text, { lang: 'en' }).filter((m) => m.level === 'highlight');
    const found = (text: string) => highlights(text).map((m) => m.claimId);
    expect(found('Some 2,000 soldiers were sent to the border region of Kursk last week, officials said.')).toEqual(['troops']);
    expect(found('Some 2,500 soldiers were sent to the border region of Kursk last week, officials said.')).toEqual([]);
    // The card names the figure both share, whichever way each wrote it.
    const [asYear] = highlights('Some 2000 soldiers were sent to the border region of Kursk last week, officials said.');
    expect(asYear?.explanation.sharedFigures).toEqual(['2,000']);
  });
});
