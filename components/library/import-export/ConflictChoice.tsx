import { useId } from 'preact/hooks';
import type { ConflictPolicy } from '@/utils/store/import/apply-import';
import type { ImportConflict } from '@/utils/store/import/plan-import';
import { t } from '@/utils/locale/i18n';

export interface ConflictChoiceProps {
  conflicts: ImportConflict[];
  value: ConflictPolicy;
  onChange: (policy: ConflictPolicy) => void;
}

const SHOWN = 200;

/** Records the user edited that the file would change: keep mine (default) or take the file's. */
export function ConflictChoice({ conflicts, value, onChange }: ConflictChoiceProps) {
  const name = useId();
  const option = (policy: ConflictPolicy, label: string) => (
    <label>
      <input type="radio" name={name} value={policy} checked={value === policy} onChange={() => onChange(policy)} /> {label}
    </label>
  );
  return (
    <fieldset class="ie-conflicts">
      <legend>{t('ieConflictsLegend', String(conflicts.length))}</legend>
      {option('keep-local', t('ieKeepLocal'))}
      {option('take-incoming', t('ieTakeIncoming'))}
      <ul>
        {conflicts.slice(0, SHOWN).map((c) => (
          <li>{t('ieConflictItem', [t(`ieTable_${c.table}`), c.id, c.fields.join(', ')])}</li>
        ))}
        {conflicts.length > SHOWN && <li>…</li>}
      </ul>
    </fieldset>
  );
}
