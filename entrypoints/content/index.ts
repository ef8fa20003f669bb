import '@/components/claim-card.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Result } from '@/utils/protocol/define';
import { askBackground } from '@/utils/protocol/send-message';
import { ignoreForgedRestarts, watchPage } from './page-watch';
import { contentRequestHandler } from './content-requests';
import { PageSession } from './page-session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // From the document's start, only to ask for the site's switch: that message wakes a stopped
  // service worker (which starts reading its stored index) while the page is still loading. The
  // page is read once it is parsed, as at document_idle.
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  async main(ctx) {
    ignoreForgedRestarts(ctx);
    const siteState = askBackground('getSiteState', { host: location.hostname });
    // Handled in startRecoupe; not an unhandled rejection while the page parses.
    siteState.catch(() => undefined);
    await parsed(ctx);
    if (ctx.isInvalid) return;
    await startRecoupe(ctx, siteState);
  },
});

/** Settles once the document is parsed (DOMContentLoaded): body and article exist from then on. */
function parsed(ctx: ContentScriptContext): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => ctx.addEventListener(document, 'DOMContentLoaded', () => resolve(), { once: true }));
}

async function startRecoupe(ctx: ContentScriptContext, siteState: Promise<{ enabled: boolean }>): Promise<void> {
  const session = new PageSession(ctx);
  const handle = contentRequestHandler(session);

  // Answered through sendResponse (return true): this script runs on the browser's own API, where
  // Chrome does not take a returned promise as the answer (scripts/lib/content-browser.ts).
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (answer: Result<unknown>) => void): true | undefined => {
    if (sender.id !== browser.runtime.id || typeof raw !== 'object' || raw === null) return undefined;
    void handle(raw).then(sendResponse);
    return true;
  });

  session.navigator.listen(ctx);
  session.annotate.listen();
  session.navigator.onAnnotateKey = () => void session.annotate.open();
  watchPage(ctx, session);

  const { enabled } = await siteState.catch((e: unknown) => {
    session.setEnabled(false);
    throw e;
  });
  session.setEnabled(enabled);
}
