import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/locale/i18n';
import { ConflictNotice } from '@/components/library/ConflictNotice';
import type { PendingConflict } from '@/components/library/use-conflict-save';

export interface EditFormProps {
  /** Accessible name of the form, e.g. "Edit the statement". */
  label: string;
  onSubmit: () => void;
  onCancel: () => void;
  busy: boolean;
  error: string;
  conflict: PendingConflict | null;
  /** "Keep the saved version": drop this edit and show the stored record. */
  onDiscard: () => void;
  children: ComponentChildren;
}

/** The frame every edit form shares: fields, save and cancel, errors and the conflict notice. */
export function EditForm({ label, onSubmit, onCancel, busy, error, conflict, onDiscard, children }: EditFormProps) {
  const form = useRef<HTMLFormElement>(null);
  // The form replaces the button that opened it, and focus would fall back to the page's body: it
  // goes to the first field instead, where the keyboard user goes on. In the commit that shows the
  // form (a layout effect), not after the next paint, when focus had sat on the body in between.
  useLayoutEffect(() => form.current?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea')?.focus(), []);
  return (
    <form
      ref={form}
      class="edit-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      {children}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {conflict && <ConflictNotice fields={conflict.fields} onOverwrite={conflict.overwrite} onDiscard={onDiscard} />}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('libSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('libCancel')}
        </button>
      </div>
    </form>
  );
}
