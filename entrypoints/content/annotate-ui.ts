import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowUi, type ShadowUi } from './shadow-ui';
import { AnnotateForm } from '@/components/AnnotateForm';
import { describeRange } from '@/utils/page/anchor-dom';
import { readPageIdentity } from '@/utils/page/page-identity';
import { pageTextFromBlocks, readTextBlocks } from '@/utils/page/page-text';
import { askBackground } from '@/utils/protocol/send-message';
import { t, uiLang } from '@/utils/locale/i18n';
import { textBefore, type AnnotationDraft } from '@/utils/protocol/annotation-draft';
import { utf16Offset } from '@/utils/core/anchoring/code-points';
import { MESSAGE_LIMITS, type PageAnnotation } from '@/utils/protocol/messages';

/** The current selection, if it is page text a user can annotate (not our UI, not a form field). */
function annotatableSelection(): Range | undefined {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return undefined;
  const range = sel.getRangeAt(0);
  if (range.toString().trim().length < 3) return undefined;
  const el = range.commonAncestorContainer.nodeType === 1 ? (range.commonAncestorContainer as Element) : range.commonAncestorContainer.parentElement;
  if (!el || el.closest('input, textarea, [contenteditable]:not([contenteditable="false"])') || el.localName.startsWith('recoupe-')) return undefined;
  return range.cloneRange();
}

/**
 * Select text, then the floating button, the context menu or Alt+Shift+A: a form to attach the
 * quote to a claim (or create one), with status, note and tags; saved with W3C selectors.
 */
export class AnnotateUi {
  private form: ShadowUi | undefined;
  private button: ShadowUi | undefined;
  private returnFocus: Element | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly detached: () => PageAnnotation[],
    private readonly onSaved: () => void,
    private readonly say: (text: string) => void,
  ) {}

  listen(): void {
    const update = () => setTimeout(() => void this.updateButton(), 0);
    this.ctx.addEventListener(document, 'mouseup', update);
    this.ctx.addEventListener(document, 'keyup', (e) => {
      if (e.shiftKey || e.key === 'Shift') update();
    });
    this.ctx.addEventListener(document, 'selectionchange', () => {
      if (!annotatableSelection()) this.hideButton();
    });
  }

  private async updateButton(): Promise<void> {
    const range = annotatableSelection();
    if (!range || this.form) return this.hideButton();
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    this.hideButton();
    const ui = await createShadowUi(this.ctx, {
      name: 'recoupe-annotate-button',
      onMount: (container) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'annotate-button';
        button.textContent = `✎ ${t('annButton')}`;
        // mousedown would collapse the selection before the click lands.
        button.addEventListener('mousedown', (e) => e.preventDefault());
        button.addEventListener('click', () => void this.open(range));
        container.append(button);
      },
    });
    ui.shadowHost.style.setProperty('--recoupe-left', `${Math.min(window.innerWidth - 200, Math.max(4, last.right + 6))}px`);
    ui.shadowHost.style.setProperty('--recoupe-top', `${Math.min(window.innerHeight - 40, Math.max(4, last.bottom + 6))}px`);
    ui.mount();
    this.button = ui;
  }

  private hideButton(): void {
    this.button?.remove();
    this.button = undefined;
  }

  /** Opens the form on the given range, or on the current selection. */
  async open(given?: Range): Promise<void> {
    const range = given ?? annotatableSelection();
    if (!range) {
      this.say(t('annNoSelection'));
      return;
    }
    this.hideButton();
    this.close(false);
    this.returnFocus = document.activeElement;
    const page = pageTextFromBlocks(readTextBlocks(document.body).blocks);
    const selectors = describeRange(page, range, document.body);
    const identity = readPageIdentity(document, location.href);
    const pageInfo: AnnotationDraft['page'] = {
      url: identity.url,
      canonicalUrl: identity.canonicalUrl ?? identity.url,
      title: identity.title,
      siteName: identity.siteName,
      publishedAt: identity.publishedTime ?? '',
      lang: identity.lang ?? '',
    };
    const quote = selectors.quote.exact;
    // The background refuses a longer quote: say so now, in the reader's language, not on save.
    if (quote.length > MESSAGE_LIMITS.maxQuoteLength) {
      this.say(t('annSelectionTooLong', [String(quote.length), String(MESSAGE_LIMITS.maxQuoteLength)]));
      return;
    }
    // The text before the selection tells the fact extractor who "il a déclaré" is.
    const contextOf = () => {
      const context = textBefore(page.text, utf16Offset(page.text, selectors.position.start));
      return context ? { context } : {};
    };
    const { suggestions } = await askBackground('suggestClaims', { text: quote.slice(0, MESSAGE_LIMITS.maxFieldLength), limit: 8 }).catch(() => ({ suggestions: [] }));
    const lang = uiLang();
    const ui = await createShadowUi(this.ctx, {
      name: 'recoupe-annotate',
      isolateEvents: ['keydown', 'keyup', 'keypress', 'click', 'mouseup'],
      onMount: (container) =>
        render(
          h(AnnotateForm, {
            lang,
            quote,
            page: pageInfo,
            suggestions,
            detached: this.detached().map((d) => ({ id: d.id, quote: d.selectors.quote.exact, statement: d.statement })),
            search: async (query: string) => (await askBackground('suggestClaims', { text: query.slice(0, 2000), limit: 12 })).suggestions,
            onSave: async (draft) => {
              await askBackground('saveAnnotation', { draft: { ...draft, selectors, ...contextOf() } });
              this.finish();
            },
            onReattach: async (annotationId: string) => {
              await askBackground('reattachAnnotation', { annotationId, selectors, ...contextOf() });
              this.finish();
            },
            onClose: () => this.close(),
          }),
          container,
        ),
      onRemove: () => render(null, ui.uiContainer),
    });
    ui.shadowHost.style.setProperty('--recoupe-left', `${Math.max(8, window.innerWidth - 480)}px`);
    ui.shadowHost.style.setProperty('--recoupe-top', '12px');
    ui.shadowHost.style.setProperty('--recoupe-width', `${Math.min(460, window.innerWidth - 16)}px`);
    ui.shadowHost.style.setProperty('--recoupe-max-h', `${window.innerHeight - 24}px`);
    ui.mount();
    this.form = ui;
  }

  private finish(): void {
    this.close();
    this.say(t('annSaved'));
    this.onSaved();
  }

  close(restoreFocus = true): void {
    if (!this.form) return;
    this.form.remove();
    this.form = undefined;
    const target = this.returnFocus;
    this.returnFocus = null;
    if (restoreFocus && target instanceof HTMLElement && target.isConnected) target.focus({ preventScroll: true });
  }
}
