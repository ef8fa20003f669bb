/**
 * Code run inside the extension. Chromium (MV3): the service worker, found again after each restart.
 * Firefox (MV2): its background page is not a target WebDriver BiDi can reach, so code runs in an
 * extension tab of its own (options.html, same origin, same APIs), with `chrome` set to the promise
 * based `browser` (Firefox's MV2 `chrome.*` takes callbacks), and reaches the background's global
 * through runtime.getBackgroundPage().
 */
import type { Target } from 'puppeteer-core';
import type { LaunchedBrowser } from '../../../scripts/lib/launch-browser';
import { Page, type PageEnv } from './page';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function poll(what: string, check: () => Promise<boolean>, timeout = 20_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await check().catch(() => false))) {
    if (Date.now() > until) throw new Error(`${what} within ${timeout} ms`);
    await sleep(100);
  }
}

export class ExtensionContext {
  private helper?: Page;
  constructor(
    private readonly launched: LaunchedBrowser,
    private readonly env: PageEnv,
  ) {}

  get browserName() {
    return this.launched.name;
  }

  async ready(): Promise<void> {
    if (this.launched.name === 'firefox') await this.helperPage();
    else await this.workerTarget();
  }

  /**
   * Firefox: drops the extension tab code runs in. The add-on's reload closes its tabs, but puppeteer
   * is not told (the page never reports closed), so the restart forgets it explicitly.
   */
  async forgetHelper(): Promise<void> {
    const old = this.helper;
    this.helper = undefined;
    await old?.close().catch(() => undefined);
  }

  /** Firefox: the extension tab code runs in (opened again after forgetHelper()). */
  async helperPage(): Promise<Page> {
    if (this.helper && !this.helper.isClosed()) return this.helper;
    const page = new Page(await this.launched.browser.newPage(), this.env);
    await page.goto(`${this.launched.extensionOrigin}/options.html`);
    this.helper = page;
    return page;
  }

  /** Chromium: the extension's service worker target (Chromium keeps its id across restarts). */
  async workerTarget(): Promise<Target> {
    const origin = `${this.launched.extensionOrigin}/`;
    return this.launched.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(origin), { timeout: 15_000 });
  }

  /**
   * Chromium: evaluates `expression` in the worker through a session of its own, opened and closed
   * for the call. puppeteer's WebWorker (target.worker()) is never taken: once taken, a stopped
   * worker never starts again (puppeteer issue 9995; Chromium reuses the target id).
   */
  async inWorker<R>(expression: string): Promise<R> {
    const session = await (await this.workerTarget()).createCDPSession();
    try {
      const r = await session.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (r.exceptionDetails) throw new Error(`in the service worker: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      return r.result.value as R;
    } finally {
      await session.detach().catch(() => undefined);
    }
  }

  /** Runs `fn(arg)` in an extension context where `chrome.*` returns promises. */
  async evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    if (this.launched.name === 'chromium') return this.inWorker<R>(`(${fn.toString()})(${JSON.stringify(arg ?? null)})`);
    const page = await this.helperPage();
    await page.raw.evaluate(() => {
      const g = globalThis as unknown as { chrome: unknown; browser: unknown };
      if (g.chrome !== g.browser) g.chrome = g.browser;
    });
    return page.raw.evaluate(fn as never, arg as never) as Promise<R>;
  }
}

/** Runs `fn(backgroundGlobal, arg)` with the extension background's own global object. */
export async function runInBackground<R, A>(ext: ExtensionContext, fn: (global: typeof globalThis, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  if (ext.browserName === 'chromium') {
    return ext.inWorker<R>(`(${fn.toString()})(self, ${JSON.stringify(arg ?? null)})`);
  }
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const call = new Function('arg', `return browser.runtime.getBackgroundPage().then((g) => (${fn.toString()})(g, arg));`);
  return (await ext.helperPage()).raw.evaluate(call as never, arg as never) as Promise<R>;
}

interface RestartHost {
  extensionUrl(path: string): string;
  context: { newPage(): Promise<Page> };
}

/**
 * Throws away the background's memory as the browser would. Chromium: stops the MV3 service worker
 * through the DevTools protocol and waits until it has stopped. Firefox: the MV2 background page is
 * persistent (Firefox never stops it), so the add-on is reloaded, as an update or a browser restart
 * does; the next page load then meets a fresh background that has only what IndexedDB kept.
 */
export async function restartBackground(ext: ExtensionContext, h: RestartHost): Promise<void> {
  if (ext.browserName === 'firefox') {
    const helper = await ext.helperPage();
    await runInBackground(ext, (g) => void ((g as unknown as { __restarting: boolean }).__restarting = true));
    await helper.raw.evaluate(() => void setTimeout(() => (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload(), 0));
    await sleep(500);
    await ext.forgetHelper();
    await poll('the add-on did not come back after its reload', async () => {
      try {
        return await runInBackground(ext, (g) => !(g as unknown as { __restarting?: boolean }).__restarting && g.document.readyState === 'complete');
      } catch (err) {
        await ext.forgetHelper();
        throw err;
      }
    }, 40_000);
    return;
  }
  const library = await h.context.newPage();
  await library.goto(h.extensionUrl('options.html'));
  const cdp = await library.raw.createCDPSession();
  let status = '';
  // Whether it stopped since the stop was asked: the library page open here may wake it again at
  // once (a message to the background), before a poll sees the short-lived "stopped".
  let stopAsked = false;
  let stoppedSince = false;
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    const ours = e.versions.find((v) => v.scriptURL.startsWith(h.extensionUrl('')));
    if (!ours) return;
    status = ours.runningStatus;
    if (stopAsked && status === 'stopped') stoppedSince = true;
  });
  await cdp.send('ServiceWorker.enable');
  await poll('the service worker was not seen running', async () => status === 'running');
  stopAsked = true;
  await cdp.send('ServiceWorker.stopAllWorkers');
  await poll('the service worker did not stop', async () => stoppedSince);
  await cdp.detach();
  await library.close();
}
