import { t } from '@/utils/locale/i18n';

export interface ConflictNoticeProps {
  /** The fields being saved, with the stored value and the value the user tried to save. */
  fields: { label: string; stored: unknown; attempted: unknown }[];
  onOverwrite: () => void;
  onDiscard: () => void;
}

/** Shown when another tab saved the same record first: both values, and the choice of which to keep. */
export function ConflictNotice({ fields, onOverwrite, onDiscard }: ConflictNoticeProps) {
  return (
    <div class="conflict" role="alert">
      <p>
        <strong>{t('libConflictTitle')}</strong> {t('libConflictExplain')}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('libConflictField')}</th>
            <th scope="col">{t('libConflictStored')}</th>
            <th scope="col">{t('libConflictMine')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr>
              <th scope="row">{f.label}</th>
              <td class="pre">{showValue(f.stored)}</td>
              <td class="pre">{showValue(f.attempted)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="actions">
        <button type="button" onClick={onOverwrite}>
          {t('libConflictOverwrite')}
        </button>
        <button type="button" onClick={onDiscard}>
          {t('libConflictDiscard')}
        </button>
      </div>
    </div>
  );
}

/** Any stored value as readable text (rendered as text, never as HTML). */
export function showValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('\n');
  if (typeof value === 'object') return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${showValue(v)}`).join('\n');
  return String(value);
}
