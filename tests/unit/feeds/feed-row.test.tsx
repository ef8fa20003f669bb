// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedRow } from '@/components/library/feeds/FeedRow';
import type { FeedView } from '@/utils/protocol/feed-messages';

vi.mock('@/utils/locale/i18n', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/utils/locale/i18n')>();
  const { englishT } = await import('../import-export-ui/ui-helpers');
  return { ...original, uiLang: () => 'en', t: englishT };
});

const HOSTILE = 'https://evil.example/f.json?<img src=x onerror=alert(1)>';
const feed = (over: Partial<FeedView> = {}): FeedView => ({
  id: 'feed-1', url: HOSTILE, origin: 'https://evil.example', addedAt: '2026-06-16T10:00:00Z', claimCount: 1234, failures: 1,
  nextRefresh: '2026-06-16T10:15:00Z', intervalHours: 24, lastSuccess: '2026-06-15T10:00:00Z', busy: false, ...over,
});

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});
function show(f: FeedView): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  render(<FeedRow feed={f} onRefresh={() => undefined} onUnsubscribe={() => undefined} />, root);
  return root;
}

describe('a feed in the library', () => {
  it('shows its address as text (never a link or markup), its claim count and last refresh', () => {
    const el = show(feed());
    expect(el.querySelector('.feed-url')?.textContent).toBe(HOSTILE);
    expect(el.querySelector('a, img')).toBeNull();
    expect(el.querySelector('.feed-count')?.textContent).toBe('1,234');
    expect(el.querySelector('.feed-last')?.textContent).not.toBe('never');
  });

  it('shows its last error in words, with the precise reason', () => {
    const el = show(feed({ lastError: { code: 'http-status', detail: 'HTTP 404 Not Found.', date: '2026-06-16T10:00:00Z' } }));
    const text = el.querySelector('[role="alert"]')?.textContent ?? '';
    expect(text).toContain('Last attempt failed');
    expect(text).toContain('nothing was changed');
    expect(text).toContain('The server refused or failed to send the feed.');
    expect(text).toContain('HTTP 404 Not Found.');
  });

  it('shows progress while it refreshes, and cannot be refreshed twice at once', () => {
    const el = show(feed({ busy: true, progress: { phase: 'apply', done: 5000, total: 20000 } }));
    expect(el.querySelector('progress')?.getAttribute('value')).toBe('0.25');
    expect(el.querySelector('[role="status"]')?.textContent).toContain('Saving: 5,000 of 20,000 records');
    expect((el.querySelector('.feed-refresh') as HTMLButtonElement).disabled).toBe(true);
  });
});
