import type { ClaimListItem } from '@/utils/store/library-query';
import { t } from '@/utils/locale/i18n';
import { isStatus } from '@/utils/core/statuses';
import { statementIn, statementLang } from '@/utils/core/reader-language';
import { StatusBadge } from '@/components/StatusBadge';
import { TagList } from '@/components/library/TagList';

export interface ClaimListItemViewProps {
  item: ClaimListItem;
  lang: string;
  selected: boolean;
  onSelect: (id: string) => void;
}

/** One row of the claim list: statement, status, how many versions and outlets, tags. */
export function ClaimListItemView({ item, lang, selected, onSelect }: ClaimListItemViewProps) {
  const { claim } = item;
  const shownLang = statementLang(claim.statement, lang);
  return (
    <li class={selected ? 'claim-row selected' : 'claim-row'}>
      <button type="button" aria-current={selected ? 'true' : undefined} onClick={() => onSelect(claim.id)}>
        <span class="statement" lang={shownLang}>
          {statementIn(claim.statement, lang, claim.id)}
        </span>
        <span class="meta">
          {isStatus(claim.status) ? <StatusBadge status={claim.status} lang={lang} ratingLabel={claim.ratingLabel} /> : String(claim.status)}{' '}
          <span>{t('libCounts', [String(item.versionCount), String(item.outletCount)])}</span>
        </span>
      </button>
      <TagList tags={claim.tags} />
    </li>
  );
}
