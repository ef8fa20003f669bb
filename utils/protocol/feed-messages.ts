import type { FeedProgress, FeedRecord } from '@/utils/core/feeds/feed-types';
import { MESSAGE_LIMITS, type Result } from '@/utils/protocol/messages';

/** A feed as the library shows it: its stored state, and the refresh in progress if any. */
export interface FeedView extends FeedRecord {
  busy: boolean;
  progress?: FeedProgress;
}

/** Feed requests: accepted from Recoupe's own extension pages only, never from a content script. */
export interface FeedApi {
  listFeeds: { request: Record<string, never>; response: { feeds: FeedView[] } };
  subscribeFeed: { request: { url: string }; response: { ok: true; feed: FeedRecord; existed: boolean } | { ok: false; detail: string } };
  refreshFeed: { request: { feedId: string }; response: { started: boolean } };
  unsubscribeFeed: { request: { feedId: string }; response: { removed: number; kept: number } };
}

export type FeedRequest = { [K in keyof FeedApi]: { type: K } & FeedApi[K]['request'] }[keyof FeedApi];

const TYPES = new Set<string>(['listFeeds', 'subscribeFeed', 'refreshFeed', 'unsubscribeFeed']);

export function isFeedMessage(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && TYPES.has(String((raw as { type?: unknown }).type));
}

export function validateFeedRequest(raw: unknown): { ok: true; request: FeedRequest } | { ok: false; error: string } {
  const r = raw as Record<string, unknown>;
  const good = { ok: true as const, request: r as unknown as FeedRequest };
  const bad = (why: string) => ({ ok: false as const, error: `Recoupe refused a message: ${why}.` });
  switch (r.type) {
    case 'listFeeds':
      return good;
    case 'subscribeFeed':
      return typeof r.url === 'string' && r.url.length <= MESSAGE_LIMITS.maxUrlLength ? good : bad('subscribeFeed: bad url');
    case 'refreshFeed':
    case 'unsubscribeFeed':
      return typeof r.feedId === 'string' && r.feedId.length > 0 && r.feedId.length <= MESSAGE_LIMITS.maxIdLength ? good : bad(`${String(r.type)}: bad feedId`);
    default:
      return bad('unknown feed message');
  }
}

export type FeedResult<K extends keyof FeedApi> = Result<FeedApi[K]['response']>;

/**
 * Feed requests make network requests: only Recoupe's own pages (library, popup) may send them.
 * A content script's sender URL is the web page's, so a page can never subscribe or refresh.
 */
export function isExtensionPageSender(senderUrl: string | undefined, extensionBase: string): boolean {
  return typeof senderUrl === 'string' && extensionBase.length > 0 && senderUrl.startsWith(extensionBase);
}
