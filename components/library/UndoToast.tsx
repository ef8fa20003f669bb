import { t } from '@/utils/i18n';

export interface UndoToastProps {
  message: string;
  /** Absent when there is nothing to undo (the toast only reports). */
  onUndo?: () => void;
  onDismiss: () => void;
}

/**
 * Announces the outcome of a delete or merge (role=status), with its undo. It stays until dismissed
 * or replaced: a time limit would take the undo away from slower keyboard and screen-reader users.
 */
export function UndoToast({ message, onUndo, onDismiss }: UndoToastProps) {
  return (
    <div class="toast" role="status">
      <span>{message}</span>
      {onUndo && (
        <button type="button" class="primary" onClick={onUndo}>
          {t('libUndo')}
        </button>
      )}
      <button type="button" onClick={onDismiss} aria-label={t('libDismiss')}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
