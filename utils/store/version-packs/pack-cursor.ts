import type { DBCoreCursor, DBCoreTransaction } from 'dexie';
import { compareKeys } from '@/utils/store/version-packs/pack-keys';

export interface CursorEntry {
  key: unknown;
  primaryKey: unknown;
  value: unknown;
}

/**
 * A cursor over entries already read and ordered (in the cursor's direction), with IndexedDB's
 * cursor protocol as Dexie's layers use it: start(onNext) calls onNext at each position until
 * continue() is not called, stop() or fail() ends the iteration, and past the last entry `done`.
 */
export function entriesCursor(trans: DBCoreTransaction, entries: CursorEntry[], reverse: boolean): DBCoreCursor | null {
  if (entries.length === 0) return null;
  let pos = 0;
  let onNext: (() => void) | undefined;
  let resolveIteration: (value?: unknown) => void = () => {};
  let rejectIteration: (error: unknown) => void = () => {};
  let requested = false;
  let running = false;
  let ended = false;
  const dir = reverse ? -1 : 1;
  // a comes before b in the cursor's direction.
  const before = (a: unknown, b: unknown) => dir * compareKeys(a, b) < 0;

  const step = () => {
    running = true;
    try {
      do {
        requested = false;
        if (pos >= entries.length) {
          cursor.done = true;
          end(undefined);
          return;
        }
        onNext!();
      } while (requested && !ended);
    } catch (error) {
      fail(error);
    } finally {
      running = false;
    }
  };
  const schedule = () => {
    if (ended) throw new Error('Cursor already stopped');
    requested = true;
    if (!running && onNext) queueMicrotask(() => (requested && !ended && !running ? step() : undefined));
  };
  const end = (value: unknown) => {
    if (ended) return;
    ended = true;
    resolveIteration(value);
  };
  const fail = (error: unknown) => {
    if (ended) return;
    ended = true;
    rejectIteration(error);
  };

  const cursor = {
    trans,
    done: false,
    get key() { return entries[pos]?.key; },
    get primaryKey() { return entries[pos]?.primaryKey; },
    get value() { return entries[pos]?.value; },
    continue(key?: unknown) {
      if (key === undefined) pos++;
      else while (pos < entries.length && before(entries[pos].key, key)) pos++;
      schedule();
    },
    continuePrimaryKey(key: unknown, primaryKey: unknown) {
      while (pos < entries.length) {
        const e = entries[pos];
        const c = dir * compareKeys(e.key, key);
        if (c > 0 || (c === 0 && dir * compareKeys(e.primaryKey, primaryKey) >= 0)) break;
        pos++;
      }
      schedule();
    },
    advance(count: number) {
      pos += count;
      schedule();
    },
    start(callback: () => void): Promise<unknown> {
      onNext = callback;
      const iteration = new Promise((resolve, reject) => {
        resolveIteration = resolve;
        rejectIteration = reject;
      });
      step();
      return iteration;
    },
    stop(value?: unknown) {
      end(value);
    },
    fail(error: Error) {
      fail(error);
    },
    next(): Promise<DBCoreCursor> {
      let gotOne = 1;
      ended = false;
      return cursor.start(() => (gotOne-- ? cursor.continue() : cursor.stop())).then(() => cursor as unknown as DBCoreCursor);
    },
  };
  return cursor as unknown as DBCoreCursor;
}
