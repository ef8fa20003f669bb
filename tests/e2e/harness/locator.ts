/**
 * A Playwright-shaped Locator over puppeteer-core, for both browsers: lazy (resolved again at each
 * call), piercing open shadow roots, and waiting for its element before acting on it. Actions act
 * as a user would: click() is a real mouse click at the element's centre; fill() sets the value and
 * fires input/change as typing does; setInputFiles() hands the input a File as a file picker does.
 */
import type { ElementHandle, JSHandle, Page as PuppeteerPage } from 'puppeteer-core';
import { resolveInPage, type Step } from './in-page';

export const ACTION_TIMEOUT_MS = 20_000;
type TextMatch = string | RegExp;
const textStep = (t: TextMatch): Step => (typeof t === 'string' ? { text: t } : { text: t.source, re: t.flags.replace('g', '') });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface FileInput {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export class Locator {
  constructor(
    private readonly page: PuppeteerPage,
    private readonly steps: Step[],
    /** Brings the page to the front before real input: a background tab may never acknowledge it. */
    private readonly activate: () => Promise<void> = async () => undefined,
  ) {}

  private with(...more: Step[]): Locator {
    return new Locator(this.page, [...this.steps, ...more], this.activate);
  }

  locator(css: string, options: { hasText?: TextMatch } = {}): Locator {
    return options.hasText === undefined ? this.with({ css }) : this.with({ css }, textStep(options.hasText));
  }
  filter(options: { hasText: TextMatch }): Locator {
    return this.with(textStep(options.hasText));
  }
  getByLabel(label: TextMatch): Locator {
    return this.with(typeof label === 'string' ? { label } : { label: label.source, re: label.flags.replace('g', '') });
  }
  getByRole(role: string, options: { name?: TextMatch } = {}): Locator {
    const n = options.name;
    return this.with(n === undefined ? { role } : typeof n === 'string' ? { role, name: n } : { role, name: n.source, re: n.flags.replace('g', '') });
  }
  first(): Locator {
    return this.with({ nth: 0 });
  }
  last(): Locator {
    return this.with({ nth: -1 });
  }
  nth(n: number): Locator {
    return this.with({ nth: n });
  }

  /** Every element matching now (no waiting), as puppeteer handles. */
  async all(): Promise<ElementHandle<Element>[]> {
    const list = (await this.page.evaluateHandle(resolveInPage, this.steps)) as JSHandle<Element[]>;
    const props = await list.getProperties();
    await list.dispose();
    return [...props.values()].map((h) => h.asElement()).filter((h): h is ElementHandle<Element> => h !== null);
  }

  async count(): Promise<number> {
    return this.evaluateAll((els) => els.length);
  }

  /** Waits until the first match is in the state wanted: 'visible' (default), 'attached', 'hidden' or 'detached'. */
  async waitFor(options: { state?: 'visible' | 'attached' | 'hidden' | 'detached'; timeout?: number } = {}): Promise<void> {
    const state = options.state ?? 'visible';
    const until = Date.now() + (options.timeout ?? ACTION_TIMEOUT_MS);
    for (;;) {
      const found = await this.firstNow();
      const visible = found ? await found.evaluate((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden').catch(() => false) : false;
      await found?.dispose();
      const ok = state === 'attached' ? !!found : state === 'detached' ? !found : state === 'hidden' ? !visible : visible;
      if (ok) return;
      if (Date.now() > until) throw new Error(`locator ${this.describe()} did not become ${state} within ${options.timeout ?? ACTION_TIMEOUT_MS} ms`);
      await sleep(100);
    }
  }

  private async firstNow(): Promise<ElementHandle<Element> | undefined> {
    const [first, ...rest] = await this.all().catch(() => []);
    for (const h of rest) await h.dispose();
    return first;
  }

  /** The first match, once attached (and visible when `visible`). */
  async element(visible = false, timeout = ACTION_TIMEOUT_MS): Promise<ElementHandle<Element>> {
    await this.waitFor({ state: visible ? 'visible' : 'attached', timeout });
    const el = await this.firstNow();
    if (!el) throw new Error(`locator ${this.describe()} matched nothing`);
    return el;
  }

  describe(): string {
    return JSON.stringify(this.steps);
  }

  async innerText(): Promise<string> {
    return (await this.element()).evaluate((el) => (el as HTMLElement).innerText);
  }
  async allInnerTexts(): Promise<string[]> {
    const all = await this.all();
    return Promise.all(all.map((h) => h.evaluate((el) => (el as HTMLElement).innerText)));
  }
  async textContent(): Promise<string | null> {
    return (await this.element()).evaluate((el) => el.textContent);
  }
  async getAttribute(name: string): Promise<string | null> {
    return (await this.element()).evaluate((el, n) => el.getAttribute(n), name);
  }
  async isVisible(): Promise<boolean> {
    const el = await this.firstNow();
    return el ? el.evaluate((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden') : false;
  }
  async isEnabled(): Promise<boolean> {
    return (await this.element()).evaluate((el) => !(el as HTMLButtonElement).disabled);
  }
  async isChecked(): Promise<boolean> {
    return (await this.element()).evaluate((el) => (el as HTMLInputElement).checked);
  }

  /**
   * Clicks the first match once it is visible. A click that finds the element detached or without a
   * box (re-rendered, or not laid out yet, between the lookup and the click) looks the element up
   * again and retries until the action timeout, as a user would click again once the button shows.
   */
  async click(): Promise<void> {
    const until = Date.now() + ACTION_TIMEOUT_MS;
    for (;;) {
      const el = await this.element(true, Math.max(0, until - Date.now()));
      try {
        await this.activate();
        await el.scrollIntoView().catch(() => undefined);
        await el.click();
        return;
      } catch (error) {
        if (!/not clickable|not an Element|detached/i.test(String(error)) || Date.now() > until) throw error;
        await sleep(100);
      } finally {
        await el.dispose().catch(() => undefined);
      }
    }
  }
  async focus(): Promise<void> {
    await (await this.element()).evaluate((el) => {
      (document.activeElement as HTMLElement | null)?.blur?.();
      (el as HTMLElement).focus();
    });
  }
  async fill(value: string): Promise<void> {
    await (await this.element(true)).evaluate((el, v) => {
      const input = el as HTMLInputElement;
      input.focus();
      const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
  }
  async setChecked(checked: boolean): Promise<void> {
    const el = await this.element();
    await this.activate();
    if ((await el.evaluate((e) => (e as HTMLInputElement).checked)) !== checked) await el.click();
    const until = Date.now() + 5000;
    while ((await el.evaluate((e) => (e as HTMLInputElement).checked)) !== checked) {
      if (Date.now() > until) throw new Error(`clicking ${this.describe()} did not make it ${checked ? 'checked' : 'unchecked'}`);
      await sleep(50);
    }
  }
  check(): Promise<void> {
    return this.setChecked(true);
  }
  uncheck(): Promise<void> {
    return this.setChecked(false);
  }
  async selectOption(value: string): Promise<void> {
    await (await this.element()).evaluate((el, v) => {
      const select = el as HTMLSelectElement;
      const option = [...select.options].find((o) => o.value === v || o.label === v);
      if (!option) throw new Error(`no option ${v}`);
      select.value = option.value;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
  }
  async setInputFiles(file: FileInput): Promise<void> {
    await (await this.element()).evaluate(
      (el, f) => {
        const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], f.name, { type: f.type }));
        (el as HTMLInputElement).files = transfer.files;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      },
      { name: file.name, type: file.mimeType, b64: file.buffer.toString('base64') },
    );
  }

  /** Runs `fn(element, arg)` in the page on the first match. */
  async evaluate<R, A>(fn: (el: Element, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.element()).evaluate(fn as never, arg as never) as Promise<R>;
  }
  /** Runs `fn(elements, arg)` in the page on every match (none is fine). */
  async evaluateAll<R, A>(fn: (els: Element[], arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const list = (await this.page.evaluateHandle(resolveInPage, this.steps)) as JSHandle<Element[]>;
    try {
      return (await list.evaluate(fn as never, arg as never)) as R;
    } finally {
      await list.dispose();
    }
  }
}
