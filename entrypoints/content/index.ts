import '@/components/claim-card.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Result } from '@/utils/protocol/define';
import { askBackground } from '@/utils/protocol/send-message';
import { watchPage } from './page-watch';
import { contentRequestHandler } from './content-requests';
import { PageSession } from './page-session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startRecoupe(ctx);
  },
});

async function startRecoupe(ctx: ContentScriptContext): Promise<void> {
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

  const { enabled } = await askBackground('getSiteState', { host: location.hostname }).catch((e: unknown) => {
    session.setEnabled(false);
    throw e;
  });
  session.setEnabled(enabled);
}
