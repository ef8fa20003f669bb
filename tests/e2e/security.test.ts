import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostileServer, type HostileServer } from '../../scripts/lib/hostile-pages';
import { startFeedServer } from '../../scripts/lib/feed-server';
import { BAD_URLS, GOOD_URL, HOSTILE_PAGE_HTML, LONG, MARKUP, RLO, SENTENCES, STATEMENTS, hostileDataset } from '../fixtures/hostile/hostile-dataset';
import { putRecords } from './put-records';
import { extensionMessage, openPopup, clickHighlight, pageState, readHighlights, startHarness, tabIdOf, waitForHighlights, waitForScans, type Harness, type Locator, type Page } from './support';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

let h: Harness;
let server: HostileServer;
const PAGE_PATH = '/claims/';
const pageUrl = () => `${server.url}${PAGE_PATH}`;

beforeAll(async () => {
  h = await startHarness();
  server = await startHostileServer(0, (path) => (path === PAGE_PATH ? { status: 200, type: 'text/html; charset=utf-8', body: HOSTILE_PAGE_HTML } : undefined));
  // A first scan loads the starter data: the database and its stores exist from then on.
  const demo = await h.context.newPage();
  await demo.goto(h.server.pages[0].url);
  await waitForScans(h, demo);
  await demo.close();
  // Written straight into the extension's IndexedDB, as a compromised import or a bug could leave it.
  const data = hostileDataset(pageUrl());
  await putRecords(h, data as unknown as Record<string, object[]>);
  // The background rebuilds its index after a data change; reloading the starter data is one.
  const library = await h.context.newPage();
  await library.goto(h.extensionUrl('options.html'));
  const reloaded = (await extensionMessage(library, { type: 'reloadStarterData' })) as { ok: boolean };
  expect(reloaded.ok).toBe(true);
  await library.close();
});
afterAll(async () => {
  await h?.close();
  await server?.close();
});

/** Elements and attributes that markup from the data would create if it were ever parsed as HTML. */
function injected(root: Locator): Promise<string[]> {
  return root.evaluate((scope) => {
    const found: string[] = [];
    const visit = (node: Element | Document | ShadowRoot) => {
      for (const el of node.querySelectorAll('*')) {
        if (['img', 'script', 'svg', 'iframe', 'object', 'embed', 'circle'].includes(el.localName)) found.push(`<${el.localName}>`);
        for (const attr of el.getAttributeNames()) if (/^on/i.test(attr) || attr === 'autofocus' || attr === 'srcdoc') found.push(`${el.localName}[${attr}]`);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(scope);
    if (scope.shadowRoot) visit(scope.shadowRoot);
    return found;
  });
}

/** Every link's href in `root` (piercing shadow roots). */
function hrefs(root: Locator): Promise<string[]> {
  return root.evaluate((scope) => {
    const out: string[] = [];
    const visit = (node: Element | ShadowRoot) => {
      for (const el of node.querySelectorAll('*')) {
        if (el instanceof HTMLAnchorElement && el.hasAttribute('href')) out.push(el.href);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(scope);
    if (scope.shadowRoot) visit(scope.shadowRoot);
    return out;
  });
}

/**
 * Text as innerText shows it, without bidi controls: Firefox's innerText leaves out U+202E and its
 * kin, Chromium's keeps them. That the text itself keeps them is checked with textContent.
 */
const shown = (text: string) => text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');

const pwned = (page: Page) => page.evaluate(() => ({ flag: (window as unknown as { __pwned?: number }).__pwned ?? 0, title: document.title }));

async function openClaimsPage(): Promise<{ page: Page; requests: string[] }> {
  const page = await h.context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pageUrl());
  await waitForHighlights(page);
  return { page, requests };
}

describe('hostile values in the database', () => {
  it('shows every value as plain text in the claim card, runs none of it, and links only to http(s)', async () => {
    const { page, requests } = await openClaimsPage();
    const title = await page.title();
    const highlighted = Object.values(await readHighlights(page)).flat().join('\n');
    expect(highlighted).toContain('Vesterholm');
    expect(highlighted).toContain('Lindqvist');

    await clickHighlight(page, 'Vesterholm');
    const card = page.locator('recoupe-card [role="dialog"]');
    await card.waitFor();
    const text = await card.innerText();
    expect(await card.textContent()).toContain(`Outlet ${RLO}eman`);
    for (const value of [STATEMENTS.first, MARKUP.script, MARKUP.handler, `${MARKUP.img} Outlet ${RLO}eman`, MARKUP.svg, LONG.slice(0, 2000), `${SENTENCES.first} ${MARKUP.anchor}`]) {
      expect(shown(text), value.slice(0, 60)).toContain(shown(value));
    }
    expect(await injected(page.locator('recoupe-card'))).toEqual([]);
    const links = await hrefs(page.locator('recoupe-card'));
    expect(links).toContain(GOOD_URL);
    for (const href of links) expect(href).toMatch(/^https?:\/\//);

    // The second claim: a 100,000-character statement, also plain text.
    await page.keyboard.press('Escape');
    await clickHighlight(page, 'Lindqvist');
    await expect.poll(async () => shown(await card.innerText().catch(() => ''))).toContain(shown(STATEMENTS.second.slice(0, 3000)));
    expect(await injected(page.locator('recoupe-card'))).toEqual([]);

    await page.waitForTimeout(500);
    expect(await pwned(page)).toEqual({ flag: 0, title });
    // <img src=x> would have been fetched from the page's origin.
    expect(requests.filter((u) => new URL(u).pathname === '/x')).toEqual([]);
    await page.close();
  });

  it('shows them as plain text in the popup, detached annotations included', async () => {
    const { page } = await openClaimsPage();
    const tabId = await tabIdOf(h, page);
    const popup = await openPopup(h, tabId);
    await popup.locator('button.claim').first().waitFor();
    await popup.locator('.detached-item').first().waitFor();
    const text = shown(await popup.locator('body').innerText());
    expect(text).toContain(shown(STATEMENTS.first));
    expect(text).toContain(shown(STATEMENTS.second.slice(0, 3000)));
    expect(text).toContain(shown(`${MARKUP.img} quote that is nowhere on the page ${RLO}`));
    expect(await popup.locator('body').textContent()).toContain(`${MARKUP.img} quote that is nowhere on the page ${RLO}`);
    expect(await injected(popup.locator('body'))).toEqual([]);
    for (const href of await hrefs(popup.locator('body'))) expect(href.startsWith(h.extensionUrl('')) || /^https?:\/\//.test(href), href).toBe(true);
    expect((await pwned(popup)).flag).toBe(0);
    expect((await pwned(page)).flag).toBe(0);
    await popup.close();
    await page.close();
  });

  it('shows them as plain text in the library, with javascript: and data: addresses as text, never as links', async () => {
    const library = await h.context.newPage();
    await library.goto(h.extensionUrl('options.html'));
    const row = library.locator('.claim-row button', { hasText: 'Hostile' }).first();
    await row.waitFor();
    expect(shown(await library.locator('.claim-row').first().innerText())).toContain(shown(STATEMENTS.first));
    const listText = shown(await library.locator('body').innerText());
    expect(listText).toContain(MARKUP.img);
    expect(listText).toContain(shown(STATEMENTS.second.slice(0, 3000)));
    await row.click();
    const detail = library.locator('.detail-pane');
    await expect.poll(() => detail.innerText()).toContain(MARKUP.handler);
    const text = await detail.innerText();
    expect(await detail.textContent()).toContain(`tag${RLO}gat`);
    for (const value of [STATEMENTS.first, MARKUP.script, MARKUP.frame, `tag${RLO}gat`, `${MARKUP.img} Outlet ${RLO}eman`, LONG.slice(0, 2000), BAD_URLS[0], BAD_URLS[2]]) {
      expect(shown(text), value.slice(0, 60)).toContain(shown(value));
    }
    expect(await injected(library.locator('body'))).toEqual([]);
    const links = await hrefs(library.locator('body'));
    expect(links).toContain(GOOD_URL);
    for (const href of links) expect(href.startsWith(h.extensionUrl('options.html#')) || /^https?:\/\//.test(href), href).toBe(true);
    expect(await pwned(library)).toEqual({ flag: 0, title: await library.title() });
    expect(await library.title()).not.toBe('pwned');
    await library.close();
  });
});

describe('a page’s own scripts', () => {
  it('cannot change anything with fake Recoupe messages and events', async () => {
    const { page } = await openClaimsPage();
    const before = await readHighlights(page);
    const scansBefore = (await pageState(h, page)).scans;
    const extensionId = h.extensionId;
    const claimId = 'hostile-claim-1';
    await page.evaluate(
      ({ id, claim }) => {
        const prefix = `${id}:content:`;
        const messages = [
          { type: 'siteStateChanged', enabled: false },
          { type: 'dataChanged' },
          { type: 'jumpTo', claimId: claim },
          { type: 'nextClaim' },
          { type: 'annotateSelection' },
          { type: 'listFound' },
          { type: `${prefix}wxt:content-script-started`, contentScriptName: 'content', messageId: 'forged' },
        ];
        for (const m of messages) {
          window.postMessage(m, '*');
          window.postMessage(JSON.stringify(m), '*');
        }
        for (const type of ['recoupe:siteStateChanged', 'recoupe:dataChanged', 'recoupe', 'message', `${prefix}wxt:content-script-started`]) {
          const detail = { contentScriptName: 'content', messageId: 'forged', type: 'siteStateChanged', enabled: false };
          document.dispatchEvent(new CustomEvent(type, { detail }));
          window.dispatchEvent(new CustomEvent(type, { detail }));
        }
        // WXT's location-change event, forged: each one would make Recoupe forget the page and scan it
        // again from scratch. A few spaced out, then a flood for 20 seconds.
        const forge = () => window.dispatchEvent(new CustomEvent(`${prefix}wxt:locationchange`, { detail: { newUrl: new URL('https://forged.example/') } }));
        for (let i = 1; i <= 5; i++) setTimeout(forge, i * 150);
        setTimeout(() => {
          const spam = setInterval(forge, 5);
          setTimeout(() => clearInterval(spam), 20_000);
        }, 1200);
      },
      { id: extensionId, claim: claimId },
    );
    await page.waitForTimeout(1100);
    // Still on, same highlights, no claim selected by the fake jumpTo / nextClaim, no form opened,
    // and no string of rescans (the page did not change: each would read and send the whole page again).
    const state = await pageState(h, page);
    expect(state.enabled).toBe(true);
    expect(state.scans - scansBefore, 'rescans caused by fake events').toBeLessThanOrEqual(1);
    const after = await readHighlights(page);
    expect(after).toEqual(before);
    expect(after['recoupe-focus']).toBeUndefined();
    expect(await page.locator('recoupe-annotate').count()).toBe(0);
    // Text the page adds now is still checked (the content script is alive and its scans finish,
    // while the forged events keep coming: the 12 s wait ends before they stop).
    await page.evaluate((sentence) => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = sentence;
      document.querySelector('article')!.append(p);
    }, SENTENCES.second);
    await expect
      .poll(async () => Object.values(await readHighlights(page)).flat().filter((t) => t.includes('Lindqvist')).length, { timeout: 12_000 })
      .toBe(2);
    // And a click on a highlight still opens the card.
    await clickHighlight(page, 'Vesterholm');
    await page.locator('recoupe-card [role="dialog"]').waitFor({ timeout: 10_000 });
    await page.close();
  });
});

describe('no network', () => {
  it('makes no request beyond the test’s own pages, its own files and the one feed subscribed to', async () => {
    // A subscribed feed, on an origin of its own. The normal build has no host permission and headless
    // Chromium never answers the prompt (tests/e2e/feeds.test.ts subscribes through the UI on a test
    // build): the library page sends the subscription itself. Whether the read succeeds does not matter
    // here, only where requests go.
    const feed = await startFeedServer();
    feed.setBody(JSON.stringify({ '@type': 'DataFeed', dataFeedElement: [] }));
    const seen: string[] = [];
    // data: URLs are decoded in the browser, never fetched (puppeteer reports them as requests; Playwright did not).
    const record = (url: string) => void (url.startsWith('data:') || seen.push(url));
    // Pages, extension pages and (Chromium) the extension's service worker all report here.
    h.context.on('request', (r) => record(r.url()));
    // Reading, a card, the popup, the library, a few demo pages.
    for (const demo of h.server.pages.slice(0, 3)) {
      const page = await h.context.newPage();
      await page.goto(demo.url);
      await waitForHighlights(page);
      await page.close();
    }
    const { page } = await openClaimsPage();
    await clickHighlight(page, 'Vesterholm');
    await page.locator('recoupe-card [role="dialog"]').waitFor();
    const tabId = await tabIdOf(h, page);
    const popup = await openPopup(h, tabId);
    await popup.locator('button.claim').first().waitFor();
    const library = await h.context.newPage();
    await library.goto(h.extensionUrl('options.html'));
    await library.locator('.claim-row button').first().click();
    await library.locator('.detail-pane h2, .detail-pane h3').first().waitFor();
    const subscribed = (await extensionMessage(library, { type: 'subscribeFeed', url: feed.feedUrl })) as { ok: boolean };
    expect(subscribed.ok).toBe(true);
    await expect
      .poll(async () => {
        const list = (await extensionMessage(library, { type: 'listFeeds' })) as { value: { feeds: { busy?: boolean; lastSuccess?: string; lastError?: unknown }[] } };
        const f = list.value.feeds[0];
        return !!f && !f.busy && !!(f.lastSuccess || f.lastError);
      })
      .toBe(true);
    await library.waitForTimeout(1000);
    // What the worker and the extension pages fetched themselves, as their own resource timing has it.
    for (const p of [popup, library]) for (const u of await p.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))) record(u);
    for (const u of await h.inBackground((g) => g.performance.getEntriesByType('resource').map((e) => e.name))) record(u);

    expect(seen.length).toBeGreaterThan(5);
    // Content script styles come from a chrome-extension://<random id>/ address in Chromium (use_dynamic_url).
    const scheme = h.extensionOrigin.slice(0, h.extensionOrigin.indexOf('//') + 2);
    const pages = new Set([new URL(h.server.pages[0].url).origin, server.url]);
    const own = (u: string) => u.startsWith(scheme) || pages.has(new URL(u).origin) || u === feed.feedUrl;
    expect(seen.filter((u) => !own(u))).toEqual([]);
    // The background requested the feed's exact address, and nothing else outside the extension.
    const fromBackground = await h.inBackground((g) => g.performance.getEntriesByType('resource').map((e) => e.name));
    expect(fromBackground.filter((u) => !u.startsWith(scheme))).toEqual([feed.feedUrl]);
    expect(feed.requests.length).toBe(1);
    expect(feed.requests[0].headers.cookie).toBeUndefined();
    await feed.close();
    // The extension's own files are seen, so the recording works (Chromium reports them; Firefox reports
    // no request, and no resource timing, for an add-on's moz-extension:// files).
    if (h.browserName === 'chromium') expect(seen.some((u) => u.startsWith(h.extensionUrl('')))).toBe(true);
    for (const p of [page, popup, library]) await p.close();
  });
});
