import { t } from '@/utils/locale/i18n';
import type { ClaimListItem } from '@/utils/store/library-query';
import { ClaimListItemView } from '@/components/library/ClaimListItemView';

export interface ClaimListProps {
  items: ClaimListItem[];
  total: number;
  offset: number;
  pageSize: number;
  loading: boolean;
  selectedId: string | null;
  lang: string;
  onSelect: (id: string) => void;
  onPage: (offset: number) => void;
}

/** One page of matching claims, with the count announced to screen readers and previous/next paging. */
export function ClaimList({ items, total, offset, pageSize, loading, selectedId, lang, onSelect, onPage }: ClaimListProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.floor(offset / pageSize) + 1;
  return (
    <section class="claim-list" aria-labelledby="results-heading" aria-busy={loading ? 'true' : 'false'}>
      <h2 id="results-heading">{t('libResults')}</h2>
      <p role="status" class="count">
        {loading ? t('popupLoading') : total === 0 ? t('libNoResults') : t('libShowing', [String(offset + 1), String(offset + items.length), String(total)])}
      </p>
      <ul>
        {items.map((item) => (
          <ClaimListItemView key={item.claim.id} item={item} lang={lang} selected={item.claim.id === selectedId} onSelect={onSelect} />
        ))}
      </ul>
      {total > pageSize && (
        <nav class="pager" aria-label={t('libPaging')}>
          <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - pageSize))}>
            {t('libPrevious')}
          </button>
          <span>{t('libPageOf', [String(page), String(pages)])}</span>
          <button type="button" disabled={offset + pageSize >= total} onClick={() => onPage(offset + pageSize)}>
            {t('libNext')}
          </button>
        </nav>
      )}
    </section>
  );
}
