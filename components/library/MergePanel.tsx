import { useEffect, useId, useState } from 'preact/hooks';
import { explainDbError } from '@/utils/store/db-errors';
import { useDb } from '@/components/db-context';
import type { Claim } from '@/utils/core/model';
import { mergeClaims } from '@/utils/store/claim-edits';
import { queryClaims, type ClaimListItem } from '@/utils/store/library-query';
import { t } from '@/utils/locale/i18n';
import { isStatus } from '@/utils/core/statuses';
import { StatusBadge } from '@/components/StatusBadge';
import { TextField } from '@/components/library/TextField';
import { statementIn } from '@/utils/core/reader-language';

export interface MergePanelProps {
  /** The claim that stays; the one picked here is merged into it. */
  claim: Claim;
  reviewer: string;
  lang: string;
  onMerged: (message: string) => void;
  onCancel: () => void;
}

/** Finds a duplicate of this claim by search and merges it into this one, after confirmation. */
export function MergePanel({ claim, reviewer, lang, onMerged, onCancel }: MergePanelProps) {
  const db = useDb();
  const [text, setText] = useState('');
  const [found, setFound] = useState<ClaimListItem[]>([]);
  const [picked, setPicked] = useState<ClaimListItem | null>(null);
  const [error, setError] = useState('');
  const groupId = useId();

  useEffect(() => {
    if (!text.trim()) {
      setFound([]);
      return;
    }
    let live = true;
    const timer = setTimeout(async () => {
      const { items } = await queryClaims(db, { text, limit: 11 });
      if (live) setFound(items.filter((i) => i.claim.id !== claim.id).slice(0, 10));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);

  const merge = async () => {
    if (!picked) return;
    const result = await mergeClaims(db, claim.id, picked.claim.id, reviewer, {
      reason: t('libMergeReason', statementIn(picked.claim.statement, lang, picked.claim.id)),
    }).catch((e: unknown) => {
      setError(explainDbError(e).message);
      return null;
    });
    if (!result) return;
    if (result.ok) onMerged(t('libMerged', String(picked.versionCount)));
    else setError(t('libRecordGone'));
  };

  return (
    <section class="merge" aria-labelledby={`${groupId}-h`}>
      <h3 id={`${groupId}-h`}>{t('libMergeTitle')}</h3>
      <p class="muted">{t('libMergeExplain')}</p>
      <TextField label={t('libMergeSearch')} type="search" value={text} onInput={setText} />
      {text.trim() && !found.length && <p class="muted">{t('libNoResults')}</p>}
      {found.length > 0 && (
        <fieldset>
          <legend>{t('libMergePick')}</legend>
          {found.map((item) => (
            <label key={item.claim.id} class="merge-choice">
              <input type="radio" name={groupId} checked={picked?.claim.id === item.claim.id} onChange={() => setPicked(item)} />
              {isStatus(item.claim.status) ? <StatusBadge status={item.claim.status} lang={lang} /> : String(item.claim.status)} {statementIn(item.claim.statement, lang, item.claim.id)}{' '}
              <span class="muted">({t('libVersionCount', String(item.versionCount))})</span>
            </label>
          ))}
        </fieldset>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={!picked} onClick={() => void merge()}>
          {t('libMergeConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('libCancel')}
        </button>
      </div>
    </section>
  );
}
