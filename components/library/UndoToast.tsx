import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/locale/i18n';

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
  const undoButton = useRef<HTMLButtonElement>(null);
  // The deleted claim's buttons are gone with it: keyboard focus goes to the undo rather than to the page's top.
  useEffect(() => {
    undoButton.current?.focus();
  }, [message]);
  return (
    <div class="toast" role="status">
      <span>{message}</span>
      {onUndo && (
        <button type="button" class="primary" ref={undoButton} onClick={onUndo}>
          {t('libUndo')}
        </button>
      )}
      <button type="button" onClick={onDismiss} aria-label={t('libDismiss')}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
