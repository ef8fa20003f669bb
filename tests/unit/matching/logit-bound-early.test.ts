import { afterEach, describe, expect, it } from 'vitest';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { LogitBound } from '@/utils/core/matching/logit-bound';
import { FEATURE_COUNT, SHIPPED_MODEL } from '@/utils/core/matching/model';
import { trainingLibrary } from './index-fixtures';

/**
 * The early bound (asked before the document object is read) must be at least the later one for
 * every document that reaches both, so that a document it turns away is one the later bound turns
 * away. Checked on every candidate document of the training library's cases, with the early
 * bound made to keep every document so that the later one is asked too.
 */
describe('LogitBound.mayMatterEarly', { timeout: 120_000 }, () => {
  const early = LogitBound.prototype.mayMatterEarly;
  const later = LogitBound.prototype.mayMatter;
  afterEach(() => {
    LogitBound.prototype.mayMatterEarly = early;
    LogitBound.prototype.mayMatter = later;
  });

  it('is never under the bound asked after the document, the claim names and the directions are read', () => {
    const { claims, cases } = trainingLibrary();
    const m = ClaimMatcher.build(claims);
    let pending = NaN;
    let pairs = 0;
    let wouldTurnAway = 0;
    let below = 0;
    LogitBound.prototype.mayMatterEarly = function (this: LogitBound, x: Float64Array) {
      pending = this.mostEarly(x);
      if (!early.call(this, x)) wouldTurnAway++;
      return true;
    };
    LogitBound.prototype.mayMatter = function (this: LogitBound, x: Float64Array) {
      expect(Number.isNaN(pending)).toBe(false);
      if (this.most(x) > pending) below++;
      pairs++;
      pending = NaN;
      return later.call(this, x);
    };
    for (const c of cases) m.scoredSpans(c.text, { lang: c.lang }, m.model.possibleLogit);
    expect(below).toBe(0);
    expect(pairs).toBeGreaterThan(1000);
    // With the shipped model, every feature is accounted for and the early bound does turn documents away.
    expect(wouldTurnAway).toBeGreaterThan(pairs / 4);
  });

  it('knows where every feature the shipped model weighs is set (a new feature goes in EARLY or LATE of logit-bound.ts, else the early bound is off)', () => {
    const x = new Float64Array(FEATURE_COUNT);
    expect(new LogitBound(SHIPPED_MODEL, SHIPPED_MODEL.possibleLogit).mostEarly(x)).toBeLessThan(Infinity);
  });

  it('turns away no document whose spans a scan would report', () => {
    const { claims, cases } = trainingLibrary();
    const m = ClaimMatcher.build(claims);
    const key = (s: { claimId: string; start: number; end: number; doc: number; explainDoc: number; logit: number }) => `${s.claimId} ${s.start}-${s.end} ${s.doc} ${s.explainDoc} ${s.logit}`;
    const withEarly = cases.map((c) => m.scoredSpans(c.text, { lang: c.lang }, m.model.possibleLogit).map(key));
    LogitBound.prototype.mayMatterEarly = () => true;
    const without = cases.map((c) => m.scoredSpans(c.text, { lang: c.lang }, m.model.possibleLogit).map(key));
    expect(withEarly).toEqual(without);
    expect(withEarly.flat().length).toBeGreaterThan(20);
  });
});
