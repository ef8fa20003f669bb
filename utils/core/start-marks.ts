/**
 * The first time each named step of a worker start happened, in milliseconds since the worker
 * started (performance.now()). The browser benchmark reads them back (scripts/bench-index-browser.ts)
 * to say where a restart's first highlight spends its time; nothing else reads them, and a mark
 * costs one property write.
 */
export const startMarks: Record<string, number> = {};

/** Records `name` the first time it is reached. */
export function markStart(name: string): void {
  if (!(name in startMarks)) startMarks[name] = Math.round(performance.now() * 10) / 10;
}
