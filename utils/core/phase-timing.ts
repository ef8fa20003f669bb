/**
 * Named spans on the User Timing timeline (`performance.measure`), which the benchmarks read back
 * from the page (scripts/bench-import-browser.ts) and DevTools shows in a profile. A span costs a
 * few microseconds; nothing else reads them. Synchronous on purpose: inside a Dexie transaction an
 * extra native `await` can lose the transaction's zone.
 */
export const PHASE_PREFIX = 'recoupe:';

/** Records the span `recoupe:<name>` from `start` (a performance.now() reading) to now. */
export function endPhase(name: string, start: number): void {
  performance.measure(PHASE_PREFIX + name, { start, end: performance.now() });
}
