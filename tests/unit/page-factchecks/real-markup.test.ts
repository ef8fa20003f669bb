import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeWithShared } from '../../shared-data';
import { proposeFactChecks } from '@/utils/core/page-factchecks/propose-factchecks';

const SAMPLE = '../shared/real-data/claimreview/feed-sample.json';

describeWithShared('real ClaimReview markup read as its own page publishes it (../shared/real-data/claimreview)', ['real-data/claimreview/feed-sample.json'], () => {
  it('proposes each review with a claim on its own page, and none of them on another site’s page', () => {
    const reviews = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Record<string, unknown>[];
    let proposed = 0;
    let expected = 0;
    for (const review of reviews) {
      const url = typeof review.url === 'string' ? review.url : '';
      if (!/^https?:\/\//.test(url)) continue;
      const hasClaim = [review.claimReviewed].flat().some((c) => typeof c === 'string' && c.trim() !== '');
      if (hasClaim) expected++;
      const own = proposeFactChecks(url, [JSON.stringify({ '@context': 'https://schema.org', '@graph': [review] })], [], '2026-11-30T00:00:00.000Z');
      proposed += own.proposals.length;
      expect(own.proposals.length).toBe(hasClaim ? 1 : 0);
      if (hasClaim) expect(own.proposals[0]!.statement.length).toBeGreaterThan(0);
      const elsewhere = proposeFactChecks('https://unrelated.example/page', [JSON.stringify(review)], [], '2026-11-30T00:00:00.000Z');
      expect(elsewhere.proposals).toEqual([]);
    }
    console.log(`real reviews proposed on their own page: ${proposed}/${expected}`);
    expect(expected).toBeGreaterThan(70);
  });
});
