import type { RecoupeDb } from '@/utils/store/db';
import type { FeedProgress, FeedRecord } from '@/utils/core/feeds/feed-types';
import type { FeedApi } from '@/utils/protocol/feed-messages';
import type { HandlerMap } from '@/utils/protocol/define';
import { refreshFeed, type RefreshOutcome } from '@/utils/store/feeds/refresh-feed';
import { dueFeeds, listFeeds, subscribeFeed, unsubscribeFeed } from '@/utils/store/feeds/subscriptions';

export const FEED_ALARM = 'recoupe-feeds';

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** How often the alarm looks for feeds that are due (each feed has its own schedule and backoff). */
export const FEED_ALARM_MINUTES = 30;

/**
 * Runs feed refreshes in the background: one at a time per feed, scheduled ones one after another.
 * Progress lives in memory (writing it to the database would wait behind the refresh's own transaction).
 */
export function createFeedService(db: RecoupeDb, fetchImpl: typeof fetch, onChanged: () => void) {
  const running = new Map<string, Promise<RefreshOutcome>>();
  const progress = new Map<string, FeedProgress>();
  let lastList: FeedRecord[] | undefined;

  const refresh = (feedId: string): Promise<RefreshOutcome> => {
    const current = running.get(feedId);
    if (current) return current;
    const job = refreshFeed(db, feedId, { fetch: fetchImpl, onProgress: (p) => progress.set(feedId, p) }).finally(() => {
      running.delete(feedId);
      progress.delete(feedId);
      onChanged();
    });
    running.set(feedId, job);
    return job;
  };

  const refreshDue = async () => {
    for (const feed of await dueFeeds(db)) await refresh(feed.id);
  };

  const handlers: HandlerMap<FeedApi> = {
    listFeeds: async () => {
      // A refresh's transaction holds every table while it writes: answer from the last list meanwhile.
      const read = listFeeds(db).then((list) => (lastList = list));
      const list = running.size === 0 || lastList === undefined ? await read : await Promise.race([read, delay(300).then(() => lastList!)]);
      return { feeds: list.map((f) => ({ ...f, busy: running.has(f.id), progress: progress.get(f.id) })) };
    },
    subscribeFeed: async (req) => {
      const result = await subscribeFeed(db, req.url);
      if (result.ok) {
        lastList = [...(lastList ?? []).filter((f) => f.id !== result.feed.id), result.feed].sort((a, b) => a.url.localeCompare(b.url));
        void refresh(result.feed.id);
      }
      return result;
    },
    refreshFeed: async (req) => {
      const started = !running.has(req.feedId);
      void refresh(req.feedId);
      return { started };
    },
    unsubscribeFeed: async (req) => {
      // A refresh under way finishes (or fails) first: its transaction checks the feed still exists.
      await running.get(req.feedId)?.catch(() => undefined);
      const result = await unsubscribeFeed(db, req.feedId);
      lastList = lastList?.filter((f) => f.id !== req.feedId);
      onChanged();
      return result;
    },
  };
  return { handlers, refresh, refreshDue };
}
