import { userError } from '@/utils/locale/user-error';

/**
 * Turns a database failure into a message that says what happened and what to do. Every write runs
 * in one transaction, so a failed one leaves what was saved before untouched: the messages say so.
 */
export function explainDbError(e: unknown): Error {
  const name = (e as { name?: string } | null)?.name ?? '';
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const is = (n: string) => name === n || inner === n;
  if (is('QuotaExceededError'))
    return userError('errQuota', 'Your browser has no storage space left for Recoupe. Nothing already saved was lost; free some disk space, or export and delete claims you no longer need, then try again.');
  if (is('VersionError') || is('UpgradeError') || is('BlockedError') || is('DatabaseClosedError'))
    return userError('errDbBusy', 'Recoupe’s database is being upgraded or is held by another Recoupe tab. Nothing was lost; close other Recoupe tabs and try again.');
  return e instanceof Error ? e : new Error(String(e));
}
