import { useState } from 'preact/hooks';
import { explainDbError } from '@/utils/store/db-errors';
import type { EditResult } from '@/utils/store/claim-edits';
import { t } from '@/utils/locale/i18n';

export interface PendingConflict {
  fields: { label: string; stored: unknown; attempted: unknown }[];
  overwrite: () => void;
}

/**
 * Runs a save that may meet another tab's newer edit. `save(stored)` is first called with no record
 * (the form's own starting point); on a conflict the user sees both values, and "overwrite" calls it
 * again with the stored record as the new starting point.
 */
export function useConflictSave<T>(labels: Record<string, string>, onSaved: (record: T) => void) {
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (save: (stored?: T) => Promise<EditResult<T>>, stored?: T) => {
    setBusy(true);
    setError('');
    try {
      const result = await save(stored);
      if (result.ok) {
        setConflict(null);
        onSaved(result.record);
      } else if (result.reason === 'missing') {
        setError(t('libRecordGone'));
      } else {
        const fields = Object.keys(result.attempted).map((key) => ({
          label: labels[key] ?? key,
          stored: (result.stored as Record<string, unknown>)[key],
          attempted: (result.attempted as Record<string, unknown>)[key],
        }));
        setConflict({ fields, overwrite: () => void run(save, result.stored) });
      }
    } catch (e) {
      setError(explainDbError(e).message);
    } finally {
      setBusy(false);
    }
  };
  return { conflict, clearConflict: () => setConflict(null), error, busy, run };
}
