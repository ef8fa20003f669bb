import { STATUS_STYLES, statusLabel, type Status } from '@/utils/core/statuses';

export interface StatusBadgeProps {
  status: Status;
  lang: string;
}

/** Status shown by glyph and word as well as colour, so it never depends on colour alone. */
export function StatusBadge({ status, lang }: StatusBadgeProps) {
  const style = STATUS_STYLES[status];
  return (
    <span class={`status-badge status-${status}`} style={{ color: style.color, borderColor: style.color, background: style.background }}>
      <span aria-hidden="true" class="status-glyph">
        {style.glyph}
      </span>{' '}
      {statusLabel(status, lang)}
    </span>
  );
}
