import type { FeedProgress, FeedRecord } from '@/utils/core/feeds/feed-types';
import { MESSAGE_LIMITS as L } from '@/utils/protocol/messages';
import { message, noFields, type ApiOf, type RequestOf } from '@/utils/protocol/define';
import { checkId, isText } from '@/utils/protocol/checks';

/** A feed as the library shows it: its stored state, and the refresh in progress if any. */
export interface FeedView extends FeedRecord {
  busy: boolean;
  progress?: FeedProgress;
}

const feedId = (r: Record<string, unknown>) => (checkId(r.feedId) ? 'bad feedId' : undefined);

/**
 * Feed requests make network requests: only Recoupe's own pages (library, popup) may send them.
 * A content script's sender URL is the web page's, so a page can never subscribe or refresh.
 */
export const FEED_MESSAGES = {
  listFeeds: message<Record<string, never>, { feeds: FeedView[] }>('extension', noFields),
  subscribeFeed: message<{ url: string }, { ok: true; feed: FeedRecord; existed: boolean } | { ok: false; detail: string }>('extension', (r) =>
    isText(r.url, L.maxUrlLength) ? undefined : 'bad url',
  ),
  refreshFeed: message<{ feedId: string }, { started: boolean }>('extension', feedId),
  unsubscribeFeed: message<{ feedId: string }, { removed: number; kept: number }>('extension', feedId),
};

export type FeedApi = ApiOf<typeof FEED_MESSAGES>;
export type FeedRequest = RequestOf<FeedApi>;

/** Whether a message comes from one of Recoupe's own pages: a content script's sender URL is the web page's. */
export function isExtensionPageSender(senderUrl: string | undefined, extensionBase: string): boolean {
  return typeof senderUrl === 'string' && extensionBase.length > 0 && senderUrl.startsWith(extensionBase);
}
