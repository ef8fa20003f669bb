import { describe, expect, it } from 'vitest';
import { isExtensionPageSender } from '@/utils/protocol/feed-messages';
import { validateRequest } from '@/utils/protocol/validate-request';
import { checkFeedUrl } from '@/utils/core/feeds/feed-url';
import { nextRefreshAt } from '@/utils/core/feeds/backoff';

const BASE = 'chrome-extension://abcdefghijklmnop/';

describe('feed messages', () => {
  it('are accepted from Recoupe’s own pages only, never from a web page’s content script', () => {
    expect(isExtensionPageSender(`${BASE}options.html#feeds`, BASE)).toBe(true);
    expect(isExtensionPageSender('https://news.example/article', BASE)).toBe(false);
    expect(isExtensionPageSender(`https://evil.example/${BASE}`, BASE)).toBe(false);
    expect(isExtensionPageSender(undefined, BASE)).toBe(false);
    expect(isExtensionPageSender('chrome-extension://otherextension/options.html', BASE)).toBe(false);
  });

  it('are checked for shape and size, and refused from a content script', () => {
    const fromPage = (raw: object) => validateRequest(raw, 'extension');
    expect(fromPage({ type: 'subscribeFeed', url: 'https://a.example/f.json' }).ok).toBe(true);
    expect(fromPage({ type: 'subscribeFeed', url: 'x'.repeat(5000) }).ok).toBe(false);
    expect(fromPage({ type: 'refreshFeed', feedId: '' }).ok).toBe(false);
    expect(fromPage({ type: 'unsubscribeFeed', feedId: 42 }).ok).toBe(false);
    expect(fromPage({ type: 'listFeeds' }).ok).toBe(true);
    // A content script may not send them at all.
    const fromContent = validateRequest({ type: 'subscribeFeed', url: 'https://a.example/f.json' });
    expect(fromContent.ok).toBe(false);
    if (!fromContent.ok) expect(fromContent.error).toMatch(/Recoupe’s own pages only/);
  });
});

describe('feed addresses and schedule', () => {
  it('asks for the feed’s host only, whatever its port and path', () => {
    expect(checkFeedUrl(' https://feeds.example.org:8443/a/b.json#x ')).toEqual({ ok: true, url: 'https://feeds.example.org:8443/a/b.json', origin: 'https://feeds.example.org:8443', pattern: 'https://feeds.example.org/*' });
  });

  it('waits a day after a success, 15 min doubling after errors, never more than the interval', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const minutes = (failures: number) => (Date.parse(nextRefreshAt(now, 24, failures)) - now.getTime()) / 60_000;
    expect([0, 1, 2, 3, 7, 50].map(minutes)).toEqual([1440, 15, 30, 60, 960, 1440]);
  });
});
