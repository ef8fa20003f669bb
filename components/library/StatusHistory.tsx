import type { StatusChange } from '@/utils/core/model';
import { formatDate, t } from '@/utils/locale/i18n';
import { isStatus } from '@/utils/core/statuses';
import { StatusBadge } from '@/components/StatusBadge';
import { ExternalLink } from '@/components/library/ExternalLink';

export interface StatusHistoryProps {
  history: StatusChange[];
  lang: string;
}

/** Who changed the status, to what, when and why: newest first. */
export function StatusHistory({ history, lang }: StatusHistoryProps) {
  if (!history.length) return <p class="muted">{t('libNoHistory')}</p>;
  return (
    <table class="history">
      <caption>{t('libHistory')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('libDate')}</th>
          <th scope="col">{t('libStatus')}</th>
          <th scope="col">{t('libBy')}</th>
          <th scope="col">{t('libReason')}</th>
        </tr>
      </thead>
      <tbody>
        {[...history].reverse().map((h) => (
          <tr>
            <td>
              <time dateTime={h.date}>{formatDate(h.date, lang)}</time>
            </td>
            <td>{isStatus(h.status) ? <StatusBadge status={h.status} lang={lang} /> : String(h.status)}</td>
            <td>{h.by}</td>
            <td>
              <p class="pre">{h.reason}</p>
              {h.evidence?.length ? (
                <ul class="evidence" aria-label={t('libEvidence')}>
                  {h.evidence.map((e) => (
                    <li key={e}>
                      <ExternalLink href={e} />
                    </li>
                  ))}
                </ul>
              ) : null}
              {h.note && (
                <p class="pre note">
                  <span class="label">{t('libNoteLabel')}</span> {h.note}
                </p>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
