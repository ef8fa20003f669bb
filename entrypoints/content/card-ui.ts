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
    placeHost(ui.shadowHost, anchor);
    ui.mount();
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

/**
 * Fixed next to the highlight: below it when there is room, else above; always inside the viewport.
 * WXT resets the host with `all: initial !important` from inside the shadow root, which beats inline
 * styles on the host, so the card positions itself from custom properties (which `all` leaves alone).
 */
function placeHost(host: HTMLElement, anchor: DOMRect): void {
  const width = Math.min(CARD_WIDTH, window.innerWidth - 16);
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
  const top = Math.max(0, anchor.top);
  const bottom = Math.min(window.innerHeight, anchor.bottom);
  const below = window.innerHeight - bottom;
  const set = (name: string, value: string) => host.style.setProperty(`--recoupe-${name}`, value);
  set('left', `${left}px`);
  set('width', `${width}px`);
  if (below >= 320 || (below >= top && top < 320)) {
    set('top', `${Math.max(8, bottom + 8)}px`);
    set('bottom', 'auto');
    set('max-h', `${Math.max(200, below - 16)}px`);
  } else {
    set('top', 'auto');
    set('bottom', `${window.innerHeight - top + 8}px`);
    set('max-h', `${Math.max(200, top - 16)}px`);
  }
}
