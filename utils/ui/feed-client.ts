import { browser } from 'wxt/browser';
import { userError } from '@/utils/locale/user-error';
import type { FeedApi, FeedResult } from '@/utils/protocol/feed-messages';

/** Sends one feed request to the background (which runs every refresh) and unwraps its result. */
export async function askFeeds<K extends keyof FeedApi>(type: K, request: FeedApi[K]['request']): Promise<FeedApi[K]['response']> {
  const result = (await browser.runtime.sendMessage({ type, ...request })) as FeedResult<K> | undefined;
  if (!result) throw userError('errNoBackground', 'Recoupe’s background did not answer. Reload the page; if it goes on, restart the browser.');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
