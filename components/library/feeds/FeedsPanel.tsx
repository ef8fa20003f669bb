import { useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkFeedUrl } from '@/utils/core/feeds/feed-url';
import type { FeedView } from '@/utils/protocol/feed-messages';
import { askBackground } from '@/utils/protocol/send-message';
import { t } from '@/utils/locale/i18n';
import { FeedRow } from '@/components/library/feeds/FeedRow';
import { feedErrorText } from '@/components/library/feeds/feed-labels';
import { useFeeds } from '@/components/library/feeds/use-feeds';
import '@/components/library/feeds/feeds.css';

type Status = { kind: 'ok' | 'error'; text: string } | null;

/** The library's subscriptions: subscribe by address, see each feed's state, refresh now, unsubscribe. */
export function FeedsPanel({ onChanged }: { onChanged?: () => void }) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const { feeds, error, reload } = useFeeds(onChanged);

  const subscribe = async (address: string) => {
    try {
      const result = await askBackground('subscribeFeed', { url: address });
      if (!result.ok) return setStatus({ kind: 'error', text: feedErrorText({ code: 'bad-url', detail: result.detail }) });
      setStatus({ kind: 'ok', text: t(result.existed ? 'feedAlready' : 'feedSubscribed', result.feed.url) });
      setUrl('');
      reload();
    } catch (e) {
      setStatus({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const checked = checkFeedUrl(url);
    if (!checked.ok) return setStatus({ kind: 'error', text: feedErrorText({ code: 'bad-url', detail: checked.detail }) });
    // Asked right in the click (browsers grant prompts only to a user action), for this origin only.
    // Where it is already granted the browser answers at once, without a prompt.
    browser.permissions.request({ origins: [checked.pattern] }).then(
      (granted) => (granted ? subscribe(checked.url) : setStatus({ kind: 'error', text: t('feedPermissionRefused', checked.origin) })),
      (err: unknown) => setStatus({ kind: 'error', text: t('feedPermissionRefused', checked.origin) + ` (${err instanceof Error ? err.message : String(err)})` }),
    );
  };

  const unsubscribe = async (feed: FeedView) => {
    try {
      const { removed, kept } = await askBackground('unsubscribeFeed', { feedId: feed.id });
      setStatus({ kind: 'ok', text: t('feedUnsubscribed', [feed.url, String(removed), String(kept)]) });
      // The site's permission goes when no other feed needs it (a pattern covers every port of a host).
      const patternOf = (u: string) => {
        const c = checkFeedUrl(u);
        return c.ok ? c.pattern : undefined;
      };
      const pattern = patternOf(feed.url);
      const needed = feeds.some((f) => f.id !== feed.id && patternOf(f.url) === pattern);
      if (pattern && !needed) await browser.permissions.remove({ origins: [pattern] }).catch(() => undefined);
      reload();
      onChanged?.();
    } catch (e) {
      setStatus({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div class="ie feeds">
      <h2 id="feeds-heading">{t('feedsHeading')}</h2>
      <p class="ie-hint">{t('feedsIntro')}</p>
      <form class="feed-subscribe" noValidate onSubmit={onSubmit}>
        <div class="ie-row">
          <div class="ie-field">
            <label for={`${id}-url`}>{t('feedUrl')}</label>
            <input id={`${id}-url`} type="url" size={50} value={url} placeholder="https://…/claims.json" onInput={(e) => setUrl(e.currentTarget.value)} />
          </div>
          <button type="submit" class="primary">
            {t('feedSubscribe')}
          </button>
        </div>
        <p class="ie-hint">{t('feedPermissionHint')}</p>
      </form>
      <p class={`ie-status ${status?.kind === 'error' ? 'ie-error' : status ? 'ie-ok' : ''}`} role="status">
        {status?.text}
      </p>
      {error && <p class="ie-error">{error}</p>}
      {feeds.length === 0 ? (
        <p class="muted">{t('feedNone')}</p>
      ) : (
        <ul class="feed-list" aria-labelledby="feeds-heading">
          {feeds.map((f) => (
            <FeedRow key={f.id} feed={f} onRefresh={() => void askBackground('refreshFeed', { feedId: f.id }).then(reload)} onUnsubscribe={() => void unsubscribe(f)} />
          ))}
        </ul>
      )}
    </div>
  );
}
