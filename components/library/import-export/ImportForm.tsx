import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/locale/i18n';
import { useImportFlow } from '@/components/library/import-export/use-import-flow';
import { FileDropZone } from '@/components/library/import-export/FileDropZone';
import { ImportPreview } from '@/components/library/import-export/ImportPreview';
import { ImportProgress } from '@/components/library/import-export/ImportProgress';

export interface ImportFormProps {
  /** Called after records were written, so the library lists refresh. */
  onImported?: () => void;
}

/** Pick or drop a file, preview what it would change, then import it in one transaction. */
export function ImportForm({ onImported }: ImportFormProps) {
  const { state, pick, confirm, reset } = useImportFlow(onImported);
  const outcome = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.step === 'done' || state.step === 'failed' || state.step === 'refused') outcome.current?.focus();
  }, [state.step]);
  const busy = state.step === 'reading' || state.step === 'planning' || state.step === 'importing';

  return (
    <div class="ie-import">
      <h3 id="ie-import-heading">{t('ieImportHeading')}</h3>
      {state.step !== 'preview' && state.step !== 'importing' && <FileDropZone onFile={(f) => void pick(f)} disabled={busy} />}
      <div aria-live="polite">
        {state.step === 'reading' && <p>{t('ieReading', state.fileName)}</p>}
        {state.step === 'planning' && <p>{t('iePlanning', state.fileName)}</p>}
      </div>
      {state.step === 'refused' && (
        <div role="alert">
          <p class="ie-error" ref={outcome} tabIndex={-1}>
            {t('ieRefused', state.fileName)}
          </p>
          <p>{state.message}</p>
          {state.position && <p>{t('ieRefusedAt', state.position)}</p>}
        </div>
      )}
      {state.step === 'preview' && <ImportPreview fileName={state.fileName} plan={state.plan} onImport={(p) => void confirm(p)} onCancel={reset} />}
      {state.step === 'importing' && <ImportProgress done={state.done} total={state.total} />}
      {state.step === 'failed' && (
        <div role="alert">
          <p class="ie-error" ref={outcome} tabIndex={-1}>
            {t('ieFailed')}
          </p>
          <p>{state.message}</p>
        </div>
      )}
      {state.step === 'done' && (
        <>
          <p role="status" class="ie-ok" ref={outcome} tabIndex={-1}>
            {t('ieDone', [
              String(state.written.claims),
              String(state.written.versions),
              String(state.written.outlets),
              String(state.written.annotations),
              String(state.keptLocal),
            ])}
          </p>
          <button type="button" onClick={reset}>
            {t('ieAnother')}
          </button>
        </>
      )}
    </div>
  );
}
