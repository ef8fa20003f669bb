import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClaimSuggestion } from '@/utils/protocol/messages';
import type { AnnotationDraft } from '@/utils/protocol/annotation-draft';
import { STATUSES, STATUS_STYLES, statusLabel, type Status } from '@/utils/core/statuses';
import { t } from '@/utils/locale/i18n';
import { StatusBadge } from '@/components/StatusBadge';

export interface AnnotateFormProps {
  lang: string;
  quote: string;
  page: AnnotationDraft['page'];
  /** Ranked claims for the selection; `search` asks for more with a query. */
  suggestions: ClaimSuggestion[];
  search: (query: string) => Promise<ClaimSuggestion[]>;
  detached: { id: string; quote: string; statement: string }[];
  onSave: (draft: Omit<AnnotationDraft, 'selectors'>) => Promise<void>;
  onReattach: (annotationId: string) => Promise<void>;
  onClose: () => void;
}

const lines = (s: string) => s.split(/\s+/).map((x) => x.trim()).filter(Boolean);

/** The fact-checker's form on a selection: attach it to a claim or make a new one, set a status, note, tags. */
export function AnnotateForm(props: AnnotateFormProps) {
  const [mode, setMode] = useState<'existing' | 'new'>(props.suggestions.length ? 'existing' : 'new');
  const [claimId, setClaimId] = useState(props.suggestions[0]?.claimId ?? '');
  const [options, setOptions] = useState(props.suggestions);
  const [query, setQuery] = useState('');
  const [statement, setStatement] = useState(props.quote);
  const [changeStatus, setChangeStatus] = useState(false);
  const [status, setStatus] = useState<Status>('unverified');
  const [reason, setReason] = useState('');
  const [evidence, setEvidence] = useState('');
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [page, setPage] = useState(props.page);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus({ preventScroll: true }), []);

  useEffect(() => {
    if (!query.trim()) return;
    const timer = setTimeout(() => void props.search(query).then(setOptions), 200);
    return () => clearTimeout(timer);
  }, [query]);

  const submit = async (e: Event) => {
    e.preventDefault();
    setError('');
    if (mode === 'existing' && !claimId) return setError(t('annPickClaim'));
    if (mode === 'new' && !statement.trim()) return setError(t('annNeedStatement'));
    setBusy(true);
    try {
      await props.onSave({
        page,
        target: mode === 'existing' ? { kind: 'existing', claimId } : { kind: 'new', statement, lang: page.lang || props.lang },
        status: mode === 'new' || changeStatus ? { status, reason, evidence: lines(evidence), note } : undefined,
        note,
        tags: tags.split(',').map((x) => x.trim()).filter(Boolean),
      });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };
  const field = (key: keyof AnnotationDraft['page'], label: string, type: 'text' | 'url' = 'text') => (
    <label class="field">
      <span>{label}</span>
      {type === 'url' ? (
        <input type="url" value={page[key] ?? ''} onInput={(e) => setPage({ ...page, [key]: (e.target as HTMLInputElement).value })} />
      ) : (
        <input type="text" value={page[key] ?? ''} onInput={(e) => setPage({ ...page, [key]: (e.target as HTMLInputElement).value })} />
      )}
    </label>
  );

  return (
    <div class="card annotate" role="dialog" aria-modal="false" aria-labelledby="recoupe-annotate-title"
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); props.onClose(); } }}>
    <form onSubmit={submit}>
      <div class="card-head">
        <span class="brand" id="recoupe-annotate-title">{t('annTitle')}</span>
        <button type="button" class="close" aria-label={t('cardClose')} onClick={props.onClose}>×</button>
      </div>
      <blockquote class="quote">{props.quote}</blockquote>
      <fieldset class="choice">
        <legend>{t('annWhat')}</legend>
        <label><input ref={first} type="radio" name="mode" checked={mode === 'existing'} onChange={() => setMode('existing')} /> {t('annAttach')}</label>
        <label><input type="radio" name="mode" checked={mode === 'new'} onChange={() => setMode('new')} /> {t('annNewClaim')}</label>
      </fieldset>
      {mode === 'existing' ? (
        <div class="claims">
          <label class="field"><span>{t('annSearch')}</span>
            <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} /></label>
          <ul class="options" role="radiogroup" aria-label={t('annSuggested')}>
            {options.map((o) => (
              <li><label><input type="radio" name="claim" checked={claimId === o.claimId} onChange={() => setClaimId(o.claimId)} />{' '}
                <StatusBadge status={o.status} lang={props.lang} /> {o.statement}</label></li>
            ))}
            {!options.length && <li class="muted">{t('annNoSuggestion')}</li>}
          </ul>
          <label><input type="checkbox" checked={changeStatus} onChange={(e) => setChangeStatus((e.target as HTMLInputElement).checked)} /> {t('annChangeStatus')}</label>
        </div>
      ) : (
        <label class="field"><span>{t('annStatement')}</span>
          <textarea rows={3} value={statement} onInput={(e) => setStatement((e.target as HTMLTextAreaElement).value)} /></label>
      )}
      {(mode === 'new' || changeStatus) && (
        <fieldset class="status">
          <legend>{t('annStatus')}</legend>
          <select aria-label={t('annStatus')} value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value as Status)}>
            {STATUSES.map((s) => <option value={s}>{STATUS_STYLES[s].glyph} {statusLabel(s, props.lang)}</option>)}
          </select>
          <label class="field"><span>{t('annReason')}</span><textarea rows={2} value={reason} onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)} /></label>
          <label class="field"><span>{t('annEvidence')}</span><textarea rows={2} value={evidence} onInput={(e) => setEvidence((e.target as HTMLTextAreaElement).value)} /></label>
        </fieldset>
      )}
      <label class="field"><span>{t('annNote')}</span><textarea rows={2} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} /></label>
      <label class="field"><span>{t('annTags')}</span><input type="text" value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} /></label>
      <details class="source">
        <summary>{t('annSource', page.siteName)}</summary>
        {field('siteName', t('annOutlet'))}
        {field('title', t('annArticleTitle'))}
        {field('canonicalUrl', t('annUrl'), 'url')}
        {field('publishedAt', t('annDate'))}
      </details>
      {props.detached.length > 0 && (
        <section class="detached">
          <h3 class="section">{t('annReattachTitle')}</h3>
          <ul>{props.detached.map((d) => (
            <li><span class="quote">{d.quote}</span>{' '}
              <button type="button" onClick={() => void props.onReattach(d.id)}>{t('annReattach')}</button></li>
          ))}</ul>
        </section>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>{t('annSave')}</button>
        <button type="button" onClick={props.onClose}>{t('annCancel')}</button>
      </div>
    </form>
    </div>
  );
}
