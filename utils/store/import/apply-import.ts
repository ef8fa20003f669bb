import type { RecoupeDb } from '@/utils/store/db';
import { classify, mergeRecord, type RecordOf, type TableName } from '@/utils/core/import/merge-records';
import type { Version } from '@/utils/core/model';
import { withFacts } from '@/utils/store/fill-facts';
import { loadFactsReader } from '@/utils/core/facts/facts-reader';
import { TABLES, type ImportPlan } from '@/utils/store/import/plan-import';
import { storedIds } from '@/utils/store/import/stored-ids';
import { bulkIndexed, countRecord } from '@/utils/store/search-words';
import { endPhase } from '@/utils/core/phase-timing';
import type { TermDelta } from '@/utils/store/search-terms';
import type { ImportIndexer } from '@/utils/store/import/import-index';
import { deferHomes } from '@/utils/store/version-packs/pack-store';
import { flushVersionHomes } from '@/utils/store/version-packs/pack-table';

export type ConflictPolicy = 'keep-local' | 'take-incoming';

export interface ApplyOptions {
  /** What to do with records the user edited that the file changes. Default keep-local. */
  conflictPolicy?: ConflictPolicy;
  /** Called after each chunk is written. Must not await: the transaction would close. */
  onProgress?: (done: number, total: number) => void;
  /** Run inside the same transaction, before and after the writes (feed bookkeeping): all or nothing. */
  before?: () => Promise<void>;
  after?: () => Promise<void>;
  /** Stores the matching index of the whole library with the writes (import-index.ts; the library page). */
  indexer?: ImportIndexer;
}

export type ApplyResult =
  | { ok: true; written: Record<TableName, number>; keptLocal: number }
  | { ok: false; message: string };

const CHUNK = 5_000;

/**
 * Classifies again inside the transaction (the database may have changed since planImport), then
 * writes. Only records whose id is already stored are read; the search index's changes go to `delta`,
 * counted while the backend stores the chunk. Each chunk's write is awaited before the next: with
 * writes left pending across chunks, Firefox placed a later chunk's request on an inactive transaction.
 */
async function writeTable<T extends TableName>(db: RecoupeDb, table: T, records: RecordOf<T>[], policy: ConflictPolicy, delta: TermDelta, report: (written: number, kept: number, seen: number) => void, indexer?: ImportIndexer): Promise<void> {
  if (records.length === 0) return;
  const indexed = indexer && (table === 'claims' || table === 'versions') ? indexer : undefined;
  const store = db.table(table);
  const stored = await storedIds(store);
  for (let start = 0; start < records.length; start += CHUNK) {
    const chunk = records.slice(start, start + CHUNK);
    const toRead = chunk.filter((r) => stored.has(r.id)).map((r) => r.id);
    const read = (await store.bulkGet(toRead)) as (RecordOf<T> | undefined)[];
    const locals = new Map(toRead.map((id, i) => [id, read[i]]));
    const toWrite: RecordOf<T>[] = [];
    let kept = 0;
    for (const incoming of chunk) {
      const local = locals.get(incoming.id);
      const merged = mergeRecord(table, local, incoming);
      const kind = classify(table, local, merged);
      // Versions from formats without facts (ClaimReview, Web Annotation, CSV) get them from their quote.
      const written = table === 'versions' ? (withFacts(merged as Version) as RecordOf<T>) : merged;
      if (kind === 'new' || kind === 'updated' || (kind === 'conflict' && policy === 'take-incoming')) {
        toWrite.push(written);
        if (local) countRecord(delta, table, local, -1);
        indexed?.written(table as 'claims' | 'versions', written as RecordOf<'claims' | 'versions'>, local as RecordOf<'claims' | 'versions'> | undefined);
        // The same id later in the file meets this record, as it would once written.
        locals.set(incoming.id, written);
        stored.add(incoming.id);
      } else if (kind === 'conflict') kept++;
    }
    if (toWrite.length > 0) {
      const write = store.bulkPut(toWrite);
      indexed?.wrote();
      for (const record of toWrite) countRecord(delta, table, record, 1);
      await write;
    }
    report(toWrite.length, kept, chunk.length);
  }
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
    // Versions get their facts in the transaction (writeTable), which must not wait for the reader's script.
    if (plan.records.versions.length > 0) await loadFactsReader();
    // Every table, so that whatever else keeps step with a write (the search index) joins the same transaction.
    await db.transaction('rw', db.tables, async (tx) => {
      await options.before?.();
      // The search index is updated once, for every record, after the writes.
      await bulkIndexed(tx, async (delta) => {
        const writing = performance.now();
        deferHomes(tx.idbtrans);
        for (const table of TABLES) {
          await writeTable(db, table, plan.records[table] as RecordOf<typeof table>[], policy, delta, (w, kept, seen) => {
            written[table] += w;
            keptLocal += kept;
            done += seen;
            options.onProgress?.(done, total);
          }, options.indexer);
        }
        await flushVersionHomes(tx.idbtrans);
        endPhase('import:write', writing);
      });
      await options.after?.();
      await db.meta.put({ key: 'lastImport', value: { date: new Date().toISOString(), format: plan.format, written, keptLocal } });
      if (options.indexer) {
        const indexing = performance.now();
        await options.indexer.finish(db);
        endPhase('import:index', indexing);
      }
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The import was cancelled and nothing was changed: ${reason}` };
  } finally {
    endPhase('import:transaction', started);
  }
  return { ok: true, written, keptLocal };
}
