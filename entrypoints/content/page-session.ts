import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FoundClaim, FoundOnPage } from '@/utils/protocol/messages';
import { MESSAGE_LIMITS } from '@/utils/protocol/messages';
import { HighlightPainter, mergeMatches, type PaintedMatch } from './highlights';
import { Scanner } from './scanner';
import { CardUi } from './card-ui';
import { ClaimNavigator } from './claim-navigator';
import { pageInfo } from './page-info';
import { readPageIdentity } from '@/utils/page/page-identity';
import { AnnotationAnchors } from './annotation-anchors';
import { AnnotateUi } from './annotate-ui';
import { addTranslatedMatches } from './translated-matches';
import { PageFactChecks } from './page-factchecks';

/**
 * Recoupe on one page: owns its scan lifecycle (on, off, rescans, the abort of a scan a newer one
 * replaces), its highlights, annotations and fact-checks. The request handler and the page watcher
 * drive it through its methods; `rescan()` settles once the page's highlights are up to date.
 */
export class PageSession {
  readonly painter = new HighlightPainter(document);
  readonly scanner = new Scanner(document, pageInfo);
  readonly anchors = new AnnotationAnchors();
  readonly factChecks = new PageFactChecks();
  readonly card: CardUi;
  readonly navigator: ClaimNavigator;
  readonly annotate: AnnotateUi;
  private on = false;
  private completed = 0;
  private controller: AbortController | undefined;
  private settleStarted: (() => void) | undefined;
  /** Settles once the site's switch is known (the first setEnabled): what the popup is told waits for it. */
  readonly started = new Promise<void>((resolve) => (this.settleStarted = resolve));
  /** The latest scan, settled once it, or a scan that replaced it, is done. */
  private latest: Promise<void> = Promise.resolve();

  constructor(ctx: ContentScriptContext) {
    this.card = new CardUi(ctx);
    this.navigator = new ClaimNavigator(this.painter, this.card, pageInfo);
    this.annotate = new AnnotateUi(ctx, () => this.anchors.detached, () => void this.rescan(), (text) => this.navigator.say(text));
  }

  get enabled(): boolean {
    return this.on;
  }

  /** Completed scans of this page. */
  get scans(): number {
    return this.completed;
  }

  /**
   * Scans the page again (`forget`: from scratch, the library changed), aborting a scan under way.
   * Settles when the page is up to date: when this scan is done, or the one that replaced it.
   */
  rescan(forget = false): Promise<void> {
    if (!this.on) return Promise.resolve();
    if (forget) this.scanner.forget();
    this.controller?.abort();
    const mine = (this.controller = new AbortController());
    const done: Promise<void> = this.scan(mine.signal).then(() => (mine.signal.aborted && this.latest !== done ? this.latest : undefined));
    this.latest = done;
    return done;
  }

  setEnabled(enabled: boolean): void {
    this.on = enabled;
    this.settleStarted?.();
    this.settleStarted = undefined;
    if (enabled) {
      void this.rescan();
      // The page's own fact-checks (ClaimReview markup), read when Recoupe is on for the site.
      void this.factChecks.read();
    } else {
      this.controller?.abort();
      this.card.close();
      this.navigator.reset();
      this.painter.clear();
    }
  }

  /** What the popup lists: the claims painted on the page, detached annotations, possible matches. */
  found(): FoundOnPage {
    const byClaim = new Map<string, FoundClaim>();
    for (const m of this.painter.matches) {
      const found = byClaim.get(m.claimId);
      if (found) found.count++;
      else byClaim.set(m.claimId, { claimId: m.claimId, status: m.status, statement: m.statement, count: 1 });
      const claim = byClaim.get(m.claimId)!;
      if (m.appearanceOf && !claim.appearance) claim.appearance = { versionId: m.appearanceOf, quote: m.range.toString().slice(0, MESSAGE_LIMITS.maxQuoteLength) };
    }
    return {
      claims: [...byClaim.values()],
      enabled: this.on,
      host: location.hostname,
      scans: this.completed,
      detached: this.anchors.detached.map((d) => ({ id: d.id, quote: d.selectors.quote.exact, statement: d.statement })),
      possible: this.scanner.possible,
      url: readPageIdentity(document, location.href).url,
    };
  }

  private async scan(signal: AbortSignal): Promise<void> {
    let annotating: Promise<PaintedMatch[]> | undefined;
    let matched = false;
    // Before the first scan's matches: the user's annotations and the page's top, painted as each comes.
    const early: { found: PaintedMatch[]; annotated: PaintedMatch[] } = { found: [], annotated: [] };
    const paintEarly = () => {
      if (!matched && !signal.aborted && (early.found.length || early.annotated.length)) this.painter.set(mergeMatches(early.found, early.annotated));
    };
    const first = this.completed === 0;
    try {
      const found = await this.scanner.scan(
        signal,
        (blocks, complete) => {
          // The user's annotations need no matching index: they anchor while the background loads or
          // builds it (after a worker start), and a first scan paints them at once.
          annotating = this.anchors.anchor(blocks, signal, complete);
          if (first) {
            annotating
              .then((annotated) => {
                early.annotated = annotated;
                paintEarly();
              })
              .catch(() => undefined);
          }
        },
        // The top of a long page is painted before the rest is matched (nothing painted yet to replace).
        first && !this.painter.matches.length
          ? (top) => {
              early.found = top;
              paintEarly();
            }
          : undefined,
      );
      matched = true;
      if (signal.aborted) return;
      const annotated = await (annotating ?? this.anchors.anchor(this.scanner.lastBlocks, signal, this.scanner.lastComplete));
      if (signal.aborted) return;
      this.painter.set(mergeMatches(found, annotated));
      this.completed++;
      // Off the hot path: sentences in languages the library lacks, translated on the device if the browser can.
      if (this.scanner.foreign.length) void addTranslatedMatches(this, found, annotated, signal);
    } catch (e) {
      matched = true;
      console.warn('Recoupe: this page could not be checked:', e instanceof Error ? e.message : e);
    }
  }
}
