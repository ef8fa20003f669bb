import '@/components/claim-card.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentRequest, Result } from '@/utils/protocol/messages';
import { askBackground } from '@/utils/protocol/send-message';
import { HighlightPainter, mergeMatches, type PaintedMatch } from './highlights';
import { Scanner } from './scanner';
import { CardUi } from './card-ui';
import { ClaimNavigator } from './claim-navigator';
import { watchPage } from './page-watch';
import { handleContentRequest } from './content-requests';
import { pageInfo } from './page-info';
import { AnnotationAnchors } from './annotation-anchors';
import { AnnotateUi } from './annotate-ui';
import type { RecoupePage } from './recoupe-page';
import { addTranslatedMatches } from './translated-matches';
import { PageFactChecks } from './page-factchecks';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startRecoupe(ctx);
  },
});

async function startRecoupe(ctx: ContentScriptContext): Promise<void> {
  const painter = new HighlightPainter(document);
  const card = new CardUi(ctx);
  const scanner = new Scanner(document, pageInfo);
  const navigator = new ClaimNavigator(painter, card, pageInfo);
  const anchors = new AnnotationAnchors();
  let controller: AbortController | undefined;

  const page: RecoupePage = {
    enabled: false,
    scans: 0,
    painter,
    card,
    navigator,
    scanner,
    anchors,
    factChecks: new PageFactChecks(),
    annotate: new AnnotateUi(ctx, () => anchors.detached, () => page.rescan(), (text) => navigator.say(text)),
    rescan(forget = false) {
      if (!page.enabled) return;
      if (forget) scanner.forget();
      controller?.abort();
      const mine = (controller = new AbortController());
      let annotating: Promise<PaintedMatch[]> | undefined;
      let matched = false;
      scanner
        .scan(mine.signal, (blocks) => {
          // The user's annotations need no matching index: they anchor while the background loads or
          // builds it (after a worker start), and a first scan paints them at once.
          annotating = anchors.anchor(blocks, mine.signal);
          if (page.scans === 0) {
            annotating
              .then((annotated) => {
                if (!matched && !mine.signal.aborted && annotated.length) painter.set(annotated);
              })
              .catch(() => undefined);
          }
        })
        .then(async (found) => {
          matched = true;
          if (mine.signal.aborted) return;
          const annotated = await (annotating ?? anchors.anchor(scanner.lastBlocks, mine.signal));
          if (mine.signal.aborted) return;
          painter.set(mergeMatches(found, annotated));
          page.scans++;
          // Off the hot path: sentences in languages the library lacks, translated on the device if the browser can.
          if (scanner.foreign.length) void addTranslatedMatches(page, found, annotated, mine.signal);
        })
        .catch((e) => console.warn('Recoupe: this page could not be checked:', e instanceof Error ? e.message : e));
    },
    setEnabled(enabled) {
      page.enabled = enabled;
      if (enabled) {
        page.rescan();
        // The page's own fact-checks (ClaimReview markup), read when Recoupe is on for the site.
        void page.factChecks.read();
      }
      else {
        controller?.abort();
        card.close();
        navigator.reset();
        painter.clear();
      }
    },
  };

  browser.runtime.onMessage.addListener((raw: unknown, sender): Promise<Result<unknown>> | undefined => {
    if (sender.id !== browser.runtime.id || typeof raw !== 'object' || raw === null) return undefined;
    return handleContentRequest(page, raw as ContentRequest);
  });

  navigator.listen(ctx);
  page.annotate.listen();
  navigator.onAnnotateKey = () => void page.annotate.open();
  watchPage(ctx, page);

  const { enabled } = await askBackground('getSiteState', { host: location.hostname });
  page.setEnabled(enabled);
}
