import { useId, useState } from 'preact/hooks';
import { IMPORT_LIMITS } from '@/utils/core/import/limits';
import { t } from '@/utils/locale/i18n';
import { mebibytes } from '@/components/library/import-export/format-labels';

export interface FileDropZoneProps {
  onFile: (file: File) => void;
  disabled?: boolean;
}

const ACCEPT = '.json,.jsonld,.jsonl,.csv,.tsv,application/json,application/ld+json,application/jsonl,text/csv';

/**
 * A labelled file input inside a box that also takes a dropped file. The input is the keyboard path
 * (Tab to it, Enter or Space opens the file picker); dropping is only a shortcut for mouse users.
 */
export function FileDropZone({ onFile, disabled }: FileDropZoneProps) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      class={dragging ? 'ie-drop dragging' : 'ie-drop'}
      onDragOver={(e) => {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        take(e.dataTransfer?.files);
      }}
    >
      <label for={`${id}-file`}>{t('ieChooseFile')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept={ACCEPT}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          take(e.currentTarget.files);
          // Cleared so that choosing the same file again (after fixing it) runs again.
          e.currentTarget.value = '';
        }}
      />
      <p id={`${id}-hint`} class="ie-hint">
        {dragging ? t('ieDropNow') : t('ieDropHint', mebibytes(IMPORT_LIMITS.maxFileBytes))}
      </p>
    </div>
  );
}
