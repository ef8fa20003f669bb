import { browser } from 'wxt/browser';
import { userError } from '@/utils/locale/user-error';
import type { RecoupeDb } from '@/utils/store/db';
import type { BackgroundApi } from '@/utils/protocol/background-messages';
import type { HandlerMap } from '@/utils/protocol/define';
import type { RecoupeDocument } from '@/utils/core/model';
import { MatcherService } from '@/utils/store/matcher-service';
import { buildCardData } from '@/utils/store/card-data';
import { loadStarterData, starterDataLoaded } from '@/utils/store/starter-data';
import { isSiteEnabled, setSiteEnabled } from '@/utils/store/site-settings';
import { reattachAnnotation, saveAnnotation } from '@/utils/store/save-annotation';
import { statementIn } from '@/utils/core/reader-language';
import { pageKey, pageKeyVariants } from '@/utils/core/page-identity';
import { decideMatch } from '@/utils/store/match-decisions';
import { readPageFactChecks } from '@/utils/store/page-factchecks-request';
import { pageAppearances, saveAppearanceQuote, withAppearances } from '@/utils/store/appearances';
import { markStart } from '@/utils/core/start-marks';

export async function fetchStarterData(): Promise<RecoupeDocument> {
  const response = await fetch(browser.runtime.getURL('/starter-data.json'));
  if (!response.ok) throw userError('errStarterUnreadable', 'The starter dataset could not be read ($1). Reinstall Recoupe to restore it.', [String(response.status)]);
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

  const handlers: HandlerMap<BackgroundApi> = {
    scan: async (req) => {
      // The stored index is read while the starter data is checked.
      markStart('scanRequest');
      matcher.prefetch();
      await ensureStarterData();
      markStart('starterChecked');
      // The page's appearances are read while it is matched: only adding them waits for the matches.
      const appearances = pageAppearances(db, req.page);
      appearances.catch(() => undefined);
      const result = await matcher.scan(req.page, req.blocks, uiLang());
      const matches = await withAppearances(db, req.page, req.blocks, result.matches, uiLang(), appearances);
      markStart('scanReplied');
      return { ...result, matches };
    },
    saveAppearanceQuote: async (req) => {
      const saved = await saveAppearanceQuote(db, req.versionId, req.quote, req.lang);
      if (saved.saved) matcher.invalidate();
      return saved;
    },
    decideMatch: async (req) => {
      await decideMatch(db, req.url, req.claimId, req.decision);
      return { ok: true };
    },
    getCard: async (req) => buildCardData(db, req.claimId, await matcher.outletFor(req.page)),
    getSiteState: async (req) => ({ enabled: await isSiteEnabled(db, req.host) }),
    setSiteState: async (req) => ({ enabled: await setSiteEnabled(db, req.host, req.enabled) }),
    reloadStarterData: async () => {
      const result = await loadStarterData(db, await readStarter());
      // An explicit reload: the index is built again from every text, whatever wrote to the database.
      matcher.rebuild();
      return result;
    },
    suggestClaims: async (req) => {
      await ensureStarterData();
      const ranked = await matcher.suggest(req.text, req.limit);
      const claims = await db.claims.bulkGet(ranked.map((r) => r.claimId));
      const suggestions = ranked.flatMap((r, i) => {
        const c = claims[i];
        return c ? [{ claimId: c.id, statement: statementIn(c.statement, uiLang()), status: c.status, score: r.score }] : [];
      });
      return { suggestions };
    },
    saveAnnotation: async (req) => {
      const saved = await saveAnnotation(db, req.draft);
      matcher.invalidate();
      return saved;
    },
    reattachAnnotation: async (req) => {
      const saved = await reattachAnnotation(db, req.annotationId, req.selectors, req.context);
      matcher.invalidate();
      return saved;
    },
    pageAnnotations: async (req) => {
      // Stored URLs and page URLs may differ by a fragment or a trailing slash.
      const keys = new Set(req.urls.map(pageKey));
      const variants = [...keys].flatMap(pageKeyVariants);
      const annotations = (await db.annotations.where('url').anyOf(variants).toArray()).filter((a) => keys.has(pageKey(a.url)));
      const claims = await db.claims.bulkGet(annotations.map((a) => a.claimId));
      return {
        annotations: annotations.flatMap((a, i) => {
          const c = claims[i];
          return c ? [{ id: a.id, claimId: a.claimId, status: c.status, statement: statementIn(c.statement, uiLang()), selectors: a.selectors, anchorState: a.anchorState }] : [];
        }),
      };
    },
    readPageFactChecks: async (req) => {
      const list = await readPageFactChecks(db, req);
      if (list.proposals.some((p) => p.state === 'added' || p.state === 'updated')) matcher.invalidate();
      return list;
    },
    reportAnchoring: async (req) => {
      let updated = 0;
      await db.transaction('rw', db.annotations, async () => {
        const stored = await db.annotations.bulkGet(req.results.map((r) => r.id));
        for (const [i, r] of req.results.entries()) {
          const state = r.anchored ? 'anchored' : 'detached';
          if (stored[i] && stored[i]!.anchorState !== state) {
            await db.annotations.update(r.id, { anchorState: state });
            updated++;
          }
        }
      });
      return { updated };
    },
  };
  return { handlers, ensureStarterData };
}
