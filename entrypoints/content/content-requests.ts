import { checkMessage, type HandlerMap, type Result } from '@/utils/protocol/define';
import { TO_CONTENT, type ContentApi } from '@/utils/protocol/content-messages';
import type { PageSession } from './page-session';

const DONE = { ok: true } as const;

/** One handler per message of the table in utils/protocol/content-messages.ts. */
function contentHandlers(session: PageSession): HandlerMap<ContentApi> {
  return {
    // The site's switch first: a popup opened as the page starts must not read "off".
    listFound: async () => {
      await session.started;
      return session.found();
    },
    jumpTo: async (req) => ({ found: session.navigator.goToClaim(req.claimId) }),
    siteStateChanged: async (req) => {
      session.setEnabled(req.enabled);
      return DONE;
    },
    nextClaim: async () => {
      session.navigator.step(1, 'command');
      return DONE;
    },
    annotateSelection: async () => {
      void session.annotate.open();
      return DONE;
    },
    pageFactChecks: () => session.factChecks.current(),
    addPageFactCheck: (req) => session.factChecks.read([req.claimId]),
    // Answers once the page is scanned again: the popup reads the new list right after.
    dataChanged: async () => {
      await session.rescan(true);
      return DONE;
    },
  };
}

/** Requests from the popup and the background to this tab, checked against the table first. */
export function contentRequestHandler(session: PageSession): (raw: unknown) => Promise<Result<unknown>> {
  const handlers = contentHandlers(session);
  return async (raw) => {
    const checked = checkMessage(TO_CONTENT, raw, 'extension');
    if (!checked.ok) return checked;
    try {
      const handler = handlers[checked.request.type] as (r: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(checked.request) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };
}
