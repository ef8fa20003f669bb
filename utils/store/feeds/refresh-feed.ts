import type { RecoupeDb } from '@/utils/store/db';
import type { FeedErrorCode, FeedProgress, FeedRecord } from '@/utils/core/feeds/feed-types';
import { fetchFeed } from '@/utils/store/feeds/fetch-feed';
import { readFeed } from '@/utils/core/feeds/read-feed';
import { nextRefreshAt } from '@/utils/core/feeds/backoff';
import { IMPORT_LIMITS } from '@/utils/core/import/limits';
import { planImport } from '@/utils/store/import/plan-import';
import { applyImport } from '@/utils/store/import/apply-import';
import { keepFeedWritable, releaseFeedClaims } from '@/utils/store/feeds/feed-ownership';

export interface RefreshDeps {
  fetch: typeof fetch;
  now?: () => Date;
  maxBytes?: number;
  idleTimeoutMs?: number;
  onProgress?: (progress: FeedProgress) => void;
}

export type RefreshOutcome =
  | { kind: 'unchanged' }
  | { kind: 'applied'; claims: number; removed: number; leftAlone: number }
  | { kind: 'failed'; code: FeedErrorCode; detail: string }
  | { kind: 'gone' };

/** Feed limits: the import's (100 MiB), and 30 s of silence from the server. */
export const FEED_LIMITS = { maxBytes: IMPORT_LIMITS.maxFileBytes, idleTimeoutMs: 30_000 };

async function recordFailure(db: RecoupeDb, feed: FeedRecord, code: FeedErrorCode, detail: string, at: Date): Promise<RefreshOutcome> {
  const failures = feed.failures + 1;
  // update() does nothing if the feed was unsubscribed meanwhile.
  await db.feeds.update(feed.id, { failures, lastError: { code, detail, date: at.toISOString() }, nextRefresh: nextRefreshAt(at, feed.intervalHours, failures) });
  return { kind: 'failed', code, detail };
}

/**
 * Refreshes one feed: one conditional request; a changed body is parsed, compared and written in ONE
 * transaction with the feed's state and its claim list, or not at all. Any failure leaves the library
 * as it was and records the error in the feed's state. Never throws.
 */
export async function refreshFeed(db: RecoupeDb, feedId: string, deps: RefreshDeps): Promise<RefreshOutcome> {
  const now = deps.now ?? (() => new Date());
  const feed = await db.feeds.get(feedId);
  if (!feed) return { kind: 'gone' };
  const started = now();
  const fetched = await fetchFeed(feed.url, {
    fetch: deps.fetch,
    etag: feed.etag,
    lastModified: feed.lastModified,
    maxBytes: deps.maxBytes ?? FEED_LIMITS.maxBytes,
    idleTimeoutMs: deps.idleTimeoutMs ?? FEED_LIMITS.idleTimeoutMs,
    onBytes: (done, total) => deps.onProgress?.({ phase: 'download', done, total }),
  });
  if (fetched.kind === 'error') return recordFailure(db, feed, fetched.code, fetched.detail, started);
  if (fetched.kind === 'not-modified') {
    await db.feeds.update(feed.id, { failures: 0, lastError: undefined, lastSuccess: started.toISOString(), nextRefresh: nextRefreshAt(started, feed.intervalHours, 0) });
    return { kind: 'unchanged' };
  }
  deps.onProgress?.({ phase: 'read', done: 0, total: 0 });
  const read = readFeed(fetched.bytes, started.toISOString());
  if (!read.ok) return recordFailure(db, feed, read.code, read.detail, started);
  try {
    const { parsed, leftAlone } = await keepFeedWritable(db, read.value);
    const plan = await planImport(db, parsed);
    const incoming = new Set(plan.records.claims.map((c) => c.id));
    let removed = 0;
    let count = 0;
    const result = await applyImport(db, plan, {
      conflictPolicy: 'keep-local',
      onProgress: (done, total) => deps.onProgress?.({ phase: 'apply', done, total }),
      after: async () => {
        const current = await db.feeds.get(feed.id);
        if (!current) throw new Error('the feed was unsubscribed during the refresh');
        const before = (await db.feedItems.where('feedId').equals(feed.id).toArray()).map((i) => i.claimId);
        await db.feedItems.bulkPut([...incoming].map((claimId) => ({ feedId: feed.id, claimId })));
        removed = await releaseFeedClaims(db, feed.id, before.filter((id) => !incoming.has(id)));
        count = await db.feedItems.where('feedId').equals(feed.id).count();
        await db.feeds.put({
          ...current,
          etag: fetched.etag,
          lastModified: fetched.lastModified,
          lastSuccess: started.toISOString(),
          lastChange: started.toISOString(),
          claimCount: count,
          failures: 0,
          lastError: undefined,
          nextRefresh: nextRefreshAt(started, current.intervalHours, 0),
        });
      },
    });
    if (!result.ok) return (await db.feeds.get(feed.id)) ? recordFailure(db, feed, 'write-failed', result.message, started) : { kind: 'gone' };
    return { kind: 'applied', claims: count, removed, leftAlone };
  } catch (e) {
    return recordFailure(db, feed, 'write-failed', e instanceof Error ? e.message : String(e), started);
  }
}
