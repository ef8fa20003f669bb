import type { FeedView } from '@/utils/protocol/feed-messages';
import { t, uiLang } from '@/utils/locale/i18n';
import { dateTimeText, feedErrorText, progressText } from '@/components/library/feeds/feed-labels';

export interface FeedRowProps {
  feed: FeedView;
  onRefresh: () => void;
  onUnsubscribe: () => void;
}

/** One subscription: its address (as text, never a link), last refresh, claim count, last error, progress. */
export function FeedRow({ feed, onRefresh, onUnsubscribe }: FeedRowProps) {
  const p = feed.progress;
  const ratio = p && p.total > 0 ? Math.min(1, p.done / p.total) : undefined;
  return (
    <li class="feed" data-feed-id={feed.id}>
      <p class="feed-url">
        <code>{feed.url}</code>
      </p>
      <dl class="feed-facts">
        <dt>{t('feedLastRefresh')}</dt>
        <dd class="feed-last">{dateTimeText(feed.lastSuccess)}</dd>
        <dt>{t('feedClaims')}</dt>
        <dd class="feed-count">{feed.claimCount.toLocaleString(uiLang())}</dd>
        <dt>{t('feedNext')}</dt>
        <dd>{dateTimeText(feed.nextRefresh)}</dd>
      </dl>
      {feed.lastError && (
        <p class="feed-error ie-error" role="alert">
          {t('feedLastError', dateTimeText(feed.lastError.date))} {feedErrorText(feed.lastError)}
        </p>
      )}
      {feed.busy && (
        <div class="feed-progress" role="status">
          {ratio !== undefined ? <progress value={ratio} max={1} /> : <progress />} <span>{progressText(p)}</span>
        </div>
      )}
      <div class="ie-row">
        <button type="button" class="feed-refresh" disabled={feed.busy} onClick={onRefresh}>
          {t('feedRefreshNow')}
        </button>
        <button type="button" class="feed-unsubscribe" onClick={onUnsubscribe}>
          {t('feedUnsubscribe')}
        </button>
      </div>
    </li>
  );
}
