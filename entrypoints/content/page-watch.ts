import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageSession } from './page-session';

/** A change is rescanned once the page has been quiet this long… */
const RESCAN_DEBOUNCE_MS = 400;
/** …or, on a page that never goes quiet (tickers, clocks, animations in the DOM), this long after it. */
const MIN_RESCAN_GAP_MS = 1000;
/** The gap doubles while the page keeps changing without a pause, up to this. */
const MAX_RESCAN_GAP_MS = 8000;
/** A rescan still running after this long is presumed stuck (the background never answered): the next one may start. */
const SCAN_PATIENCE_MS = 30_000;
const INTEGRITY_CHECK_MS = 1500;

/**
 * Rescans when the page changes after load (single-page sites, infinite scroll, late article bodies),
 * debounced; the scanner only sends text it has not matched before. Also puts the highlights back
 * when a page script clears them.
 */
export function watchPage(ctx: ContentScriptContext, page: PageSession): void {
  const rescans = throttleRescans(page);
  const observer = new MutationObserver((records) => {
    if (!page.enabled) return;
    if (records.some((r) => !isOwnChange(r))) rescans.changed();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    rescans.stop();
  });
  // History navigation without a reload (pushState apps) changes the page URL: forget the outlet.
  // A page script can dispatch this DOM event too; only WXT's own event object carries newUrl
  // (properties a page sets on an event stay in the page's JavaScript world), so forged ones are ignored.
  let url = location.href;
  ctx.addEventListener(window, 'wxt:locationchange', (e) => {
    const next = (e as Partial<typeof e>).newUrl?.href;
    if (!next || next === url) return;
    url = next;
    // With the Navigation API the event comes before the new URL is committed: scan after it.
    ctx.setTimeout(() => void page.rescan(true), 0);
  });
  ctx.setInterval(() => {
    if (page.enabled && !page.painter.isIntact()) page.painter.repaint();
  }, INTEGRITY_CHECK_MS);
}

/**
 * A plain debounce never fires on a page that changes its DOM every few milliseconds, so content
 * that arrives there later would never be checked; rescanning on every change would keep the page's
 * main thread busy instead. So: debounced, but at most `gap` after the first pending change, the gap
 * growing while the page never pauses; and never on top of a rescan still running, which a new one
 * would abort (on a huge page that is changing, no scan would ever finish).
 */
function throttleRescans(page: PageSession) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince: number | undefined;
  let lastChange = 0;
  let gap = MIN_RESCAN_GAP_MS;
  /** When the rescan under way started; undefined once it is done. */
  let running: number | undefined;

  const arm = () => {
    clearTimeout(timer);
    const now = performance.now();
    const due = Math.min(lastChange + RESCAN_DEBOUNCE_MS, (pendingSince ?? now) + gap);
    timer = setTimeout(fire, Math.max(0, due - now));
  };
  const fire = () => {
    const now = performance.now();
    if (running !== undefined && now - running < SCAN_PATIENCE_MS) {
      timer = setTimeout(fire, MIN_RESCAN_GAP_MS);
      return;
    }
    const stillChanging = now - lastChange < RESCAN_DEBOUNCE_MS;
    gap = stillChanging ? Math.min(gap * 2, MAX_RESCAN_GAP_MS) : MIN_RESCAN_GAP_MS;
    pendingSince = undefined;
    const started = (running = now);
    void page.rescan().finally(() => {
      if (running === started) running = undefined;
    });
  };
  return {
    changed(): void {
      lastChange = performance.now();
      pendingSince ??= lastChange;
      arm();
    },
    stop(): void {
      clearTimeout(timer);
    },
  };
}

/**
 * WXT stops a copy of the content script left over from an extension update when a newer copy
 * dispatches its "content script started" event on the document (ContentScriptContext.stopOldScripts).
 * That is an untrusted DOM event: a page script can dispatch it as well, and it would take away
 * Recoupe's click and keyboard handlers and its rescans on that page. A real leftover copy has lost
 * its extension runtime; while ours is alive, the event is stopped on window, in the capture phase,
 * before WXT's listener on the document sees it. (A newer copy dispatches it from its constructor,
 * before it registers this guard, so a real update still stops the old copy.) Registered first thing
 * at document_start: an inline script of the page runs before DOMContentLoaded.
 */
export function ignoreForgedRestarts(ctx: ContentScriptContext): void {
  const type = `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
  const guard = (e: Event) => {
    if (browser.runtime?.id) e.stopImmediatePropagation();
  };
  window.addEventListener(type, guard, { capture: true });
  ctx.onInvalidated(() => window.removeEventListener(type, guard, { capture: true }));
}

/** Our own card and live region must not trigger rescans. */
function isOwnChange(r: MutationRecord): boolean {
  if (isOurs(r.target)) return true;
  if (r.type !== 'childList') return false;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.length > 0 && nodes.every(isOurs);
}

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  const host = el.closest('recoupe-card, recoupe-live');
  return host !== null || el.localName.startsWith('recoupe-');
}
