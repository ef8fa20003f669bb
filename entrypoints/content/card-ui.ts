import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowUi, type ShadowUi } from './shadow-ui';
import { ClaimCard } from '@/components/ClaimCard';
import type { CardData } from '@/utils/protocol/card-data';
import { uiLang } from '@/utils/locale/i18n';
import type { MatchWhy } from '@/utils/protocol/messages';

const CARD_WIDTH = 460;

/**
 * One card at a time, in a shadow root so the page's styles cannot reach it. It closes with Escape
 * or a click outside, and gives focus back to where it was.
 */
export class CardUi {
  private ui: ShadowUi | undefined;
  private returnFocus: Element | null = null;
  private onOutside = (e: PointerEvent) => {
    if (this.ui && !e.composedPath().includes(this.ui.shadowHost)) this.close();
  };
  // Escape closes the card wherever focus is: it is visible before its close button takes focus.
  private onEscape = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.ui) this.close();
  };

  constructor(private readonly ctx: ContentScriptContext) {}

  get isOpen(): boolean {
    return this.ui !== undefined;
  }

  async open(data: CardData, anchor: DOMRect, why?: MatchWhy): Promise<void> {
    const previous = this.isOpen ? this.returnFocus : document.activeElement;
    this.close(false);
    this.returnFocus = previous;
    const lang = uiLang();
    const ui = await createShadowUi(this.ctx, {
      name: 'recoupe-card',
      isolateEvents: ['keydown', 'keyup', 'keypress', 'click'],
      onMount: (container) => {
        render(h(ClaimCard, { data, lang, why, onClose: () => this.close() }), container);
      },
      onRemove: () => {
        const root = ui.uiContainer;
        render(null, root);
      },
    });
    ui.mount();
    // Once in the page, where the zoom of its ancestors is known; before the next frame is painted.
    placeHost(ui.shadowHost, anchor);
    this.ui = ui;
    // The click that opened the card must not count as a click outside.
    setTimeout(() => document.addEventListener('pointerdown', this.onOutside, true), 0);
    document.addEventListener('keydown', this.onEscape, true);
  }

  close(restoreFocus = true): void {
    document.removeEventListener('pointerdown', this.onOutside, true);
    document.removeEventListener('keydown', this.onEscape, true);
    if (!this.ui) return;
    this.ui.remove();
    this.ui = undefined;
    const target = this.returnFocus;
    this.returnFocus = null;
    if (restoreFocus && target instanceof HTMLElement && target.isConnected) target.focus({ preventScroll: true });
    else if (restoreFocus && document.activeElement instanceof HTMLElement) document.activeElement.blur();
  }
}

/** Below this height on both sides of the sentence, the card takes the viewport's height instead. */
const MIN_HEIGHT = 200;
const MARGIN = 8;

/**
 * Fixed next to the highlight: below it when there is room, else above; where neither side has room
 * (a short window, a page zoomed in) over it, as tall as the viewport; always inside the viewport,
 * scrolling inside itself. WXT resets the host with `all: initial !important` from inside the shadow
 * root, which beats inline styles on the host, so the card positions itself from custom properties
 * (which `all` leaves alone). The anchor and the viewport are measured in the viewport's pixels, while
 * lengths set on the card are multiplied by the CSS `zoom` of its ancestors (`html { zoom: 1.5 }`):
 * they are divided by it.
 */
function placeHost(host: HTMLElement, anchor: DOMRect): void {
  const zoom = (host as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom || 1;
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const width = Math.min(CARD_WIDTH, vw - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(anchor.left, vw - width - MARGIN));
  const top = Math.max(0, Math.min(vh, anchor.top));
  const bottom = Math.max(0, Math.min(vh, anchor.bottom));
  const below = vh - bottom - 2 * MARGIN;
  const above = top - 2 * MARGIN;
  const minHeight = Math.min(MIN_HEIGHT, vh - 2 * MARGIN);
  const px = (n: number) => `${n / zoom}px`;
  const set = (name: string, value: string) => host.style.setProperty(`--recoupe-${name}`, value);
  set('left', px(left));
  set('width', px(width));
  if (below >= 320 || (below >= above && below >= minHeight)) {
    set('top', px(bottom + MARGIN));
    set('bottom', 'auto');
    set('max-h', px(below));
  } else if (above >= minHeight) {
    set('top', 'auto');
    set('bottom', px(vh - top + MARGIN));
    set('max-h', px(above));
  } else {
    set('top', px(MARGIN));
    set('bottom', 'auto');
    set('max-h', px(vh - 2 * MARGIN));
  }
}
