import { describe, expect, it } from 'vitest';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { LogitBound } from '@/utils/core/matching/logit-bound';
import { F, FEATURE_COUNT, SHIPPED_MODEL } from '@/utils/core/matching/model';
import { trainingLibrary } from './index-fixtures';
import { prng } from '@/scripts/lib/prng';

describe('LogitBound', { timeout: 60_000 }, () => {
  const model = SHIPPED_MODEL;
  const unset = [F.sentenceCoverage, F.logSentenceCoverage, F.denialMismatch, F.countrySubstituted];
  const core = [F.coreWordMissing, F.coreNameMissing, F.coreNameReplaced];

  it('never turns away a document that, however its sentence, denial, country and core features come out, would reach a possible match or a highlight', () => {
    const rand = prng(7);
    const bound = new LogitBound(model, model.possibleLogit);
    let turnedAway = 0;
    for (let n = 0; n < 5000; n++) {
      const x = new Float64Array(FEATURE_COUNT);
      for (let i = 0; i < FEATURE_COUNT; i++) x[i] = rand() < 0.5 ? 0 : rand() * 2 - 0.5;
      x[F.bias] = 1;
      for (const i of [...unset, ...core]) x[i] = 0;
      if (bound.mayMatter(x)) continue;
      turnedAway++;
      for (let trial = 0; trial < 20; trial++) {
        const full = Float64Array.from(x);
        full[F.sentenceCoverage] = rand();
        full[F.logSentenceCoverage] = Math.log(Math.max(full[F.sentenceCoverage]!, 0.01));
        full[F.countrySubstituted] = rand() < 0.5 ? 1 : 0;
        full[F.denialMismatch] = rand() < 0.5 ? 1 : 0;
        expect(model.score(full)).toBeLessThan(model.possibleLogit);
        for (const i of core) full[i] = rand() < 0.5 ? 1 : 0;
        expect(model.score(full)).toBeLessThan(model.possibleLogit);
      }
    }
    expect(turnedAway).toBeGreaterThan(100);
  });

  it('a scan reports what scoring every candidate document in full reports', () => {
    const { claims, cases } = trainingLibrary();
    const m = ClaimMatcher.build(claims);
    const key = (s: { claimId: string; start: number; end: number; doc: number; explainDoc: number; logit: number }) => `${s.claimId} ${s.start}-${s.end} ${s.doc} ${s.explainDoc} ${s.logit}`;
    let spans = 0;
    for (const c of cases) {
      const bounded = m.scoredSpans(c.text, { lang: c.lang }, m.model.possibleLogit).map(key);
      // With no floor there is no bound: every document is scored.
      const full = m.scoredSpans(c.text, { lang: c.lang }).filter((s) => s.logit >= m.model.possibleLogit).map(key);
      expect(bounded).toEqual(full);
      spans += bounded.length;
    }
    expect(spans).toBeGreaterThan(20);
  });
});
