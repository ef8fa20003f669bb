import { useState } from 'preact/hooks';
import { useDb } from '@/components/db-context';
import type { Outlet } from '@/utils/core/model';
import { updateOutlet } from '@/utils/store/claim-edits';
import { t } from '@/utils/locale/i18n';
import { EditForm } from '@/components/library/EditForm';
import { TextField } from '@/components/library/TextField';
import { useConflictSave } from '@/components/library/use-conflict-save';

export interface OutletEditFormProps {
  outlet: Outlet;
  onDone: (changed: boolean) => void;
}

/** Renames an outlet and edits the web domains that identify it. */
export function OutletEditForm({ outlet, onDone }: OutletEditFormProps) {
  const db = useDb();
  const [name, setName] = useState(outlet.name);
  const [domains, setDomains] = useState(outlet.domains.join('\n'));
  const save = useConflictSave<Outlet>({ name: t('libOutletName'), domains: t('libDomains') }, () => onDone(true));

  const submit = () => {
    const patch = { name: name.trim(), domains: domains.split(/\s+/) };
    void save.run((stored) => {
      const base = stored ?? outlet;
      return updateOutlet(db, outlet.id, patch, { name: base.name, domains: base.domains });
    });
  };

  return (
    <EditForm
      label={t('libEditOutlet', outlet.name)}
      onSubmit={submit}
      onCancel={() => onDone(false)}
      onDiscard={() => onDone(true)}
      busy={save.busy}
      error={save.error}
      conflict={save.conflict}
    >
      <TextField label={t('libOutletName')} value={name} onInput={setName} required />
      <TextField label={t('libDomains')} rows={2} value={domains} onInput={setDomains} hint={t('libDomainsHint')} />
    </EditForm>
  );
}
