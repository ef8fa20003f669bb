import { t } from '@/utils/locale/i18n';

export interface ImportProgressProps {
  done: number;
  total: number;
}

/** A progress bar fed by applyImport's onProgress, with the count in words as well. */
export function ImportProgress({ done, total }: ImportProgressProps) {
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div>
      <div
        class="ie-progress"
        role="progressbar"
        aria-label={t('ieProgressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('ieProgressText', [String(done), String(total)])}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      <p class="ie-hint">{t('ieProgressText', [String(done), String(total)])}</p>
    </div>
  );
}
