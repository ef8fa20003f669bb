import Dexie, { type Table } from 'dexie';
import type { RecoupeDb } from '@/utils/store/db';
import { classify, mergeRecord, type RecordOf, type TableName } from '@/utils/core/import/merge-records';
import type { Version } from '@/utils/core/model';
import { withFacts } from '@/utils/store/fill-facts';
import { TABLES, type ImportPlan } from '@/utils/store/import/plan-import';
import { storedIds } from '@/utils/store/import/stored-ids';
import { bulkIndexed, countRecord } from '@/utils/store/search-words';
import { endPhase } from '@/utils/core/phase-timing';
import type { TermDelta } from '@/utils/store/search-terms';

export type ConflictPolicy = 'keep-local' | 'take-incoming';

export interface ApplyOptions {
  /** What to do with records the user edited that the file changes. Default keep-local. */
  conflictPolicy?: ConflictPolicy;
  /** Called as each chunk is written (chunks of duplicates at once). Must not await: the transaction would close. */
  onProgress?: (done: number, total: number) => void;
  /** Run inside the same transaction, before and after the writes (feed bookkeeping): all or nothing. */
  before?: () => Promise<void>;
  after?: () => Promise<void>;
}

export type ApplyResult =
  | { ok: true; written: Record<TableName, number>; keptLocal: number }
  | { ok: false; message: string };

const CHUNK = 5_000;
const IN_FLIGHT = 2;

type Records<T extends TableName> = RecordOf<T>[];

interface ChunkWrite {
  table: TableName;
  /** The chunk's bulkPut, or undefined when it had nothing to write. */
  stored: PromiseLike<unknown> | undefined;
  written: number;
  kept: number;
  seen: number;
}

/**
 * The stored records an import meets, by id, read in chunks: only ids already stored are asked for
 * (in Chromium every IndexedDB request is paid for).
 */
async function readLocals<T extends TableName>(table: Table, records: Records<T>): Promise<Map<string, RecordOf<T>>> {
  const stored = records.length ? await storedIds(table) : new Set<string>();
  const ids = [...new Set(records.filter((r) => stored.has(r.id)).map((r) => r.id))];
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += CHUNK) chunks.push(ids.slice(start, start + CHUNK));
  const read = (await Dexie.Promise.all(chunks.map((chunk) => table.bulkGet(chunk)))).flat() as (RecordOf<T> | undefined)[];
  const locals = new Map<string, RecordOf<T>>();
  ids.forEach((id, i) => read[i] && locals.set(id, read[i]));
  return locals;
}

/**
 * One chunk: classified again inside the transaction (the database may have changed since
 * planImport), its writes issued and not awaited (the caller waits, see applyImport), its search
 * index changes counted in `delta` while the backend stores it.
 */
function writeChunk<T extends TableName>(table: Table, name: T, chunk: Records<T>, locals: Map<string, RecordOf<T>>, policy: ConflictPolicy, delta: TermDelta): ChunkWrite {
  const toWrite: RecordOf<T>[] = [];
  let kept = 0;
  for (const incoming of chunk) {
    const local = locals.get(incoming.id);
    const merged = mergeRecord(name, local, incoming);
    const kind = classify(name, local, merged);
    // Versions from formats without facts (ClaimReview, Web Annotation, CSV) get them from their quote.
    const written = name === 'versions' ? (withFacts(merged as Version) as RecordOf<T>) : merged;
    if (kind === 'new' || kind === 'updated' || (kind === 'conflict' && policy === 'take-incoming')) {
      toWrite.push(written);
      if (local) countRecord(delta, name, local, -1);
      // The same id later in the file meets this record, as it would once written.
      locals.set(incoming.id, written);
    } else if (kind === 'conflict') kept++;
  }
  const stored = toWrite.length ? table.bulkPut(toWrite) : undefined;
  for (const record of toWrite) countRecord(delta, name, record, 1);
  return { table: name, stored, written: toWrite.length, kept, seen: chunk.length };
}

/**
 * Writes a plan in ONE read-write transaction over every table: all of it or, if anything fails,
 * none of it. Records the user edited are only replaced with `conflictPolicy: 'take-incoming'`.
 */
export async function applyImport(db: RecoupeDb, plan: ImportPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  const policy = options.conflictPolicy ?? 'keep-local';
  const written: Record<TableName, number> = { outlets: 0, claims: 0, versions: 0, annotations: 0 };
  let keptLocal = 0;
  const total = TABLES.reduce((n, t) => n + plan.records[t].length, 0);
  let done = 0;
  const started = performance.now();
  try {
    // Every table, so that whatever else keeps step with a write (the search index) joins the same transaction.
    await db.transaction('rw', db.tables, async (tx) => {
      await options.before?.();
      // The search index is updated once, for every record, after the writes.
      await bulkIndexed(tx, async (delta) => {
        let phase = performance.now();
        // Every table's stored records before the first write: a read after the writes would wait for them all.
        const locals = await Dexie.Promise.all(TABLES.map((name) => readLocals(tx.table(name), plan.records[name])));
        endPhase('import:read-stored', phase);
        phase = performance.now();
        // Chunks are written without waiting for each: in Chromium the IndexedDB backend (another
        // process) stores one while this page prepares the next. At most IN_FLIGHT are queued, enough
        // to keep the backend busy (a queue of 100,000 requests slows fake-indexeddb down). Only
        // Dexie's own promises are awaited here: another native await can lose the transaction's zone.
        const writes: ChunkWrite[] = [];
        let reported = 0;
        // Chunks are stored in the order they were issued: the ones before `upTo` are all stored.
        const reportStored = (upTo: number) => {
          for (; reported < upTo; reported++) {
            const chunk = writes[reported];
            written[chunk.table] += chunk.written;
            keptLocal += chunk.kept;
            done += chunk.seen;
            options.onProgress?.(done, total);
          }
        };
        for (const [i, name] of TABLES.entries()) {
          const records = plan.records[name] as Records<typeof name>;
          for (let start = 0; start < records.length; start += CHUNK) {
            const queued = writes[writes.length - IN_FLIGHT]?.stored;
            if (queued) {
              await queued;
              reportStored(writes.length - IN_FLIGHT + 1);
            }
            writes.push(writeChunk(tx.table(name), name, records.slice(start, start + CHUNK), locals[i] as Map<string, RecordOf<typeof name>>, policy, delta));
          }
        }
        endPhase('import:prepare', phase);
        phase = performance.now();
        // One await per write still queued (Dexie keeps the transaction's zone across awaits it can
        // count, which the `after` hook and the journal need).
        for (const [n, chunk] of writes.entries()) {
          if (n < reported) continue;
          if (chunk.stored) await chunk.stored;
          reportStored(n + 1);
        }
        endPhase('import:store-wait', phase);
      });
      await options.after?.();
      await db.meta.put({ key: 'lastImport', value: { date: new Date().toISOString(), format: plan.format, written, keptLocal } });
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The import was cancelled and nothing was changed: ${reason}` };
  } finally {
    endPhase('import:transaction', started);
  }
  return { ok: true, written, keptLocal };
}
