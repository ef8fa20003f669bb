/**
 * End-to-end harness: the built extension in real Debian Chromium or Firefox ESR, driven by
 * puppeteer-core (CDP / WebDriver BiDi), with a Playwright-shaped API so one test body runs in both.
 * The browser comes from BROWSER=chromium|firefox (vitest projects e2e-chromium and e2e-firefox).
 *
 * const h = await startHarness();            // browser + extension + demo server on a free port
 *   h.browserName                             // 'chromium' | 'firefox'
 *   h.server.url, h.server.pages              // the demo site (scripts/lib/demo-server.ts)
 *   h.context.newPage()                       // a Page (below); h.context.on('request', r => r.url())
 *   h.context.addInitScript({ content })      // runs before the page's own scripts, in later pages
 *   h.extensionUrl('options.html')            // chrome-extension://ID/… or moz-extension://UUID/…
 *   h.extensionOrigin, h.extensionId
 *   (await h.sw()).evaluate(fn, arg)          // runs fn in an extension context with `chrome.*`
 *                                             // promise APIs: Chromium's service worker, or a
 *                                             // Firefox extension tab (chrome = browser there)
 *   h.inBackground((g, arg) => …, arg)        // fn with the background's own global (SW or page)
 *   h.restartBackground()                     // Chromium: stops the worker; Firefox: reloads the add-on
 *   h.close()
 * Page: goto, reload, url, title, close, bringToFront, evaluate(fn, arg) / evaluate(source),
 *   waitForFunction(fn, arg, { timeout }), waitForTimeout, waitForURL(glob), keyboard.press('Alt+Shift+N'),
 *   mouse.click(x, y), screenshot({ path }), on('request' | 'pageerror'), waitForEvent('download'),
 *   locator(css, { hasText }), getByLabel(text|re), getByRole(role, { name }), raw (puppeteer page).
 * Locator: locator, filter({ hasText }), getByLabel, getByRole, first, last, nth, count, waitFor({ state,
 *   timeout }), innerText, allInnerTexts, textContent, isVisible, isChecked, click, focus, fill, check,
 *   uncheck, selectOption, setInputFiles({ name, mimeType, buffer }), evaluate(fn), evaluateAll(fn).
 *   CSS descendant selectors pierce open shadow roots, as Playwright's do.
 * Helpers below: readHighlights, waitForHighlights, tabIdOf, pageState, waitForScans, clickHighlight,
 * openPopup, expectationsByOutlet and seedClaimIds (these two need ../shared: use describeWithShared).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, HTTPRequest, WebWorker } from 'puppeteer-core';
import { EXTENSION_BUILDS, launchWithExtension, parseBrowserName, type BrowserName } from '../../scripts/lib/launch-browser';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-server';
import type { FoundClaim } from '../../utils/protocol/messages';
import type { RecoupeDocument } from '../../utils/core/model';
import type { IndexClaim } from '../../utils/core/matching/types';
import type { ContentApi } from '../../utils/protocol/content-messages';
import { sharedPath } from '../shared-data';
import { Page, type PageEnv } from './harness/page';
import { ExtensionContext, restartBackground, runInBackground } from './harness/background';

export { Page } from './harness/page';
export { Locator } from './harness/locator';
export type { Download } from './harness/page';

type PageState = ContentApi['listFound']['response'];

export const BROWSER: BrowserName = parseBrowserName(process.env.BROWSER);
export const EXTENSION_PATH = EXTENSION_BUILDS[BROWSER].path;

/** Pages of the test, and what every new page gets: request listeners and init scripts. */
export class Context {
  private readonly listeners: ((r: HTTPRequest) => void)[] = [];
  private readonly initScripts: string[] = [];
  readonly opened: Page[] = [];
  constructor(
    readonly browser: Browser,
    private readonly env: PageEnv,
  ) {}

  async newPage(): Promise<Page> {
    const raw = await this.rawPage();
    for (const s of this.initScripts) await raw.evaluateOnNewDocument(s);
    for (const l of this.listeners) raw.on('request', l);
    const page = new Page(raw, this.env);
    this.opened.push(page);
    return page;
  }
  /**
   * Firefox's WebDriver BiDi can refuse `browsingContext.create` with "no such frame"
   * (DiscardedBrowsingContextError) when the tab it would open beside has just closed itself, as the
   * popup does after a jump (`window.close()`): the new tab is asked for once more.
   */
  private async rawPage(): Promise<Awaited<ReturnType<Browser['newPage']>>> {
    try {
      return await this.browser.newPage();
    } catch (e) {
      if (!/no such frame|DiscardedBrowsingContext/.test(String(e))) throw e;
      await new Promise((resolve) => setTimeout(resolve, 250));
      return this.browser.newPage();
    }
  }
  pages(): Page[] {
    return this.opened.filter((p) => !p.isClosed());
  }
  on(event: 'request', listener: (r: HTTPRequest) => void): void {
    this.listeners.push(listener);
    for (const p of this.pages()) p.raw.on(event, listener);
  }
  async addInitScript(script: { content: string }): Promise<void> {
    this.initScripts.push(script.content);
  }
}

export interface Harness {
  browserName: BrowserName;
  context: Context;
  extensionId: string;
  extensionOrigin: string;
  extensionUrl(path: string): string;
  sw: () => Promise<ExtensionContext>;
  inBackground<R, A>(fn: (global: typeof globalThis, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  restartBackground(): Promise<void>;
  server: DemoServer;
  close(): Promise<void>;
}

/** Launches the browser named by BROWSER with the built extension, and the demo site on a free port. */
export async function startHarness(extensionPath: string = EXTENSION_PATH): Promise<Harness> {
  if (!existsSync(`${extensionPath}/manifest.json`)) throw new Error(`No built extension in ${extensionPath}: run \`${EXTENSION_BUILDS[BROWSER].build}\` first.`);
  const server = await startDemoServer({ port: 0 });
  const launched = await launchWithExtension({ browser: BROWSER, headless: true, extensionPath });
  const env = { browser: BROWSER, downloadDir: launched.downloadDir, front: {} };
  const context = new Context(launched.browser, env);
  const ext = new ExtensionContext(launched, env);
  await ext.ready();
  const h: Harness = {
    browserName: BROWSER,
    context,
    extensionId: launched.extensionId,
    extensionOrigin: launched.extensionOrigin,
    extensionUrl: (path) => `${launched.extensionOrigin}/${path.replace(/^\//, '')}`,
    sw: async () => ext,
    inBackground: (fn, arg) => runInBackground(ext, fn, arg),
    restartBackground: () => restartBackground(ext, h),
    server,
    async close() {
      await launched.close();
      await server.close();
    },
  };
  return h;
}

export type { WebWorker };

/** The highlighted strings by highlight name, read from the page's CSS highlight registry. */
export function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) if (name.startsWith('recoupe-')) out[name] = [...h].map((r) => String(r));
    return out;
  });
}

export async function waitForHighlights(page: Page, timeout = 15_000): Promise<Record<string, string[]>> {
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith('recoupe-') && n !== 'recoupe-focus'), undefined, { timeout });
  // Let a second pass (late mutations) settle.
  await page.waitForTimeout(300);
  return readHighlights(page);
}

/**
 * The tab id of a page. Without the "tabs" permission (Recoupe does not ask for it) tab URLs are
 * hidden, so the page is brought to the front and the active tab is taken.
 */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  const ext = await h.sw();
  await page.bringToFront();
  const ids = await ext.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true })).map((t: { id?: number }) => t.id));
  if (ids.length !== 1) throw new Error(`expected one active tab, found ${ids.length}`);
  return ids[0] as number;
}

/** Asks the page's content script what it found, the way the popup does. */
export async function pageState(h: Harness, page: Page): Promise<PageState> {
  const tabId = await tabIdOf(h, page);
  const ext = await h.sw();
  const r = (await ext.evaluate(async (id: number) => chrome.tabs.sendMessage(id, { type: 'listFound' }).catch((e: Error) => ({ ok: false, error: e.message })), tabId)) as {
    ok: boolean;
    value: PageState;
    error?: string;
  };
  if (!r || !r.ok) throw new Error(r?.error ?? 'no answer from the content script');
  return r.value;
}

/** Waits until the content script has finished at least `n` scans of the page. */
export async function waitForScans(h: Harness, page: Page, n = 1, timeout = 15_000): Promise<FoundClaim[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const state = await pageState(h, page).catch(() => undefined);
    if (state && state.scans >= n) return state.claims;
    if (Date.now() > until) throw new Error(`the page was not scanned within ${timeout} ms`);
    await page.waitForTimeout(150);
  }
}

interface SeedCases {
  claims: { id: string; versions: { source: string; quote: string }[] }[];
  cases: { source: string; expect: string[]; optional?: string[] }[];
}
export const SEED_CASES = 'eval/seed-cases.json';
const seedCases = () => JSON.parse(readFileSync(sharedPath(SEED_CASES), 'utf8')) as SeedCases;

/** For each starter outlet: the claims its article must show and may show, from ../shared/eval/seed-cases.json. */
export function expectationsByOutlet(): Map<string, { expected: Set<string>; allowed: Set<string> }> {
  const seed = seedCases();
  const starter = JSON.parse(readFileSync('public/starter-data.json', 'utf8')) as { versions: { outletId: string; quote: string }[] };
  const outletOfSource = new Map<string, string>();
  for (const c of seed.claims)
    for (const v of c.versions) {
      const match = starter.versions.find((s) => s.quote === v.quote);
      if (match) outletOfSource.set(v.source, match.outletId);
    }
  const out = new Map<string, { expected: Set<string>; allowed: Set<string> }>();
  for (const c of seed.cases) {
    const outlet = outletOfSource.get(c.source);
    if (!outlet) continue;
    const e = out.get(outlet) ?? { expected: new Set<string>(), allowed: new Set<string>() };
    for (const id of c.expect) e.expected.add(id);
    for (const id of [...c.expect, ...(c.optional ?? [])]) e.allowed.add(id);
    out.set(outlet, e);
  }
  return out;
}

export const seedClaimIds = (): Set<string> => new Set(seedCases().claims.map((c) => c.id));

/** Clicks the middle of the first line of the first highlighted range containing `needle`, as a reader would. */
export async function clickHighlight(page: Page, needle: string): Promise<void> {
  const point = await page.evaluate((text: string) => {
    for (const [name, hl] of CSS.highlights) {
      if (!name.startsWith('recoupe-') || name === 'recoupe-focus') continue;
      for (const r of hl) {
        const range = r as Range;
        if (!range.toString().includes(text)) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, needle);
  if (!point) throw new Error(`no highlight containing “${needle}”`);
  await page.mouse.click(point.x, point.y);
}

/** Opens the toolbar popup, in a tab of its own, about the given tab (as Recoupe's `?tab=` lets it). */
export async function openPopup(h: Harness, tabId: number): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.goto(h.extensionUrl(`popup.html?tab=${tabId}`));
  return popup;
}

/**
 * Sends a Recoupe message from an extension page (popup, options) to the background, as the page's
 * own code does; `browser` in Firefox, where MV2's `chrome.*` takes callbacks instead of returning promises.
 */
export function extensionMessage(page: Page, message: object): Promise<unknown> {
  return page.evaluate((m: object) => ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).runtime.sendMessage(m), message);
}

/** The extension API inside extension contexts, where ExtensionContext.evaluate runs. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

/** The starter library (public/starter-data.json) as the matcher under Node takes it, to compare a page's highlights with. */
export function starterIndexClaims(): IndexClaim[] {
  const starter = JSON.parse(readFileSync('public/starter-data.json', 'utf8')) as RecoupeDocument;
  return starter.claims.map((c) => ({
    id: c.id,
    statement: c.statement,
    versions: starter.versions.filter((v) => v.claimId === c.id).map((v) => ({ id: v.id, outletId: v.outletId, source: v.outletId, lang: v.lang, quote: v.quote })),
  }));
}

/**
 * Empties every store but `meta` with plain IndexedDB: `meta` keeps `starterLoadedAt`, so the
 * background does not load the starter data again into the empty database.
 */
export function wipeDatabase(library: Page): Promise<void> {
  return library.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('recoupe');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames].filter((n) => n !== 'meta');
          const tx = db.transaction(names, 'readwrite');
          for (const n of names) tx.objectStore(n).clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
