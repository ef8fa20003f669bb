import { useEffect, useRef, useState } from 'preact/hooks';
import { explainDbError } from '@/utils/store/db-errors';
import type { RecoupeDb } from '@/utils/store/db';
import { DbContext } from '@/components/db-context';
import type { Outlet } from '@/utils/core/model';
import { undoDelete, type UndoToken } from '@/utils/store/claim-edits';
import { listOutlets, listTags, listVersionLangs, queryClaims, type ClaimListItem } from '@/utils/store/library-query';
import { t, uiLang } from '@/utils/locale/i18n';
import { ClaimDetail } from '@/components/library/ClaimDetail';
import { ClaimList } from '@/components/library/ClaimList';
import { ImportExportPanel } from '@/components/library/ImportExportPanel';
import { LibraryFilters, type LibraryFilterValues } from '@/components/library/LibraryFilters';
import { SettingsPanel } from '@/components/library/SettingsPanel';
import { FeedsPanel } from '@/components/library/feeds/FeedsPanel';
import { UndoToast } from '@/components/library/UndoToast';
import { ensureSearchTokens } from '@/utils/store/search-refill';

export interface LibraryAppProps {
  /** The database, given to every component below through DbContext. */
  db: RecoupeDb;
  /** Claims per page. */
  pageSize?: number;
}

interface Toast {
  message: string;
  undo?: UndoToken;
}

/** The library page: search and filter every claim, read and edit one, merge, delete with undo, settings. */
export function LibraryApp({ db, pageSize = 50 }: LibraryAppProps) {
  const lang = uiLang();
  const [filters, setFilters] = useState<LibraryFilterValues>({});
  const [offset, setOffset] = useState(0);
  const [result, setResult] = useState<{ items: ClaimListItem[]; total: number }>({ items: [], total: 0 });
  const [loading, setLoading] = useState(true);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const [menus, setMenus] = useState<{ outlets: Outlet[]; tags: string[]; langs: string[] }>({ outlets: [], tags: [], langs: [] });
  const [reviewer, setReviewer] = useState('');
  const [toast, setToast] = useState<Toast | null>(null);
  const querySeq = useRef(0);
  const refresh = () => setRefreshKey((n) => n + 1);

  // A search index cut by an earlier version of the extension is built again once (search-refill.ts).
  useEffect(() => {
    void ensureSearchTokens(db).then((rebuilt) => rebuilt && refresh(), (e: unknown) => console.error('Recoupe: search index not rebuilt', e));
  }, []);

  useEffect(() => {
    void Promise.all([listOutlets(db), listTags(db), listVersionLangs(db)]).then(([outlets, tags, langs]) => setMenus({ outlets, tags, langs }));
  }, [refreshKey]);

  useEffect(() => {
    const seq = ++querySeq.current;
    setLoading(true);
    // Typing runs one query per pause, not one per keystroke.
    const timer = setTimeout(async () => {
      const found = await queryClaims(db, { ...filters, offset, limit: pageSize });
      if (seq !== querySeq.current) return;
      setResult(found);
      setLoading(false);
    }, 150);
    return () => clearTimeout(timer);
  }, [filters, offset, refreshKey]);

  const changeFilters = (next: LibraryFilterValues) => {
    setFilters(next);
    setOffset(0);
  };
  const undo = async (token: UndoToken) => {
    try {
      await undoDelete(db, token);
    } catch (e) {
      setToast({ message: explainDbError(e).message });
      return;
    }
    setToast({ message: t('libRestored') });
    setSelectedId(token.claim.id);
    refresh();
  };

  return (
    <DbContext.Provider value={db}>
      <header class="page-header">
        <h1>{t('libPageTitle')}</h1>
        <nav aria-label={t('libSections')}>
          <a href="#library">{t('libClaims')}</a>
          <a href="#settings">{t('libSettings')}</a>
          <a href="#import-export">{t('libImportExport')}</a>
          <a href="#feeds">{t('feedsHeading')}</a>
        </nav>
      </header>
      <main>
        <section id="library" aria-label={t('libClaims')}>
          <LibraryFilters value={filters} outlets={menus.outlets} tags={menus.tags} langs={menus.langs} lang={lang} onChange={changeFilters} />
          <div class="layout">
            <ClaimList
              items={result.items}
              total={result.total}
              offset={offset}
              pageSize={pageSize}
              loading={loading}
              selectedId={selectedId}
              lang={lang}
              onSelect={setSelectedId}
              onPage={setOffset}
            />
            <div class="detail-pane">
              {selectedId ? (
                <ClaimDetail
                  claimId={selectedId}
                  reviewer={reviewer || t('libDefaultReviewer')}
                  lang={lang}
                  refreshKey={refreshKey}
                  onChanged={refresh}
                  onDeleted={(token, statement) => {
                    setSelectedId(null);
                    setToast({ message: t('libDeleted', statement), undo: token });
                    refresh();
                  }}
                  onMerged={(message) => {
                    setToast({ message });
                    refresh();
                  }}
                />
              ) : (
                <p class="muted">{t('libPickClaim')}</p>
              )}
            </div>
          </div>
        </section>
        <section id="settings" aria-labelledby="settings-heading">
          <SettingsPanel onReviewerChange={setReviewer} onDataChanged={refresh} />
        </section>
        <section id="import-export" aria-labelledby="import-export-heading">
          <ImportExportPanel query={filters} selectedClaimId={selectedId} onImported={refresh} />
        </section>
        <section id="feeds" aria-labelledby="feeds-heading">
          <FeedsPanel onChanged={refresh} />
        </section>
      </main>
      {toast && <UndoToast message={toast.message} onUndo={toast.undo ? () => void undo(toast.undo!) : undefined} onDismiss={() => setToast(null)} />}
    </DbContext.Provider>
  );
}
