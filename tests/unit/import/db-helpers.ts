import { openDb, type RecoupeDb } from '@/utils/store/db';
import type { ExportSelection } from '@/utils/core/formats/export-selection';

let counter = 0;

/** A fresh, empty database (fake-indexeddb) with a unique name. */
export function freshDb(): RecoupeDb {
  counter++;
  return openDb(`test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`);
}

export async function loadDb(db: RecoupeDb, selection: ExportSelection): Promise<void> {
  await db.transaction('rw', [db.outlets, db.claims, db.versions, db.annotations], async () => {
    await db.outlets.bulkPut(selection.outlets);
    await db.claims.bulkPut(selection.claims);
    await db.versions.bulkPut(selection.versions);
    await db.annotations.bulkPut(selection.annotations);
  });
}

/** Every record of the four tables, sorted by id (what "the same database" compares). */
export async function dumpDb(db: RecoupeDb): Promise<ExportSelection> {
  const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    outlets: byId(await db.outlets.toArray()),
    claims: byId(await db.claims.toArray()),
    versions: byId(await db.versions.toArray()),
    annotations: byId(await db.annotations.toArray()),
  };
}

export async function dropDb(db: RecoupeDb): Promise<void> {
  db.close();
  await db.delete();
}
