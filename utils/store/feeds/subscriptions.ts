import type { RecoupeDb } from '@/utils/store/db';
import type { FeedRecord } from '@/utils/core/feeds/feed-types';
import { checkFeedUrl, feedIdFor } from '@/utils/core/feeds/feed-url';
import { isDue } from '@/utils/core/feeds/backoff';
import { releaseFeedClaims } from '@/utils/store/feeds/feed-ownership';

export type SubscribeResult = { ok: true; feed: FeedRecord; existed: boolean } | { ok: false; detail: string };

/** Adds a subscription (due at once); subscribing again to the same address returns the existing one. */
export async function subscribeFeed(db: RecoupeDb, input: string, now: Date = new Date()): Promise<SubscribeResult> {
  const checked = checkFeedUrl(input);
  if (!checked.ok) return checked;
  const existing = await db.feeds.where('url').equals(checked.url).first();
  if (existing) return { ok: true, feed: existing, existed: true };
  const feed: FeedRecord = {
    id: feedIdFor(checked.url),
    url: checked.url,
    origin: checked.origin,
    addedAt: now.toISOString(),
    claimCount: 0,
    failures: 0,
    nextRefresh: now.toISOString(),
    intervalHours: 24,
  };
  await db.feeds.put(feed);
  return { ok: true, feed, existed: false };
}

/**
 * Ends a subscription in one transaction: the feed's claims that no other feed holds and that the user
 * has not edited or annotated are removed; the others stay, as the user's own.
 */
export async function unsubscribeFeed(db: RecoupeDb, feedId: string): Promise<{ removed: number; kept: number }> {
  return db.transaction('rw', db.tables, async () => {
    const ids = (await db.feedItems.where('feedId').equals(feedId).toArray()).map((i) => i.claimId);
    const removed = await releaseFeedClaims(db, feedId, ids);
    await db.feeds.delete(feedId);
    return { removed, kept: ids.length - removed };
  });
}

export function listFeeds(db: RecoupeDb): Promise<FeedRecord[]> {
  return db.feeds.orderBy('url').toArray();
}

export async function dueFeeds(db: RecoupeDb, now: Date = new Date()): Promise<FeedRecord[]> {
  return (await listFeeds(db)).filter((f) => isDue(f.nextRefresh, now));
}

/** Origins (as permission patterns) that some other feed still uses: their permission is kept. */
export async function originStillUsed(db: RecoupeDb, origin: string): Promise<boolean> {
  return (await listFeeds(db)).some((f) => f.origin === origin);
}
