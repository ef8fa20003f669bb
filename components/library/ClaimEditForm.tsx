import { useState } from 'preact/hooks';
import { useDb } from '@/components/db-context';
import type { Claim } from '@/utils/core/model';
import { updateClaim } from '@/utils/store/claim-edits';
import { t } from '@/utils/locale/i18n';
import { EditForm } from '@/components/library/EditForm';
import { TextField } from '@/components/library/TextField';
import { useConflictSave } from '@/components/library/use-conflict-save';

export interface ClaimEditFormProps {
  claim: Claim;
  onDone: (changed: boolean) => void;
}

/** Edits the statement in each language (a new language can be added) and the tags. */
export function ClaimEditForm({ claim, onDone }: ClaimEditFormProps) {
  const db = useDb();
  const [statement, setStatement] = useState<Record<string, string>>({ ...claim.statement });
  const [newLang, setNewLang] = useState('');
  const [newText, setNewText] = useState('');
  const [tags, setTags] = useState(claim.tags.join(', '));
  const [empty, setEmpty] = useState(false);
  const save = useConflictSave<Claim>({ statement: t('libStatements'), tags: t('libTags') }, () => onDone(true));

  const submit = () => {
    const next = { ...statement };
    const lang = newLang.trim().toLowerCase();
    if (lang && newText.trim()) next[lang] = newText;
    // A claim without any statement could no longer be matched or even named in the list.
    const hasStatement = Object.values(next).some((text) => text.trim());
    setEmpty(!hasStatement);
    if (!hasStatement) return;
    const patch = { statement: next, tags: tags.split(',') };
    void save.run((stored) => updateClaim(db, claim.id, patch, (stored ?? claim).updatedAt));
  };

  return (
    <EditForm
      label={t('libEditClaim')}
      onSubmit={submit}
      onCancel={() => onDone(false)}
      onDiscard={() => onDone(true)}
      busy={save.busy}
      error={empty ? t('libStatementRequired') : save.error}
      conflict={save.conflict}
    >
      {Object.keys(statement).map((lang) => (
        <TextField
          key={lang}
          label={t('libStatementIn', lang)}
          rows={3}
          lang={lang}
          value={statement[lang]}
          onInput={(v) => setStatement({ ...statement, [lang]: v })}
          hint={t('libStatementEmptyHint')}
        />
      ))}
      <fieldset>
        <legend>{t('libAddLanguage')}</legend>
        <TextField label={t('libLanguageCode')} value={newLang} onInput={setNewLang} hint={t('libLanguageCodeHint')} />
        <TextField label={t('libStatementNew')} rows={2} value={newText} onInput={setNewText} />
      </fieldset>
      <TextField label={t('libTags')} value={tags} onInput={setTags} hint={t('libTagsHint')} />
    </EditForm>
  );
}
