/** Why a feed's last refresh failed; the library words each code in the reader's language. */
export type FeedErrorCode =
  | 'bad-url'
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'redirected'
  | 'too-large'
  | 'truncated'
  | 'not-a-feed'
  | 'write-failed';

export interface FeedError {
  code: FeedErrorCode;
  /** The precise reason, in English (parser messages are English), shown after the summary. */
  detail: string;
  /** ISO 8601 date-time of the failed attempt. */
  date: string;
}

/** A subscription, as stored in the `feeds` table. */
export interface FeedRecord {
  /** `feed-<hash of the URL>`. */
  id: string;
  url: string;
  /** The feed's origin, the only one Recoupe asks a host permission for. */
  origin: string;
  addedAt: string;
  /** Validators of the last good answer, sent back as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  /** Last time the feed answered usefully (new content or 304). */
  lastSuccess?: string;
  /** Last time its content changed the library. */
  lastChange?: string;
  /** Claims the feed holds in the library. */
  claimCount: number;
  lastError?: FeedError;
  /** Consecutive failed refreshes, for the backoff. */
  failures: number;
  /** When the next scheduled refresh is due. */
  nextRefresh: string;
  /** Hours between refreshes when all goes well; 24 by default. */
  intervalHours: number;
}

/** Which claims came into the library through which feed (`feedItems` table). */
export interface FeedItem {
  feedId: string;
  claimId: string;
}

/** A refresh in progress, for the library's progress bar. */
export interface FeedProgress {
  phase: 'download' | 'read' | 'apply';
  done: number;
  /** Bytes (download, when the server says how many) or records (apply); 0 when unknown. */
  total: number;
}
