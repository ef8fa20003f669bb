/** First wait after a failed refresh; doubled at each further failure, up to the normal interval. */
export const FIRST_RETRY_MINUTES = 15;

/** When the next refresh is due: the interval after a success, an exponential backoff after errors. */
export function nextRefreshAt(now: Date, intervalHours: number, failures: number): string {
  const intervalMs = intervalHours * 3_600_000;
  if (failures <= 0) return new Date(now.getTime() + intervalMs).toISOString();
  const backoff = FIRST_RETRY_MINUTES * 60_000 * 2 ** Math.min(failures - 1, 20);
  return new Date(now.getTime() + Math.min(backoff, intervalMs)).toISOString();
}

export function isDue(nextRefresh: string, now: Date): boolean {
  const due = Date.parse(nextRefresh);
  return !Number.isFinite(due) || due <= now.getTime();
}
