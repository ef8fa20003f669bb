import type { FoundClaim } from '@/utils/protocol/messages';
import { getDb, type RecoupeDb } from '@/utils/store/db';
import { DbContext } from '@/components/db-context';
import { t } from '@/utils/locale/i18n';
import { ExportForm, type ExportScopeChoice } from '@/components/library/import-export/ExportForm';
import '@/components/library/import-export/import-export.css';

export interface PopupExportProps {
  /** The page's host, as its content script reports it (the popup has no "tabs" permission to read URLs). */
  host: string;
  /** The claims the content script found on the page. */
  claims: FoundClaim[];
  /** The page's annotations that no longer anchor: their claims belong to the page too. */
  detached: { id: string }[];
  /** The extension's database by default; the popup's export is the only part of the popup that reads it. */
  db?: RecoupeDb;
}

/**
 * Export from the toolbar popup: the claims found on this page (with all their versions and
 * annotations) or the whole library. The popup cannot read the tab's URL without the "tabs"
 * permission, so "this page" is what the content script found on it.
 */
export function PopupExport({ host, claims, detached, db = getDb() }: PopupExportProps) {
  const scopes: ExportScopeChoice[] = [];
  if (claims.length + detached.length > 0) {
    scopes.push({
      id: 'page',
      label: t('ieScopeThisPage', String(claims.length)),
      scope: { kind: 'claims', claimIds: claims.map((c) => c.claimId), annotationIds: detached.map((d) => d.id), label: `page-${host}` },
    });
  }
  scopes.push({ id: 'all', label: t('ieScopeAll'), scope: { kind: 'all' } });
  return (
    <details class="ie ie-popup">
      <summary>{t('iePopupExport')}</summary>
      <DbContext.Provider value={db}>
        <ExportForm scopes={scopes} headingLevel={2} />
      </DbContext.Provider>
    </details>
  );
}
