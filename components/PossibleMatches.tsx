import { useState } from 'preact/hooks';
import type { MatchDecision, PossibleMatch } from '@/utils/protocol/messages';
import { t } from '@/utils/locale/i18n';
import { MatchReasons } from '@/components/MatchReasons';

export interface PossibleMatchesProps {
  possible: PossibleMatch[];
  /** Saves the user's answer; the page is then scanned again. */
  onDecide: (claimId: string, decision: MatchDecision) => Promise<void>;
}

/** The popup's list of possible matches: each sentence, its claim, why, and Confirm / Dismiss. */
export function PossibleMatches({ possible, onDecide }: PossibleMatchesProps) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  if (!possible.length) return null;
  const decide = async (claimId: string, decision: MatchDecision) => {
    setBusy(true);
    setError('');
    try {
      await onDecide(claimId, decision);
    } catch (e) {
      setError(t('possibleFailed', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="group possible" aria-labelledby="recoupe-possible">
      <h2 id="recoupe-possible">{t('possibleTitle', String(possible.length))}</h2>
      <p class="muted hint">{t('possibleHint')}</p>
      {error && <p role="alert">{error}</p>}
      <ul>
        {possible.map((p) => (
          <li class="possible-item">
            <q>{p.sentence}</q>
            <p class="muted">{t('possibleClaim', p.statement)}</p>
            <MatchReasons why={p.why} />
            <div class="actions">
              <button type="button" disabled={busy} onClick={() => void decide(p.claimId, 'confirmed')}>
                {t('possibleConfirm')}
              </button>
              <button type="button" disabled={busy} onClick={() => void decide(p.claimId, 'dismissed')}>
                {t('possibleDismiss')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
