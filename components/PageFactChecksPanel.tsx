import { useEffect, useState } from 'preact/hooks';
import { askTab, askTabWhenReady } from '@/utils/protocol/send-message';
import type { PageFactCheckList } from '@/utils/protocol/messages';
import type { PageFactCheck } from '@/utils/protocol/page-factchecks';
import { PAGE_FACTCHECK_LIMITS } from '@/utils/core/page-factchecks/page-limits';
import { formatDate, t } from '@/utils/locale/i18n';
import { StatusBadge } from '@/components/StatusBadge';
import { ExternalLink } from '@/components/library/ExternalLink';

export interface PageFactChecksPanelProps {
  tabId: number;
  lang: string;
}

const STATE_TEXT: Partial<Record<PageFactCheck['state'], string>> = {
  added: 'crAdded', updated: 'crUpdated', known: 'crKnown', kept: 'crKept', 'other-source': 'crOtherSource',
};

/** The fact-checks the page publishes about itself (ClaimReview markup), each with an Add button. */
export function PageFactChecksPanel({ tabId, lang }: PageFactChecksPanelProps) {
  const [list, setList] = useState<PageFactCheckList | undefined>();
  const [error, setError] = useState('');
  useEffect(() => {
    askTabWhenReady(tabId, 'pageFactChecks', {}).then(setList, () => setList(undefined));
  }, [tabId]);
  if (!list || list.proposals.length === 0) return null;

  const add = async (claimId: string) => {
    setError('');
    try {
      setList(await askTab(tabId, 'addPageFactCheck', { claimId }));
    } catch (e) {
      setError(t('crAddFailed', e instanceof Error ? e.message : String(e)));
    }
  };

  return (
    <section class="group page-factchecks" aria-labelledby="recoupe-page-factchecks">
      <h2 id="recoupe-page-factchecks">{t('crPageHeading', String(list.proposals.length))}</h2>
      <ul>
        {list.proposals.map((p) => (
          <li class="factcheck" data-claim-id={p.claimId}>
            <p class="statement" lang={p.lang}>
              {p.statement}
            </p>
            <p>
              <StatusBadge status={p.status} lang={lang} />
              {p.ratingLabel && (
                <>
                  {' '}
                  <q class="published-label">{p.ratingLabel}</q>
                </>
              )}
            </p>
            <p class="muted small">
              {p.factChecker && <span>{t('crFactChecker', p.factChecker)} </span>}
              {p.date && <span>({formatDate(p.date, lang)}) </span>}
              <ExternalLink href={p.reviewUrl} />
            </p>
            {p.claimant && <p class="muted small">{t('crClaimant', p.claimant)}</p>}
            {p.appearances.slice(0, 3).map((url) => (
              <p class="muted small">
                {t('crAppeared')} <ExternalLink href={url} />
              </p>
            ))}
            {p.state === 'new' ? (
              <button type="button" class="add-factcheck" onClick={() => void add(p.claimId)}>
                {t('crAdd')}
              </button>
            ) : (
              <p class="factcheck-state" role="status">
                {t(STATE_TEXT[p.state] ?? 'crKnown')}
              </p>
            )}
          </li>
        ))}
      </ul>
      {list.capped > 0 && <p class="muted small">{t('crCapped', String(PAGE_FACTCHECK_LIMITS.maxProposals))}</p>}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
