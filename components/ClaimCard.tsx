import { useEffect, useRef } from 'preact/hooks';
import type { CardData } from '@/utils/store/card-data';
import { pickText } from '@/utils/store/card-data';
import { formatDate, t } from '@/utils/locale/i18n';
import { StatusBadge } from '@/components/StatusBadge';
import { VersionColumn } from '@/components/VersionColumn';
import { FactDifferences } from '@/components/FactDifferences';

export interface ClaimCardProps {
  data: CardData;
  lang: string;
  onClose: () => void;
}

/** The card a reader opens on a highlighted claim: statement, status and why, and every other outlet's version. */
export function ClaimCard({ data, lang, onClose }: ClaimCardProps) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), [data.claimId]);
  const statement = pickText(data.statement, lang);
  const titleId = `recoupe-card-title-${data.claimId}`;
  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="card-head">
        <span class="brand">Recoupe</span>
        <StatusBadge status={data.status} lang={lang} ratingLabel={data.ratingLabel} />
        <button ref={closeRef} type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </div>
      <h2 id={titleId} class="statement">
        {statement}
      </h2>
      <p class="reason">
        <strong>{t('cardWhy')}</strong> {data.statusReason}
        {data.statusDate && <span class="date"> ({formatDate(data.statusDate, lang)})</span>}
      </p>
      <FactDifferences data={data} lang={lang} />
      <h3 class="section">{data.versions.length ? t('cardOtherOutlets', String(data.versions.length)) : t('cardNoOtherOutlets')}</h3>
      <ul class="versions">
        {data.versions.map((v) => (
          <VersionColumn key={v.id} version={v} lang={lang} />
        ))}
      </ul>
    </div>
  );
}
