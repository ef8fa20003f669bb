import { checkMessage, type Checked, type SenderKind } from '@/utils/protocol/define';
import { CONTENT_TO_BACKGROUND, PAGE_TO_BACKGROUND, type BackgroundRequest } from '@/utils/protocol/background-messages';
import { FEED_MESSAGES, type FeedRequest } from '@/utils/protocol/feed-messages';

/** Every message the background accepts, from every sender: the tables of utils/protocol/. */
export const BACKGROUND_MESSAGES = { ...CONTENT_TO_BACKGROUND, ...PAGE_TO_BACKGROUND, ...FEED_MESSAGES };

/**
 * Checks the type, sender, shape and sizes of a request before any handler sees it. A sender is a
 * content script (the least trusted, and the default) unless its URL is one of Recoupe's own pages.
 */
export function validateRequest(raw: unknown, from: SenderKind = 'content'): Checked<BackgroundRequest | FeedRequest> {
  return checkMessage(BACKGROUND_MESSAGES, raw, from);
}
