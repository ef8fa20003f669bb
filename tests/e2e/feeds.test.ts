import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from './support';
import { startFeedServer, type FeedServer } from '../../scripts/lib/feed-server';
import { BROWSER, readHighlights, startHarness, waitForHighlights, waitForScans, type Harness } from './support';
import { describeWithShared, sharedPath } from '../shared-data';

/**
 * Feed subscriptions in Chromium, through the library page. Headless Chromium never answers a
 * permission prompt (see ../shared/docs/toolchain.md), so this runs on the `feedtest` build, whose
 * manifest already grants http://127.0.0.1/*: the library still calls permissions.request in the click,
 * which the browser grants at once. MANUAL CHECK that stays: in a normal build, the prompt appears
 * naming the feed's site, "Allow" subscribes, "Deny" shows "permission … was not given" and subscribes
 * nothing.
 */
const BUILD = BROWSER === 'firefox' ? '.output/firefox-mv2-feedtest' : '.output/chrome-mv3-feedtest';
const SAMPLE = 'real-data/claimreview/feed-sample.json';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

/** Three English fact-checks as published (../shared/real-data/claimreview/feed-sample.json, items 2, 13, 15). */
const REAL = existsSync(sharedPath(SAMPLE)) ? (JSON.parse(readFileSync(sharedPath(SAMPLE), 'utf8')) as Record<string, unknown>[]).filter((_, i) => [2, 13, 15].includes(i)) : [];
const statement = (i: number) => String(REAL[i].claimReviewed).replace(/^\.\.\./, '').replace(/[“”]/g, '').trim();
// The feed states the language, as a fact-checker's own feed does (these items lack inLanguage).
const feedOf = (items: Record<string, unknown>[]) =>
  JSON.stringify({ '@context': 'http://schema.org', '@type': 'DataFeed', dataFeedElement: items.map((item) => ({ '@type': 'DataFeedItem', item: [{ ...item, inLanguage: 'en' }] })) });
const pageHtml = () => `<!doctype html><html lang="en"><head><title>Week in review</title></head><body><article><h1>Week in review</h1>
<p>Speaking at a rally on Monday, the senator said that ${statement(0)}, a figure he has used before.</p>
<p>Posts shared thousands of times this week claimed that ${statement(1)}.</p>
<p>In his speech, the president said that ${statement(2)}</p>
<p>Other news this week was quieter: the city council approved its budget after a short debate.</p></article></body></html>`;

let h: Harness;
let feeds: FeedServer;
let library: Page;

const row = () => library.locator('.feed').first();
const count = async () => Number((await row().locator('.feed-count').innerText()).replace(/\D/g, ''));
const highlighted = async (page: Page) => Object.values(await readHighlights(page)).flat().join('\n');
async function refreshNow() {
  const before = feeds.requests.length;
  await row().locator('.feed-refresh').click();
  await expect.poll(() => feeds.requests.length).toBe(before + 1);
  await expect.poll(() => row().locator('.feed-refresh').isEnabled()).toBe(true);
}

describeWithShared('feed subscriptions', [SAMPLE], () => {
  beforeAll(async () => {
    // Always rebuilt (about 10 s): a stale test build would test old code.
    execFileSync('npx', ['wxt', 'build', ...(BROWSER === 'firefox' ? ['-b', 'firefox'] : []), '--mode', 'feedtest'], { stdio: 'ignore' });
    if (!existsSync(`${BUILD}/manifest.json`)) throw new Error(`the feedtest build did not produce ${BUILD}`);
    h = await startHarness(BUILD);
    // A reader has browsed before subscribing: a demo page scanned means the worker has installed its
    // starter data and built its index. Subscribing in the first seconds after install never showed
    // the feed in 2 of 4 full Chromium runs (the cause is not found yet: see the issue notes).
    const warm = await h.context.newPage();
    await warm.goto(`${h.server.url}/${h.server.pages[0]!.slug}/`);
    await waitForScans(h, warm);
    await warm.close();
    feeds = await startFeedServer();
    feeds.pages.set('/week.html', pageHtml());
    feeds.setBody(feedOf([REAL[0], REAL[1]]));
    library = await h.context.newPage();
    await library.goto(h.extensionUrl('options.html#feeds'));
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await feeds?.close();
  });

  it('subscribes through the library and highlights the feed’s claims on a page', async () => {
    await library.locator('.feed-subscribe input').fill(feeds.feedUrl);
    await library.locator('.feed-subscribe button[type="submit"]').click();
    await expect
      .poll(() => row().locator('.feed-count').innerText().catch(() => ''), {
        message: 'the subscribed feed’s row with its 2 claims (the library said: see its status line)',
      })
      .toBe('2')
      .catch(async (error: unknown) => {
        const said = await library.locator('.feed-subscribe ~ .ie-status, .ie-status').first().innerText().catch(() => '(no status)');
        throw new Error(`${String(error)}; the library said: "${said}"`);
      });
    expect(await row().locator('.feed-url').innerText()).toBe(feeds.feedUrl);
    // The request carried no cookie, no referrer.
    expect(feeds.requests[0].headers.cookie).toBeUndefined();
    expect(feeds.requests[0].headers.referer).toBeUndefined();

    const page = await h.context.newPage();
    await page.goto(`${feeds.url}/week.html`);
    const text = Object.values(await waitForHighlights(page)).flat().join('\n');
    expect(text).toContain('44 million Americans');
    expect(text).toContain('pneumonia');
    expect(text).not.toContain('South African women');
    await page.close();
  });

  it('refreshes an unchanged feed with one conditional request answered 304', async () => {
    const last = await row().locator('.feed-last').innerText();
    await refreshNow();
    const sent = feeds.requests.at(-1)!;
    expect(sent.status).toBe(304);
    expect(sent.headers['if-none-match']).toMatch(/^"v1-/);
    expect(await count()).toBe(2);
    expect(await row().locator('.feed-error').count()).toBe(0);
    expect(await row().locator('.feed-last').innerText()).toBeTruthy();
    expect(last).toBeTruthy();
  });

  it('shows a 500 and a truncated answer as errors in the feed’s state, and changes nothing', async () => {
    feeds.setBody(feedOf([REAL[1], REAL[2]]));
    for (const [mode, words] of [['error-500', 'refused or failed'], ['truncated', 'arrived incomplete']] as const) {
      feeds.mode = mode;
      await refreshNow();
      await expect.poll(() => row().locator('.feed-error').innerText().catch(() => '')).toContain(words);
      expect(await count()).toBe(2);
    }
    const page = await h.context.newPage();
    await page.goto(`${feeds.url}/week.html`);
    const text = Object.values(await waitForHighlights(page)).flat().join('\n');
    expect(text).toContain('44 million Americans');
    expect(text).not.toContain('South African women');
    await page.close();
  });

  it('takes in a changed feed that arrives slowly, and highlighting goes on meanwhile', async () => {
    feeds.mode = 'slow';
    const page = await h.context.newPage();
    const before = feeds.requests.length;
    await row().locator('.feed-refresh').click();
    await expect.poll(() => feeds.requests.length).toBe(before + 1);
    // While the body trickles in (about 2 s), a page still gets its highlights.
    await page.goto(`${feeds.url}/week.html`);
    expect(Object.values(await waitForHighlights(page)).flat().join('\n')).toContain('pneumonia');
    await expect.poll(() => row().locator('.feed-error').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => count()).toBe(2);
    await page.reload();
    await waitForScans(h, page);
    await expect.poll(() => highlighted(page)).toContain('South African women');
    expect(await highlighted(page)).not.toContain('44 million Americans');
    await page.close();
    feeds.mode = 'normal';
  });

  it('unsubscribes: the feed’s claims are gone from pages', async () => {
    await row().locator('.feed-unsubscribe').click();
    await expect.poll(() => library.locator('.feed').count()).toBe(0);
    await expect(library.locator('.feeds [role="status"]').first().innerText()).resolves.toContain('2');
    const page = await h.context.newPage();
    await page.goto(`${feeds.url}/week.html`);
    await waitForScans(h, page);
    await page.waitForTimeout(500);
    const text = await highlighted(page);
    expect(text).not.toContain('pneumonia');
    expect(text).not.toContain('South African women');
    await page.close();
  });

  it('made no request but to the subscribed feed and the test’s own pages', async () => {
    const fetched = await h.inBackground((g) => g.performance.getEntriesByType('resource').map((e) => e.name));
    const foreign = fetched.filter((u) => !u.startsWith(h.extensionUrl('')) && u !== feeds.feedUrl);
    expect(foreign).toEqual([]);
    expect(fetched).toContain(feeds.feedUrl);
  });
});
