import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askBackground, askTab, askTabWhenReady } from '@/utils/protocol/send-message';
import type { FoundClaim, MatchDecision, PossibleMatch } from '@/utils/protocol/messages';
import { STATUSES } from '@/utils/core/statuses';
import { t, uiLang } from '@/utils/locale/i18n';
import { StatusBadge } from '@/components/StatusBadge';
import { PopupExport } from '@/components/PopupExport';
import { PossibleMatches } from '@/components/PossibleMatches';
import { PageFactChecksPanel } from '@/components/PageFactChecksPanel';
import { AppearanceSave } from '@/components/AppearanceSave';

export type PopupAppProps = Record<string, never>;

type State =
  | { kind: 'loading' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'ready'; tabId: number; host: string; enabled: boolean; claims: FoundClaim[]; detached: { id: string; quote: string; statement: string }[]; possible: PossibleMatch[]; url: string };

/** The toolbar popup: the claims found on this page, grouped by status, and the switch for this site. */
export function PopupApp(_props: PopupAppProps) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const lang = uiLang();

  const load = async () => {
    const tab = await targetTab();
    if (tab?.id === undefined) {
      setState({ kind: 'unavailable', message: t('popupNotAPage') });
      return;
    }
    try {
      // The content script tells its own host: the popup needs no "tabs" permission to read URLs.
      const found = await askTabWhenReady(tab.id, 'listFound', {});
      setState({ kind: 'ready', tabId: tab.id, host: found.host, enabled: found.enabled, claims: found.claims, detached: found.detached, possible: found.possible ?? [], url: found.url ?? '' });
    } catch {
      setState({ kind: 'unavailable', message: t('popupNotAPage') });
    }
  };
  useEffect(() => {
    void load();
  }, []);

  if (state.kind === 'loading') return <p class="muted">{t('popupLoading')}</p>;
  if (state.kind === 'unavailable') return <p class="muted">{state.message}</p>;

  const toggle = async (enabled: boolean) => {
    await askBackground('setSiteState', { host: state.host, enabled });
    await askTab(state.tabId, 'siteStateChanged', { enabled }).catch(() => undefined);
    setState({ ...state, enabled, claims: enabled ? state.claims : [] });
    if (enabled) setTimeout(() => void load(), 600);
  };
  const decide = async (claimId: string, decision: MatchDecision) => {
    await askBackground('decideMatch', { url: state.url, claimId, decision });
    // The page scans again with the answer, and answers once it has: the list is read again then.
    await askTab(state.tabId, 'dataChanged', {}).catch(() => undefined);
    await load();
  };
  const jump = async (claimId: string) => {
    await askTab(state.tabId, 'jumpTo', { claimId }).catch(() => undefined);
    window.close();
  };

  return (
    <main class="popup">
      <header>
        <h1>Recoupe</h1>
        <label class="switch">
          <input type="checkbox" checked={state.enabled} onChange={(e) => void toggle((e.target as HTMLInputElement).checked)} />
          {t('popupOnThisSite', state.host)}
        </label>
      </header>
      {!state.enabled ? (
        <p class="muted">{t('popupOff')}</p>
      ) : state.claims.length === 0 ? (
        <p class="muted">{t('popupNoClaims')}</p>
      ) : (
        <>
          <p class="count">{t('popupFound', String(state.claims.length))}</p>
          {STATUSES.map((status) => {
            const claims = state.claims.filter((c) => c.status === status);
            if (!claims.length) return null;
            return (
              <section class="group" aria-label={status}>
                <h2>
                  <StatusBadge status={status} lang={lang} /> <span class="n">{claims.length}</span>
                </h2>
                <ul>
                  {claims.map((c) => (
                    <li>
                      <button type="button" class="claim" onClick={() => void jump(c.claimId)}>
                        {c.statement}
                        {c.count > 1 && <span class="times"> ×{c.count}</span>}
                      </button>
                      {c.appearance && <AppearanceSave versionId={c.appearance.versionId} quote={c.appearance.quote} />}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
      {state.enabled && <PossibleMatches possible={state.possible} onDecide={decide} />}
      {state.enabled && <PageFactChecksPanel tabId={state.tabId} lang={lang} />}
      {state.detached.length > 0 && (
        <section class="group detached" aria-labelledby="recoupe-detached">
          <h2 id="recoupe-detached">{t('popupDetached')}</h2>
          <ul>
            {state.detached.map((d) => (
              <li class="detached-item">
                <q>{d.quote}</q> <span class="muted">({d.statement})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <footer>
        <PopupExport host={state.host} claims={state.claims} detached={state.detached} />
        <a href={browser.runtime.getURL('/options.html' as '/popup.html')} target="_blank" rel="noopener">
          {t('popupOpenLibrary')}
        </a>
      </footer>
    </main>
  );
}

/**
 * The tab the popup is about: the active one, or the one named by `?tab=ID` when the popup page is
 * opened in a tab of its own (keyboard users and automated tests do this).
 */
async function targetTab() {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(asked) && asked > 0) return browser.tabs.get(asked).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

