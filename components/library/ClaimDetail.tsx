import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { explainDbError } from '@/utils/store/db-errors';
import { useDb } from '@/components/db-context';
import { loadClaimDetail, type ClaimDetailData } from '@/utils/store/claim-detail';
import { deleteClaim, type UndoToken } from '@/utils/store/claim-edits';
import { formatDate, t } from '@/utils/locale/i18n';
import { isStatus } from '@/utils/core/statuses';
import { StatusBadge } from '@/components/StatusBadge';
import { AnnotationItem } from '@/components/library/AnnotationItem';
import { ClaimEditForm } from '@/components/library/ClaimEditForm';
import { statementIn } from '@/utils/core/reader-language';
import { MergePanel } from '@/components/library/MergePanel';
import { StatusForm } from '@/components/library/StatusForm';
import { StatusHistory } from '@/components/library/StatusHistory';
import { TagList } from '@/components/library/TagList';
import { VersionCard } from '@/components/library/VersionCard';
import { ExternalLink } from '@/components/library/ExternalLink';

export interface ClaimDetailProps {
  claimId: string;
  reviewer: string;
  lang: string;
  /** Bumped by the app when data changed elsewhere (merge, undo, reload). */
  refreshKey: number;
  onChanged: () => void;
  onDeleted: (token: UndoToken, statement: string) => void;
  onMerged: (message: string) => void;
}

/** Shown this many at a time: a claim may have thousands of versions. */
const SHOWN = 24;

/** Everything about one claim: statements, status and its history, versions, annotations, and the edit actions. */
export function ClaimDetail({ claimId, reviewer, lang, refreshKey, onChanged, onDeleted, onMerged }: ClaimDetailProps) {
  const db = useDb();
  const [data, setData] = useState<ClaimDetailData | null | undefined>(undefined);
  const [shown, setShown] = useState(SHOWN);
  const [reload, setReload] = useState(0);
  const [mode, setMode] = useState<'view' | 'claim' | 'status' | 'merge'>('view');
  const [failure, setFailure] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void loadClaimDetail(db, claimId, shown).then((loaded) => {
      if (live) setData(loaded);
    });
    return () => {
      live = false;
    };
  }, [claimId, shown, reload, refreshKey]);

  useEffect(() => {
    setMode('view');
    setShown(SHOWN);
    heading.current?.focus();
  }, [claimId]);

  if (data === undefined) return <p class="muted">{t('popupLoading')}</p>;
  if (data === null) return <p class="muted">{t('libRecordGone')}</p>;
  const { claim, versions, versionTotal, annotations, outlets } = data;
  const changed = () => {
    setReload((n) => n + 1);
    onChanged();
  };
  const done = (didChange: boolean) => {
    setMode('view');
    if (didChange) changed();
    heading.current?.focus();
  };
  const remove = async () => {
    try {
      const token = await deleteClaim(db, claim.id);
      if (token) onDeleted(token, statementIn(claim.statement, lang, claim.id));
    } catch (e) {
      setFailure(explainDbError(e).message);
    }
  };

  return (
    <article class="claim-detail" aria-labelledby="detail-heading">
      <h2 id="detail-heading" tabIndex={-1} ref={heading}>
        {t('libClaim')}
      </h2>
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}

      <section aria-labelledby="statements-h">
        <h3 id="statements-h">{t('libStatements')}</h3>
        {mode === 'claim' ? (
          <ClaimEditForm claim={claim} onDone={done} />
        ) : (
          <>
            <dl class="statements">
              {Object.entries(claim.statement).map(([l, text]) => (
                <Fragment key={l}>
                  <dt>{l}</dt>
                  <dd lang={l}>{text}</dd>
                </Fragment>
              ))}
            </dl>
            {claim.claimant && <p class="claimant">{t('cardClaimant', claim.claimant)}</p>}
            <TagList tags={claim.tags} />
            <button type="button" onClick={() => setMode('claim')}>
              {t('libEditClaim')}
            </button>
          </>
        )}
      </section>

      <section aria-labelledby="status-h">
        <h3 id="status-h">{t('libStatus')}</h3>
        <p>
          {isStatus(claim.status) ? <StatusBadge status={claim.status} lang={lang} ratingLabel={claim.ratingLabel} /> : String(claim.status)}{' '}
          {claim.statusDate && <time dateTime={claim.statusDate}>{formatDate(claim.statusDate, lang)}</time>}
        </p>
        <p class="pre">{claim.statusReason}</p>
        {claim.sourcePage && (
          <p class="source-page">
            {t('crSourcePage')} <ExternalLink href={claim.sourcePage} />
          </p>
        )}
        {mode === 'status' ? (
          <StatusForm claim={claim} reviewer={reviewer} onDone={done} />
        ) : (
          <button type="button" onClick={() => setMode('status')}>
            {t('libChangeStatus')}
          </button>
        )}
        <StatusHistory history={claim.statusHistory} lang={lang} />
      </section>

      <section aria-labelledby="versions-h">
        <h3 id="versions-h">{t('libVersions', String(versionTotal))}</h3>
        <ul class="versions">
          {versions.map((v) => (
            <VersionCard key={v.id} version={v} outlets={outlets} lang={lang} onChanged={changed} />
          ))}
        </ul>
        {versionTotal > versions.length && (
          <button type="button" onClick={() => setShown(shown + SHOWN)}>
            {t('libShowMore', String(versionTotal - versions.length))}
          </button>
        )}
      </section>

      <section aria-labelledby="annotations-h">
        <h3 id="annotations-h">{t('libAnnotationsCount', String(annotations.length))}</h3>
        {annotations.length ? (
          <ul class="annotations">
            {annotations.map((a) => (
              <AnnotationItem key={a.id} annotation={a} lang={lang} onChanged={changed} />
            ))}
          </ul>
        ) : (
          <p class="muted">{t('libNoAnnotations')}</p>
        )}
      </section>

      <section aria-labelledby="actions-h" class="danger-zone">
        <h3 id="actions-h">{t('libActions')}</h3>
        {mode === 'merge' ? (
          <MergePanel claim={claim} reviewer={reviewer} lang={lang} onMerged={(m) => { setMode('view'); onMerged(m); changed(); }} onCancel={() => done(false)} />
        ) : (
          <div class="actions">
            <button type="button" onClick={() => setMode('merge')}>
              {t('libMergeTitle')}
            </button>
            <button type="button" class="danger" onClick={() => void remove()}>
              {t('libDelete')}
            </button>
          </div>
        )}
      </section>
    </article>
  );
}
