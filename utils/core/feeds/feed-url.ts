import { stableHash } from '@/utils/core/import/derive-ids';

export type FeedUrlCheck = { ok: true; url: string; origin: string; pattern: string } | { ok: false; detail: string };

/**
 * A feed address the user typed: http(s) only, no user name or password in it (they would travel
 * with every request). `pattern` is the host permission asked for: the feed's origin only.
 */
export function checkFeedUrl(input: string): FeedUrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, detail: `Not a web address: ${JSON.stringify(input.trim().slice(0, 80))}.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, detail: `Only http and https feeds can be subscribed to, not ${url.protocol}.` };
  if (url.username || url.password) return { ok: false, detail: 'The address holds a user name or password; Recoupe never sends credentials.' };
  url.hash = '';
  // Match patterns have no port: the permission covers the host, the request goes to the exact origin.
  return { ok: true, url: url.href, origin: url.origin, pattern: `${url.protocol}//${url.hostname}/*` };
}

export function feedIdFor(url: string): string {
  return `feed-${stableHash(url)}`;
}
