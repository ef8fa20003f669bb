import type { RecoupeDb } from '@/utils/store/db';
import type { ImportFormat, InvalidEntry, ParsedImport } from '@/utils/core/import/import-types';
import { changedFields, classify, mergeRecord, type Classification, type RecordOf, type TableName } from '@/utils/core/import/merge-records';
import { remapHostOutlets, dropOrphans } from '@/utils/store/import/plan-references';
import { storedIds } from '@/utils/store/import/stored-ids';

export const TABLES: TableName[] = ['outlets', 'claims', 'versions', 'annotations'];

export type TableCounts = Record<Classification, number>;

export interface ImportConflict {
  table: TableName;
  id: string;
  /** Fields whose local value (edited by the user) differs from the incoming one. */
  fields: string[];
}

/** What an import would do: shown to the user before applyImport. */
export interface ImportPlan {
  format: ImportFormat;
  counts: Record<TableName, TableCounts>;
  conflicts: ImportConflict[];
  invalid: InvalidEntry[];
  /** ClaimReview verdicts that could not be read as a status. */
  unmappedVerdicts: number;
  /** The records to import, references already resolved against the database. */
  records: { [T in TableName]: RecordOf<T>[] };
}

export interface PlanOptions {
  /** Called as tables are compared (large files). */
  onProgress?: (done: number, total: number) => void;
}

const CHUNK = 5_000;

/** Compares incoming records with stored ones in chunks: `visit` gets each record with its local copy (only stored ids are read). */
async function eachWithLocal<T extends TableName>(db: RecoupeDb, table: T, records: RecordOf<T>[], visit: (incoming: RecordOf<T>, local: RecordOf<T> | undefined) => void, afterChunk?: (count: number) => void): Promise<void> {
  const store = db.table(table);
  const stored = records.length ? await storedIds(store) : new Set<string>();
  for (let start = 0; start < records.length; start += CHUNK) {
    const chunk = records.slice(start, start + CHUNK);
    const toRead = chunk.filter((r) => stored.has(r.id)).map((r) => r.id);
    const read = (await store.bulkGet(toRead)) as (RecordOf<T> | undefined)[];
    const locals = new Map(toRead.map((id, i) => [id, read[i]]));
    chunk.forEach((record) => visit(record, locals.get(record.id)));
    afterChunk?.(chunk.length);
  }
}

function emptyCounts(): TableCounts {
  return { new: 0, updated: 0, duplicate: 0, conflict: 0 };
}

/**
 * Preview of an import: for each table, how many records are new, would update a stored record,
 * are already there (duplicate), or differ from a record the user edited (conflict). Writes nothing.
 */
export async function planImport(db: RecoupeDb, parsed: ParsedImport, options: PlanOptions = {}): Promise<ImportPlan> {
  const invalid = [...parsed.invalid];
  const remapped = await remapHostOutlets(db, parsed);
  const records = await dropOrphans(db, remapped, invalid);
  const counts = { outlets: emptyCounts(), claims: emptyCounts(), versions: emptyCounts(), annotations: emptyCounts() };
  counts.outlets.duplicate += remapped.outletsMatchedLocally;
  const conflicts: ImportConflict[] = [];
  const total = TABLES.reduce((n, t) => n + records[t].length, 0);
  let done = 0;
  for (const table of TABLES) {
    await eachWithLocal(db, table, records[table] as RecordOf<typeof table>[], (incoming, local) => {
      const merged = mergeRecord(table, local, incoming);
      const kind = classify(table, local, merged);
      counts[table][kind]++;
      if (kind === 'conflict' && local) conflicts.push({ table, id: incoming.id, fields: changedFields(local, merged) });
    }, (n) => {
      done += n;
      options.onProgress?.(done, total);
    });
  }
  return { format: parsed.format, counts, conflicts, invalid, unmappedVerdicts: parsed.unmappedVerdicts ?? 0, records };
}
