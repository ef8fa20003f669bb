import { browser } from 'wxt/browser';
import { userError } from '@/utils/locale/user-error';
import type { Result } from '@/utils/protocol/define';
import type { BackgroundApi } from '@/utils/protocol/background-messages';
import type { FeedApi } from '@/utils/protocol/feed-messages';
import type { ContentApi } from '@/utils/protocol/content-messages';

/** Every request the background answers (the background refuses the extension-page ones from a content script). */
type ToBackground = BackgroundApi & FeedApi;

/** Sends one typed request to the background and unwraps its Result; a failure becomes an Error with a readable message. */
export async function askBackground<K extends keyof ToBackground>(
  type: K,
  request: ToBackground[K]['request'],
): Promise<ToBackground[K]['response']> {
  const result = (await browser.runtime.sendMessage({ type, ...request })) as Result<ToBackground[K]['response']> | undefined;
  if (!result) throw userError('errNoBackground', 'Recoupe’s background did not answer. Reload the page; if it goes on, restart the browser.');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Sends one typed request to a tab's content script. */
export async function askTab<K extends keyof ContentApi>(
  tabId: number,
  type: K,
  request: ContentApi[K]['request'],
): Promise<ContentApi[K]['response']> {
  const result = (await browser.tabs.sendMessage(tabId, { type, ...request })) as Result<ContentApi[K]['response']> | undefined;
  if (!result) throw userError('errNotOnPage', 'Recoupe is not running on this page. Reload the page and try again.');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/**
 * askTab, asked again while the tab's content script is not listening yet (a popup opened as the
 * page loads): every 250 ms for up to `waitMs`, then the last error.
 */
export async function askTabWhenReady<K extends keyof ContentApi>(
  tabId: number,
  type: K,
  request: ContentApi[K]['request'],
  waitMs = 3000,
): Promise<ContentApi[K]['response']> {
  const until = Date.now() + waitMs;
  for (;;) {
    try {
      return await askTab(tabId, type, request);
    } catch (e) {
      if (Date.now() >= until) throw e;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
