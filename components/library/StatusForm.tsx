import { useState } from 'preact/hooks';
import { useDb } from '@/components/db-context';
import type { Claim } from '@/utils/core/model';
import { setStatus } from '@/utils/store/claim-edits';
import { STATUSES, STATUS_STYLES, statusLabel, type Status } from '@/utils/core/statuses';
import { t, uiLang } from '@/utils/locale/i18n';
import { EditForm } from '@/components/library/EditForm';
import { SelectField } from '@/components/library/SelectField';
import { TextField } from '@/components/library/TextField';
import { useConflictSave } from '@/components/library/use-conflict-save';

export interface StatusFormProps {
  claim: Claim;
  /** Recorded in the history as who made the change. */
  reviewer: string;
  onDone: (changed: boolean) => void;
}

/** Changes the status, with the reason, evidence links and a note; the change is added to the history. */
export function StatusForm({ claim, reviewer, onDone }: StatusFormProps) {
  const db = useDb();
  const lang = uiLang();
  const [status, setStatusValue] = useState<Status>(claim.status);
  const [reason, setReason] = useState('');
  const [evidence, setEvidence] = useState('');
  const [note, setNote] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const save = useConflictSave<Claim>({ status: t('libStatus'), statusReason: t('libReason') }, () => onDone(true));

  const submit = () => {
    if (!reason.trim()) {
      setMissingReason(true);
      return;
    }
    const input = { status, reason, note, evidence: evidence.split(/\s+/) };
    void save.run((stored) => setStatus(db, claim.id, input, reviewer, (stored ?? claim).updatedAt));
  };

  return (
    <EditForm
      label={t('libChangeStatus')}
      onSubmit={submit}
      onCancel={() => onDone(false)}
      onDiscard={() => onDone(true)}
      busy={save.busy}
      error={missingReason ? t('libReasonRequired') : save.error}
      conflict={save.conflict}
    >
      <SelectField
        label={t('libStatus')}
        value={status}
        options={STATUSES.map((s) => ({ value: s, label: `${STATUS_STYLES[s].glyph} ${statusLabel(s, lang)}` }))}
        onChange={(v) => setStatusValue(v as Status)}
      />
      <TextField label={t('libReason')} rows={3} value={reason} onInput={setReason} required />
      <TextField label={t('libEvidence')} rows={3} value={evidence} onInput={setEvidence} hint={t('libEvidenceHint')} />
      <TextField label={t('libNote')} rows={2} value={note} onInput={setNote} />
    </EditForm>
  );
}
