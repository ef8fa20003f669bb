import { existsSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../../scripts/lib/launch-browser';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-server';
import type { ContentApi, FoundClaim } from '../../utils/protocol/messages';

type PageState = ContentApi['listFound']['response'];

/** The extension API inside the service worker, where sw.evaluate() runs. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

export const EXTENSION_PATH = '.output/chrome-mv3';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  sw: () => Promise<Worker>;
  server: DemoServer;
  close(): Promise<void>;
}

/** Launches Debian Chromium with the built extension, and the demo site on a free port. */
export async function startHarness(extensionPath: string = EXTENSION_PATH): Promise<Harness> {
  if (!existsSync(`${extensionPath}/manifest.json`)) throw new Error(`No built extension in ${extensionPath}: run \`npx wxt build\` first.`);
  const server = await startDemoServer({ port: 0 });
  const browser = await launchWithExtension({ extensionPath, headless: true });
  const context = browser.context;
  return {
    context,
    extensionId: browser.extensionId,
    // The MV3 worker can be stopped and restarted: always look up the current one.
    sw: async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')),
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

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
  await page.bringToFront();
  const sw = await h.sw();
  const ids = (await sw.evaluate(async () => (await chrome.tabs.query({ active: true })).map((t: { id?: number }) => t.id))) as number[];
  if (ids.length !== 1) throw new Error(`expected one active tab, found ${ids.length}`);
  return ids[0];
}

/** Asks the page's content script what it found, the way the popup does. */
export async function pageState(h: Harness, page: Page): Promise<PageState> {
  const tabId = await tabIdOf(h, page);
  const sw = await h.sw();
  const result = await sw.evaluate(async (id) => chrome.tabs.sendMessage(id, { type: 'listFound' }).catch((e: Error) => ({ ok: false, error: e.message })), tabId);
  const r = result as { ok: boolean; value: PageState; error?: string };
  if (!r.ok) throw new Error(r.error);
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

/** For each starter outlet: the claims its article must show and may show, from ../shared/eval/seed-cases.json. */
export function expectationsByOutlet(): Map<string, { expected: Set<string>; allowed: Set<string> }> {
  const seed = JSON.parse(readFileSync('../shared/eval/seed-cases.json', 'utf8')) as SeedCases;
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

export const seedClaimIds = (): Set<string> =>
  new Set((JSON.parse(readFileSync('../shared/eval/seed-cases.json', 'utf8')) as SeedCases).claims.map((c) => c.id));

/** Clicks the middle of the first line of the first highlighted range containing `needle`, as a reader would. */
export async function clickHighlight(page: Page, needle: string): Promise<void> {
  const point = await page.evaluate((text) => {
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
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}
