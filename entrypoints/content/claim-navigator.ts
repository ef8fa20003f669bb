import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackground } from '@/utils/protocol/send-message';
import { statusLabel } from '@/utils/core/statuses';
import { t, uiLang } from '@/utils/locale/i18n';
import type { PageInfo } from '@/utils/protocol/messages';
import type { HighlightPainter, PaintedMatch } from './highlights';
import type { CardUi } from './card-ui';
import { LiveRegion } from './live-region';

/**
 * Click and keyboard access to the highlights. Alt+Shift+N / Alt+Shift+P step through the claims
 * of the page (N is also the browser command, so users can rebind it), Enter opens the card,
 * Escape leaves the claim.
 */
export class ClaimNavigator {
  private index = -1;
  private lastKeyStep = 0;
  private live = new LiveRegion();
  /** Set by the annotation UI: Alt+Shift+A opens its form on the selection. */
  onAnnotateKey: (() => void) | undefined;

  constructor(
    private readonly painter: HighlightPainter,
    private readonly card: CardUi,
    private readonly page: () => PageInfo,
  ) {}

  listen(ctx: ContentScriptContext): void {
    // Only the reader's own clicks and keys: page scripts can dispatch synthetic events.
    ctx.addEventListener(document, 'click', (e) => {
      if (!e.isTrusted || e.button !== 0 || e.defaultPrevented || hasSelection()) return;
      const match = this.painter.matchAt(e.clientX, e.clientY);
      if (match) void this.openCard(match);
    });
    ctx.addEventListener(window, 'keydown', (e) => this.onKey(e), { capture: true });
  }

  /** Announces a message to screen readers. */
  say(text: string): void {
    this.live.say(text);
  }

  reset(): void {
    this.index = -1;
    this.painter.focus(undefined);
  }

  /** Moves to the next (1) or previous (-1) claim, in reading order. */
  step(direction: 1 | -1, source: 'key' | 'command' = 'key'): void {
    // One key press can reach us twice: as a page keydown and as the browser command.
    if (source === 'command' && performance.now() - this.lastKeyStep < 400) return;
    if (source === 'key') this.lastKeyStep = performance.now();
    const all = this.ordered();
    if (!all.length) {
      this.live.say(t('navNoClaims'));
      return;
    }
    const current = this.painter.matches[this.index];
    const at = current ? all.indexOf(current) : -1;
    const next = all[(at + direction + all.length) % all.length];
    this.select(next, all.indexOf(next) + 1, all.length);
  }

  goToClaim(claimId: string): boolean {
    const all = this.ordered();
    const match = all.find((m) => m.claimId === claimId);
    if (!match) return false;
    this.select(match, all.indexOf(match) + 1, all.length);
    return true;
  }

  private select(match: PaintedMatch, position: number, total: number): void {
    this.index = this.painter.matches.indexOf(match);
    this.painter.focus(match);
    const element = match.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const lang = uiLang();
    this.live.say(t('navAnnounce', [String(position), String(total), statusLabel(match.status, lang), match.statement]));
    // An open card follows the selection: left open, it would show one claim while another is selected.
    if (this.card.isOpen) void this.openCard(match);
  }

  private ordered(): PaintedMatch[] {
    return [...this.painter.matches].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  private onKey(e: KeyboardEvent): void {
    if (!e.isTrusted) return;
    if (e.altKey && e.shiftKey && e.code === 'KeyA') {
      e.preventDefault();
      this.onAnnotateKey?.();
      return;
    }
    if (e.altKey && e.shiftKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
      e.preventDefault();
      this.step(e.code === 'KeyN' ? 1 : -1);
      return;
    }
    const current = this.painter.matches[this.index];
    if (!current) return;
    if (e.key === 'Enter' && !e.altKey && !e.ctrlKey && !e.metaKey) {
      if (!entersCard(e.target, current)) return;
      e.preventDefault();
      void this.openCard(current);
    } else if (e.key === 'Escape' && !this.card.isOpen && !isEditable(e.target)) {
      this.reset();
    }
  }

  async openCard(match: PaintedMatch): Promise<void> {
    try {
      const data = await askBackground('getCard', { claimId: match.claimId, page: this.page() });
      // The whole sentence, not its first line: the card must not cover the text it is about.
      await this.card.open(data, match.range.getBoundingClientRect(), match.why);
      this.live.say(t('cardOpened', match.statement));
    } catch (e) {
      this.live.say(e instanceof Error ? e.message : String(e));
    }
  }
}

function hasSelection(): boolean {
  const s = window.getSelection();
  return !!s && !s.isCollapsed && s.toString().trim().length > 0;
}

/** Elements for which Enter already means something: follow, press, submit, toggle, type. */
const INTERACTIVE =
  'a[href], area[href], button, input, select, textarea, summary, iframe, [contenteditable]:not([contenteditable="false"]), [tabindex]:not([tabindex="-1"]), [role="button"], [role="link"], [role="menuitem"], [role="option"], [role="tab"], [role="checkbox"], [role="switch"], [role="textbox"]';

/**
 * Enter opens the selected claim's card only when focus rests on the document itself (body, html) or
 * on a plain element holding the highlight: on a link, a button, a form field or anything of our own
 * UI (the card, the annotation form), Enter keeps its own meaning. The listener is on the window, so
 * `target` is the shadow host for anything inside the card.
 */
function entersCard(target: EventTarget | null, match: PaintedMatch): boolean {
  if (!(target instanceof Element)) return true;
  if (target === document.body || target === document.documentElement) return true;
  if (target.localName.startsWith('recoupe-') || target.closest(INTERACTIVE) || isEditable(target)) return false;
  return target.contains(match.range.commonAncestorContainer);
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
