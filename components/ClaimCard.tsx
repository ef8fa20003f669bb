import { useEffect, useRef } from 'preact/hooks';
import type { CardData } from '@/utils/protocol/card-data';
import { statementLang } from '@/utils/core/reader-language';
import { textDirection } from '@/utils/core/text-direction';
import { formatDate, t } from '@/utils/locale/i18n';
import { StatusBadge } from '@/components/StatusBadge';
import { VersionColumn } from '@/components/VersionColumn';
import { FactDifferences } from '@/components/FactDifferences';
import { MatchReasons } from '@/components/MatchReasons';
import type { MatchWhy } from '@/utils/protocol/messages';

export interface ClaimCardProps {
  data: CardData;
  lang: string;
  onClose: () => void;
  /** Why the matcher found this sentence (absent on the user's own annotations). */
  why?: MatchWhy;
}

/** The card a reader opens on a highlighted claim: statement, status and why, and every other outlet's version. */
export function ClaimCard({ data, lang, onClose, why }: ClaimCardProps) {
  const closeRef = useRef<HTMLButtonElement>(null);
  // Without scrolling: the card is placed in the viewport already, beside its sentence.
  useEffect(() => closeRef.current?.focus({ preventScroll: true }), [data.claimId]);
  // The statement may be in another language than the interface (the only one the claim has).
  const statementTag = statementLang(data.statement, lang);
  const statement = statementTag === undefined ? '' : data.statement[statementTag];
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
      <h2 id={titleId} class="statement" lang={statementTag} dir={textDirection(statementTag)}>
        {statement}
      </h2>
      {data.claimant && <p class="claimant">{t('cardClaimant', data.claimant)}</p>}
      <p class="reason">
        <strong>{t('cardWhy')}</strong> {data.statusReason}
        {data.statusDate && <span class="date"> ({formatDate(data.statusDate, lang)})</span>}
      </p>
      {why && (
        <section class="match-why" aria-label={t('whyTitle')}>
          <h3 class="section">{t('whyTitle')}</h3>
          <MatchReasons why={why} />
        </section>
      )}
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
