import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { RecoupePage } from './index';

const RESCAN_DEBOUNCE_MS = 400;
const INTEGRITY_CHECK_MS = 1500;

/**
 * Rescans when the page changes after load (single-page sites, infinite scroll, late article bodies),
 * debounced; the scanner only sends text it has not matched before. Also puts the highlights back
 * when a page script clears them.
 */
export function watchPage(ctx: ContentScriptContext, page: RecoupePage): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => page.rescan(), RESCAN_DEBOUNCE_MS);
  };
  const observer = new MutationObserver((records) => {
    if (!page.enabled) return;
    if (records.some((r) => !isOwnChange(r))) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
  // History navigation without a reload (pushState apps) changes the page URL: forget the outlet.
  ctx.addEventListener(window, 'wxt:locationchange', () => page.rescan(true));
  ctx.setInterval(() => {
    if (page.enabled && !page.painter.isIntact()) page.painter.repaint();
  }, INTEGRITY_CHECK_MS);
}

/** Our own card, live region and style element must not trigger rescans. */
function isOwnChange(r: MutationRecord): boolean {
  if (isOurs(r.target)) return true;
  if (r.type !== 'childList') return false;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.length > 0 && nodes.every(isOurs);
}

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  if (el.id === 'recoupe-highlight-style') return true;
  const host = el.closest('recoupe-card, recoupe-live');
  return host !== null || el.localName.startsWith('recoupe-');
}
