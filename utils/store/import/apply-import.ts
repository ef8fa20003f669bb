import type { RecoupeDb } from '@/utils/store/db';
import { classify, mergeRecord, type RecordOf, type TableName } from '@/utils/core/import/merge-records';
import type { Version } from '@/utils/core/model';
import { withFacts } from '@/utils/store/fill-facts';
import { TABLES, type ImportPlan } from '@/utils/store/import/plan-import';

export type ConflictPolicy = 'keep-local' | 'take-incoming';

export interface ApplyOptions {
  /** What to do with records the user edited that the file changes. Default keep-local. */
  conflictPolicy?: ConflictPolicy;
  /** Called after each chunk is written. Must not await: the transaction would close. */
  onProgress?: (done: number, total: number) => void;
  /** Run inside the same transaction, before and after the writes (feed bookkeeping): all or nothing. */
  before?: () => Promise<void>;
  after?: () => Promise<void>;
}

export type ApplyResult =
  | { ok: true; written: Record<TableName, number>; keptLocal: number }
  | { ok: false; message: string };

const CHUNK = 5_000;

/** Classifies again inside the transaction (the database may have changed since planImport), then writes. */
async function writeTable<T extends TableName>(db: RecoupeDb, table: T, records: RecordOf<T>[], policy: ConflictPolicy, report: (written: number, kept: number, seen: number) => void): Promise<void> {
  const store = db.table(table);
  for (let start = 0; start < records.length; start += CHUNK) {
    const chunk = records.slice(start, start + CHUNK);
    const locals = (await store.bulkGet(chunk.map((r) => r.id))) as (RecordOf<T> | undefined)[];
    const toWrite: RecordOf<T>[] = [];
    let kept = 0;
    chunk.forEach((incoming, i) => {
      const merged = mergeRecord(table, locals[i], incoming);
      const kind = classify(table, locals[i], merged);
      // Versions from formats without facts (ClaimReview, Web Annotation, CSV) get them from their quote.
      const written = table === 'versions' ? (withFacts(merged as Version) as RecordOf<T>) : merged;
      if (kind === 'new' || kind === 'updated' || (kind === 'conflict' && policy === 'take-incoming')) toWrite.push(written);
      else if (kind === 'conflict') kept++;
    });
    if (toWrite.length > 0) await store.bulkPut(toWrite);
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
  try {
    // Every table, so that whatever else keeps step with a write (the search index) joins the same transaction.
    await db.transaction('rw', db.tables, async () => {
      await options.before?.();
      for (const table of TABLES) {
        await writeTable(db, table, plan.records[table] as RecordOf<typeof table>[], policy, (w, kept, seen) => {
          written[table] += w;
          keptLocal += kept;
          done += seen;
          options.onProgress?.(done, total);
        });
      }
      await options.after?.();
      await db.meta.put({ key: 'lastImport', value: { date: new Date().toISOString(), format: plan.format, written, keptLocal } });
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The import was cancelled and nothing was changed: ${reason}` };
  }
  return { ok: true, written, keptLocal };
}
