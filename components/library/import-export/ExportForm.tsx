import { useId, useState } from 'preact/hooks';
import { useDb } from '@/components/db-context';
import { selectionFor, scopeFileLabel, type ExportScope } from '@/utils/store/export-scope';
import { buildExportFile, downloadFile, type ExportFormat } from '@/utils/ui/export-download';
import { getSettings } from '@/utils/store/site-settings';
import { safeHttpUrl } from '@/utils/core/safe-url';
import { t } from '@/utils/locale/i18n';
import { FORMAT_ORDER, formatHint, formatLabel } from '@/components/library/import-export/format-labels';

/** One entry of the "What to export" menu; `'ask-url'` shows a web address field. */
export interface ExportScopeChoice {
  id: string;
  label: string;
  scope: ExportScope | 'ask-url';
}

export interface ExportFormProps {
  scopes: ExportScopeChoice[];
  /** Heading level of the form's title: the popup has h1 then h2, the library h2 then h3. */
  headingLevel?: 2 | 3;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'ok' | 'error'; text: string };

/** Scope and format menus and the Export button: writes the file with the format modules and downloads it. */
export function ExportForm({ scopes, headingLevel = 3 }: ExportFormProps) {
  const db = useDb();
  const id = useId();
  const [scopeId, setScopeId] = useState(scopes[0]?.id ?? '');
  const [format, setFormat] = useState<ExportFormat>('recoupe-json');
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // The selected claim can go away (deleted, deselected): fall back to the first choice.
  const choice = scopes.find((s) => s.id === scopeId) ?? scopes[0];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const run = async () => {
    if (!choice) return;
    let scope: ExportScope;
    if (choice.scope === 'ask-url') {
      const page = safeHttpUrl(url);
      if (!page) return setStatus({ kind: 'error', text: t('iePageUrlInvalid') });
      scope = { kind: 'page', url: page };
    } else scope = choice.scope;
    setStatus({ kind: 'busy' });
    try {
      const [selection, settings] = await Promise.all([selectionFor(db, scope), getSettings(db)]);
      const built = buildExportFile(format, selection, scopeFileLabel(scope), settings);
      if (!built.ok) return setStatus({ kind: 'error', text: t(built.error === 'empty' ? 'ieExportEmpty' : 'ieExportNeedsReviewer') });
      downloadFile(built.value);
      const n = (x: unknown[]) => String(x.length);
      setStatus({ kind: 'ok', text: t('ieExported', [built.value.name, n(selection.claims), n(selection.versions), n(selection.annotations)]) });
    } catch (e) {
      setStatus({ kind: 'error', text: t('ieExportFailed', e instanceof Error ? e.message : String(e)) });
    }
  };

  return (
    <form
      class="ie-export"
      // Our own check words the problem in the reader's language and refuses non-http(s) schemes.
      noValidate
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        void run();
      }}
    >
      <Heading id={`${id}-h`}>{t('ieExportHeading')}</Heading>
      <div class="ie-field">
        <label for={`${id}-scope`}>{t('ieScope')}</label>
        <select id={`${id}-scope`} value={choice?.id} onChange={(e) => setScopeId(e.currentTarget.value)}>
          {scopes.map((s) => (
            <option key={s.id} value={s.id}>{s.label}</option>
          ))}
        </select>
      </div>
      {choice?.scope === 'ask-url' && (
        <div class="ie-field">
          <label for={`${id}-url`}>{t('iePageUrl')}</label>
          <input id={`${id}-url`} type="url" value={url} aria-required="true" onInput={(e) => setUrl(e.currentTarget.value)} placeholder="https://" />
        </div>
      )}
      <div class="ie-field">
        <label for={`${id}-format`}>{t('ieFormat')}</label>
        <select id={`${id}-format`} value={format} aria-describedby={`${id}-format-hint`} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
          {FORMAT_ORDER.map((f) => (
            <option key={f} value={f}>{formatLabel(f)}</option>
          ))}
        </select>
        <p id={`${id}-format-hint`} class="ie-hint">
          {formatHint(format)}
        </p>
      </div>
      <button type="submit" class="primary" disabled={status.kind === 'busy' || !choice}>
        {t('ieExportButton')}
      </button>
      <p role="status" class={`ie-status ${status.kind === 'error' ? 'ie-error' : status.kind === 'ok' ? 'ie-ok' : ''}`}>
        {status.kind === 'busy' ? t('ieExporting') : status.kind === 'idle' ? '' : status.text}
      </p>
    </form>
  );
}
