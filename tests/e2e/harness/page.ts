/**
 * A Playwright-shaped Page over a puppeteer-core page, the same in Chromium and Firefox. It hides
 * the two places where Firefox's WebDriver BiDi differs (firefox.md): navigations to moz-extension://
 * are not reported, so goto/reload there are started and then polled; and downloads are files that
 * appear in the browser's download folder, in both browsers.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsoleMessage, HTTPRequest, KeyInput, Page as PuppeteerPage } from 'puppeteer-core';
import type { BrowserName } from '../../../scripts/lib/launch-browser';
import { ACTION_TIMEOUT_MS, Locator } from './locator';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface PageEnv {
  browser: BrowserName;
  downloadDir: string;
  /** The tab in front, shared by every page of the browser: real input goes to the front tab only. */
  front?: { page?: Page };
}

export interface Download {
  suggestedFilename(): string;
  path(): Promise<string>;
}

const MODIFIERS = new Set(['Alt', 'Shift', 'Control', 'Meta']);

export class Page {
  readonly mouse: { click(x: number, y: number): Promise<void> };
  readonly keyboard: { press(combo: string): Promise<void>; type(text: string): Promise<void> };

  constructor(
    /** The puppeteer page, for anything this wrapper does not cover. */
    readonly raw: PuppeteerPage,
    private readonly env: PageEnv,
  ) {
    // A new tab opens in front, in both browsers.
    if (env.front) env.front.page = this;
    this.mouse = {
      click: async (x: number, y: number) => {
        await this.activate();
        await raw.mouse.click(x, y);
      },
    };
    this.keyboard = {
      // 'Alt+Shift+N' as in Playwright: modifiers held while the last key is pressed.
      press: async (combo: string) => {
        await this.activate();
        const keys = combo.split('+') as KeyInput[];
        const key = keys.pop()!;
        for (const m of keys) if (MODIFIERS.has(m)) await raw.keyboard.down(m);
        await raw.keyboard.press(key);
        for (const m of keys.reverse()) if (MODIFIERS.has(m)) await raw.keyboard.up(m);
      },
      type: async (text: string) => {
        await this.activate();
        await raw.keyboard.type(text);
      },
    };
  }

  /**
   * Brings this tab to the front if another one is: Chromium does not acknowledge input sent to a
   * background tab (the click never returns) and Firefox throttles a background tab's timers.
   */
  async activate(): Promise<void> {
    if (!this.env.front || this.env.front.page === this) return;
    await this.bringToFront();
  }

  get browserName(): BrowserName {
    return this.env.browser;
  }

  locator(css: string, options: { hasText?: string | RegExp } = {}): Locator {
    return new Locator(this.raw, [], () => this.activate()).locator(css, options);
  }
  getByLabel(label: string | RegExp): Locator {
    return new Locator(this.raw, [], () => this.activate()).getByLabel(label);
  }
  getByRole(role: string, options: { name?: string | RegExp } = {}): Locator {
    return new Locator(this.raw, [], () => this.activate()).getByRole(role, options);
  }

  private unreportedNavigation(url: string): boolean {
    return this.env.browser === 'firefox' && url.startsWith('moz-extension:');
  }

  /** Polls until the document at `url` (or any, when absent) has finished loading and `done` holds. */
  private async waitForLoaded(check: () => Promise<boolean>, what: string, timeout = 30_000): Promise<void> {
    const until = Date.now() + timeout;
    for (;;) {
      if (await check().catch(() => false)) return;
      if (Date.now() > until) throw new Error(`${what} did not finish loading within ${timeout} ms`);
      await sleep(100);
    }
  }

  async goto(url: string, options: { waitUntil?: 'load' | 'domcontentloaded' } = {}): Promise<void> {
    if (!this.unreportedNavigation(url)) {
      await this.raw.goto(url, { waitUntil: options.waitUntil ?? 'load' });
      return;
    }
    // Firefox's BiDi does not report this navigation: start it, then watch the document.
    void this.raw.goto(url).catch(() => undefined);
    await this.waitForLoaded(() => this.raw.evaluate((u) => location.href === u && document.readyState === 'complete', url), url);
  }

  async reload(): Promise<void> {
    // Firefox's page.url() does not follow unreported navigations: ask the document.
    const href = this.env.browser === 'firefox' ? await this.raw.evaluate(() => location.href) : this.raw.url();
    if (!this.unreportedNavigation(href)) {
      await this.raw.reload({ waitUntil: 'load' });
      return;
    }
    await this.raw.evaluate(() => {
      (window as unknown as { __beforeReload?: boolean }).__beforeReload = true;
      setTimeout(() => location.reload(), 0);
    });
    await this.waitForLoaded(
      () => this.raw.evaluate(() => !(window as unknown as { __beforeReload?: boolean }).__beforeReload && document.readyState === 'complete'),
      href,
    );
  }

  url(): string {
    return this.raw.url();
  }
  title(): Promise<string> {
    return this.raw.evaluate(() => document.title);
  }
  async close(): Promise<void> {
    if (!this.raw.isClosed()) await this.raw.close();
  }
  isClosed(): boolean {
    return this.raw.isClosed();
  }
  async bringToFront(): Promise<void> {
    await this.raw.bringToFront();
    if (this.env.front) this.env.front.page = this;
  }
  async screenshot(options: { path: string; fullPage?: boolean }): Promise<void> {
    await this.raw.screenshot({ path: options.path as `${string}.png`, fullPage: options.fullPage ?? false });
  }
  on(event: 'request', handler: (r: HTTPRequest) => void): this;
  on(event: 'pageerror', handler: (e: Error) => void): this;
  on(event: 'console', handler: (m: ConsoleMessage) => void): this;
  on(event: 'request' | 'pageerror' | 'console', handler: (arg: never) => void): this {
    this.raw.on(event, handler as never);
    return this;
  }

  evaluate<R>(source: string): Promise<R>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  evaluate<R, A>(fn: string | ((arg: A) => R | Promise<R>), arg?: A): Promise<R> {
    return (typeof fn === 'string' ? this.raw.evaluate(fn) : this.raw.evaluate(fn as never, arg as never)) as Promise<R>;
  }

  /** Playwright's argument order: (fn, arg, { timeout }). Polled every 100 ms (rAF stalls in background tabs). */
  async waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, options: { timeout?: number } = {}): Promise<void> {
    await this.raw.waitForFunction(fn as never, { timeout: options.timeout ?? ACTION_TIMEOUT_MS, polling: 100 }, arg as never);
  }

  async waitForTimeout(ms: number): Promise<void> {
    await sleep(ms);
  }

  /** Waits until location.href matches a Playwright-style glob ('**' any characters, '*' no slash) or a RegExp. */
  async waitForURL(pattern: string | RegExp, options: { timeout?: number } = {}): Promise<void> {
    const re =
      typeof pattern === 'string'
        ? new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*')}$`)
        : pattern;
    await this.waitForLoaded(async () => re.test(await this.raw.evaluate(() => location.href)), `a URL matching ${pattern}`, options.timeout ?? ACTION_TIMEOUT_MS);
  }

  /**
   * Playwright's page.waitForEvent('download'): call it before the click that downloads. Resolves
   * with the first file that appears, complete, in the download folder after the call.
   */
  async waitForEvent(event: 'download', options: { timeout?: number } = {}): Promise<Download> {
    if (event !== 'download') throw new Error(`waitForEvent('${event}') is not supported by the harness`);
    const dir = this.env.downloadDir;
    const before = new Set(existsSync(dir) ? readdirSync(dir) : []);
    const partial = (n: string) => /\.(part|crdownload)$/.test(n);
    const until = Date.now() + (options.timeout ?? ACTION_TIMEOUT_MS);
    let lastSize = -1;
    let lastName: string | undefined;
    for (;;) {
      const names = existsSync(dir) ? readdirSync(dir) : [];
      const name = names.find((n) => !before.has(n) && !partial(n) && !names.some((m) => partial(m) && m.startsWith(n)));
      // Firefox may write under a temporary name and rename it: a file can vanish between two looks.
      const size = name === undefined ? -1 : sizeOrGone(join(dir, name));
      if (name !== undefined && size >= 0) {
        // Complete once its name and size hold still between two looks.
        if (name === lastName && size === lastSize) return { suggestedFilename: () => name, path: async () => join(dir, name) };
        lastName = name;
        lastSize = size;
      } else lastName = undefined;
      if (Date.now() > until) throw new Error(`no download finished in ${dir} within ${options.timeout ?? ACTION_TIMEOUT_MS} ms`);
      await sleep(200);
    }
  }
}

/** The file's size, or -1 when it is gone (renamed or removed since the folder was read). */
function sizeOrGone(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return -1;
  }
}
