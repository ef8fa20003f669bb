import { afterEach, describe, expect, it } from 'vitest';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { LogitBound } from '@/utils/core/matching/logit-bound';
import { trainingLibrary } from './index-fixtures';

/**
 * The bound asked from a document's reach alone (ScoreCeiling, before docFeatures' full pass) must be
 * at least the early bound asked after that pass, for every document that reaches both: a document it
 * turns away is then one the early bound turns away. Checked on every candidate document of the
 * training library's cases, with the reach's bound made to keep every document.
 */
describe('LogitBound.mayMatterBelow with a ScoreCeiling', { timeout: 120_000 }, () => {
  const below = LogitBound.prototype.mayMatterBelow;
  const early = LogitBound.prototype.mayMatterEarly;
  afterEach(() => {
    LogitBound.prototype.mayMatterBelow = below;
    LogitBound.prototype.mayMatterEarly = early;
  });

  it('is never under the early bound of the same document', () => {
    const { claims, cases } = trainingLibrary();
    const m = ClaimMatcher.build(claims);
    let pending = NaN;
    let pairs = 0;
    let wouldTurnAway = 0;
    let under = 0;
    LogitBound.prototype.mayMatterBelow = function (this: LogitBound, scoreMost: number) {
      // mostEarly's sum for a vector whose score is scoreMost.
      pending = scoreMost;
      if (!below.call(this, scoreMost)) wouldTurnAway++;
      return true;
    };
    LogitBound.prototype.mayMatterEarly = function (this: LogitBound, x: Float64Array) {
      expect(Number.isNaN(pending)).toBe(false);
      if ((this as unknown as { model: { score(x: Float64Array): number } }).model.score(x) > pending) under++;
      pairs++;
      pending = NaN;
      return early.call(this, x);
    };
    for (const c of cases) m.scoredSpans(c.text, { lang: c.lang }, m.model.possibleLogit);
    expect(under).toBe(0);
    expect(pairs).toBeGreaterThan(1000);
    // With the shipped model, the ceiling does turn documents away.
    expect(wouldTurnAway).toBeGreaterThan(pairs / 4);
  });

  it('turns away no document whose spans a scan would report', () => {
    const { claims, cases } = trainingLibrary();
    const m = ClaimMatcher.build(claims);
    const key = (s: { claimId: string; start: number; end: number; doc: number; explainDoc: number; logit: number }) => `${s.claimId} ${s.start}-${s.end} ${s.doc} ${s.explainDoc} ${s.logit}`;
    const withCeiling = cases.map((c) => m.scoredSpans(c.text, { lang: c.lang }, m.model.possibleLogit).map(key));
    LogitBound.prototype.mayMatterBelow = () => true;
    const without = cases.map((c) => m.scoredSpans(c.text, { lang: c.lang }, m.model.possibleLogit).map(key));
    expect(withCeiling).toEqual(without);
    expect(withCeiling.flat().length).toBeGreaterThan(20);
  });
});
