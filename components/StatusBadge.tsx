import { STATUS_STYLES, statusLabel, type Status } from '@/utils/core/statuses';
import { t } from '@/utils/locale/i18n';

export interface StatusBadgeProps {
  status: Status;
  lang: string;
  /** The fact-checker's own verdict, shown beside `unverified` when Recoupe could not read it. */
  ratingLabel?: string;
}

/** Status shown by glyph and word as well as colour, so it never depends on colour alone. */
export function StatusBadge({ status, lang, ratingLabel }: StatusBadgeProps) {
  const style = STATUS_STYLES[status];
  const badge = (
    <span class={`status-badge status-${status}`} style={{ color: style.color, borderColor: style.color, background: style.background }}>
      <span aria-hidden="true" class="status-glyph">
        {style.glyph}
      </span>{' '}
      {statusLabel(status, lang)}
    </span>
  );
  if (status !== 'unverified' || !ratingLabel) return badge;
  return (
    <>
      {badge} <span class="status-published-label">
        ({t('crPublishedLabel')} <q>{ratingLabel}</q>)
      </span>
    </>
  );
}
