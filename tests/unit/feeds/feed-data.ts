import { readFileSync } from 'node:fs';

/** The real data, read unchanged from ../shared (see its README). */
export const SHARED = '../shared/real-data/claimreview';
/** The files under ../shared these read (tests/shared-data.ts itWithShared). */
export const REAL_FEED_FILES = ['real-data/claimreview/datafeed-excerpt.json', 'real-data/claimreview/feed-sample.json'];

export function realDataFeed(): { dataFeedElement: { item: Record<string, unknown>[] }[] } & Record<string, unknown> {
  return JSON.parse(readFileSync(`${SHARED}/datafeed-excerpt.json`, 'utf8'));
}

export function realClaimReviews(): Record<string, unknown>[] {
  return JSON.parse(readFileSync(`${SHARED}/feed-sample.json`, 'utf8'));
}

/** A DataFeed of the given real ClaimReview items, as an aggregator would publish them. */
export function dataFeedOf(items: Record<string, unknown>[]): string {
  const feed = realDataFeed();
  return JSON.stringify({ ...feed, dataFeedElement: items.map((item) => ({ '@type': 'DataFeedItem', item: [item] })) });
}
