import { browser } from 'wxt/browser';
import type { RecoupeDb } from '@/utils/db';
import type { BackgroundApi, BackgroundRequest } from '@/utils/messages';
import type { RecoupeDocument } from '@/utils/model';
import { MatcherService } from '@/utils/matcher-service';
import { buildCardData } from '@/utils/card-data';
import { loadStarterData, starterDataLoaded, type StarterLoadResult } from '@/utils/starter-data';
import { isSiteEnabled, setSiteEnabled } from '@/utils/site-settings';

export async function fetchStarterData(): Promise<RecoupeDocument> {
  const response = await fetch(browser.runtime.getURL('/starter-data.json'));
  if (!response.ok) throw new Error(`The starter dataset could not be read (${response.status}).`);
  return (await response.json()) as RecoupeDocument;
}

/** The background's handlers: thin, each calls into utils/. */
export function createHandlers(db: RecoupeDb, matcher: MatcherService, uiLang: () => string, readStarter: () => Promise<RecoupeDocument> = fetchStarterData) {
  let starter: Promise<unknown> | undefined;
  const ensureStarterData = () => {
    starter ??= starterDataLoaded(db).then(async (loaded) => {
      if (!loaded) await loadStarterData(db, await readStarter());
    });
    return starter.catch((e) => {
      starter = undefined;
      throw e;
    });
  };

  const handlers: { [K in keyof BackgroundApi]: (req: Extract<BackgroundRequest, { type: K }>) => Promise<BackgroundApi[K]['response']> } = {
    scan: async (req) => {
      await ensureStarterData();
      return matcher.scan(req.page, req.blocks, uiLang());
    },
    getCard: async (req) => buildCardData(db, req.claimId, await matcher.outletFor(req.page)),
    getSiteState: async (req) => ({ enabled: await isSiteEnabled(db, req.host) }),
    setSiteState: async (req) => ({ enabled: await setSiteEnabled(db, req.host, req.enabled) }),
    reloadStarterData: async (): Promise<StarterLoadResult> => {
      const result = await loadStarterData(db, await readStarter());
      matcher.invalidate();
      return result;
    },
  };
  return { handlers, ensureStarterData };
}
