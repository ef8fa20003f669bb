import { useEffect, useState } from 'preact/hooks';
import { t, uiLang } from '@/utils/locale/i18n';
import { statementIn } from '@/utils/core/reader-language';
import { getClaim, type LibraryQuery } from '@/utils/store/library-query';
import { useDb } from '@/components/db-context';
import { ExportForm, type ExportScopeChoice } from '@/components/library/import-export/ExportForm';
import { ImportForm } from '@/components/library/import-export/ImportForm';
import '@/components/library/import-export/import-export.css';

export interface ImportExportPanelProps {
  /** The library's current search and filters: offered as an export scope when given. */
  query?: Omit<LibraryQuery, 'offset' | 'limit'>;
  /** The claim open in the detail pane: offered as an export scope when given. */
  selectedClaimId?: string | null;
  /** Called after an import wrote records, so that the lists refresh. */
  onImported?: () => void;
}

function hasFilters(query: ImportExportPanelProps['query']): boolean {
  return !!query && Object.values(query).some((v) => v !== undefined && v !== '');
}

/** The library's import and export section. */
export function ImportExportPanel({ query, selectedClaimId, onImported }: ImportExportPanelProps) {
  const selectedClaim = useSelectedClaim(selectedClaimId);
  const scopes: ExportScopeChoice[] = [{ id: 'all', label: t('ieScopeAll'), scope: { kind: 'all' } }];
  if (query && hasFilters(query)) scopes.push({ id: 'search', label: t('ieScopeSearch'), scope: { kind: 'query', query } });
  if (selectedClaim) {
    const short = selectedClaim.statement.length > 60 ? `${selectedClaim.statement.slice(0, 59)}…` : selectedClaim.statement;
    scopes.push({ id: 'claim', label: t('ieScopeClaim', short), scope: { kind: 'claims', claimIds: [selectedClaim.id], label: 'claim' } });
  }
  scopes.push({ id: 'page', label: t('ieScopePage'), scope: 'ask-url' });
  return (
    <div class="ie">
      <h2 id="import-export-heading">{t('libImportExport')}</h2>
      <ExportForm scopes={scopes} />
      <ImportForm onImported={onImported} />
    </div>
  );
}

/** The selected claim's id and statement (for the menu), or null once it is gone. */
function useSelectedClaim(id: string | null | undefined): { id: string; statement: string } | null {
  const db = useDb();
  const [found, setFound] = useState<{ id: string; statement: string } | null>(null);
  useEffect(() => {
    let live = true;
    if (!id) setFound(null);
    else void getClaim(db, id).then((c) => live && setFound(c ? { id: c.id, statement: statementIn(c.statement, uiLang(), c.id) } : null));
    return () => {
      live = false;
    };
  }, [db, id]);
  return found;
}
