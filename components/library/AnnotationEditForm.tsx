import { useState } from 'preact/hooks';
import { useDb } from '@/components/db-context';
import type { Annotation } from '@/utils/core/model';
import { updateAnnotation } from '@/utils/store/claim-edits';
import { t } from '@/utils/locale/i18n';
import { EditForm } from '@/components/library/EditForm';
import { TextField } from '@/components/library/TextField';
import { useConflictSave } from '@/components/library/use-conflict-save';

export interface AnnotationEditFormProps {
  annotation: Annotation;
  onDone: (changed: boolean) => void;
}

/** Edits an annotation's note and tags. */
export function AnnotationEditForm({ annotation, onDone }: AnnotationEditFormProps) {
  const db = useDb();
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState(annotation.tags.join(', '));
  const save = useConflictSave<Annotation>({ note: t('libNote'), tags: t('libTags') }, () => onDone(true));

  const submit = () => {
    const patch = { note, tags: tags.split(',') };
    void save.run((stored) => updateAnnotation(db, annotation.id, patch, (stored ?? annotation).updatedAt));
  };

  return (
    <EditForm
      label={t('libEditAnnotation')}
      onSubmit={submit}
      onCancel={() => onDone(false)}
      onDiscard={() => onDone(true)}
      busy={save.busy}
      error={save.error}
      conflict={save.conflict}
    >
      <TextField label={t('libNote')} rows={3} value={note} onInput={setNote} />
      <TextField label={t('libTags')} value={tags} onInput={setTags} hint={t('libTagsHint')} />
    </EditForm>
  );
}
