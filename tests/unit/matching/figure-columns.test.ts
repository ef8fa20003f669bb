import { describe, expect, it } from 'vitest';
import { ClaimMatcher } from '@/utils/core/matching/index';
import type { ClaimIndex } from '@/utils/core/matching/index-types';
import { deserialiseIndex, serialiseIndex } from '@/utils/core/matching/serialise-index';
import { updateIndex } from '@/utils/core/matching/update-index';
import { figureWeight } from '@/utils/core/matching/tuning';
import { trainingLibrary } from './index-fixtures';

/** Every live document's figures as docFeatures reads them from the columns, against the decoded document. */
function figuresAgree(index: ClaimIndex): number {
  let figures = 0;
  for (let d = 0; d < index.docs.length; d++) {
    const doc = index.docs.at(d)!;
    const start = index.docFigureStart[d]!;
    expect(index.docFigureEnd[d]! - start).toBe(doc.figures.length);
    doc.figures.forEach((f, i) => {
      const t = index.figureTerms[start + i]!;
      const term = index.termList[t]!;
      // docFeatures reads the key and its kind from the term, and the figure's weight from termWeight.
      expect(term).toBe('#' + f.key);
      expect(term[1]).toBe(f.kind);
      expect(index.termWeight[t]).toBe(figureWeight(f.key, index.top));
      figures++;
    });
  }
  return figures;
}

describe('documents\' figures read from the index columns', { timeout: 60_000 }, () => {
  it('match the decoded documents (term, kind, weight) when built, loaded and edited', () => {
    const { claims } = trainingLibrary();
    const built = ClaimMatcher.build(claims).claimIndex;
    expect(figuresAgree(built)).toBeGreaterThan(50);
    figuresAgree(deserialiseIndex(serialiseIndex(built)));
    const changed = claims.slice(0, 5).map((c) => ({ ...c, versions: [...c.versions, { id: `${c.id}:x`, outletId: 'x', lang: 'en', quote: 'Police counted 11,000 people on 1 November 2024, up 15% since March.' }] }));
    const edited = updateIndex(built, changed, [claims[6]!.id]);
    expect(figuresAgree(edited)).toBeGreaterThan(50);
    figuresAgree(deserialiseIndex(serialiseIndex(edited)));
  });

  it('give a scan the same matches as a matcher over the loaded index', () => {
    const { claims, cases } = trainingLibrary();
    const built = ClaimMatcher.build(claims);
    const loaded = ClaimMatcher.fromIndex(deserialiseIndex(serialiseIndex(built.claimIndex)));
    const withFigures = cases.filter((c) => /\d/.test(c.text)).slice(0, 80);
    expect(withFigures.length).toBeGreaterThan(20);
    for (const c of withFigures) expect(loaded.scoredSpans(c.text, {}, -Infinity).map((s) => [s.claim, s.logit])).toEqual(built.scoredSpans(c.text, {}, -Infinity).map((s) => [s.claim, s.logit]));
  });
});
