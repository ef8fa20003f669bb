import type { RecoupeDb } from '@/utils/store/db';
import type { RecoupeDocument } from '@/utils/core/model';
import { getTombstones } from '@/utils/store/tombstones';

export interface StarterLoadResult {
  added: number;
  updated: number;
  /** Records left as they are because the user changed them. */
  kept: number;
}

type Table = 'outlets' | 'claims' | 'versions';

/**
 * Loads the shipped dataset. Records the user has edited (userModified) are kept as they are;
 * others are added or refreshed, so reloading never loses a user's change.
 */
export async function loadStarterData(db: RecoupeDb, doc: RecoupeDocument): Promise<StarterLoadResult> {
  if (doc.format !== 'recoupe/1') throw new Error(`Starter data has format “${String(doc.format)}”, expected recoupe/1.`);
  const result: StarterLoadResult = { added: 0, updated: 0, kept: 0 };
  await db.transaction('rw', [db.outlets, db.claims, db.versions, db.meta], async () => {
    const deleted = await getTombstones(db);
    for (const table of ['outlets', 'claims', 'versions'] as Table[]) {
      const incoming = doc[table] as { id: string }[];
      const existing = await (db[table] as RecoupeDb['claims']).bulkGet(incoming.map((r) => r.id));
      const toPut: { id: string }[] = [];
      incoming.forEach((record, i) => {
        const local = existing[i] as ({ userModified?: boolean } & { id: string }) | undefined;
        if (!local && deleted.has(record.id)) {
          result.kept++;
        } else if (!local) {
          result.added++;
          toPut.push(record);
        } else if (local.userModified) {
          result.kept++;
        } else if (JSON.stringify(local) !== JSON.stringify(record)) {
          result.updated++;
          toPut.push(record);
        }
      });
      await (db[table] as unknown as { bulkPut(r: unknown[]): Promise<unknown> }).bulkPut(toPut);
    }
    await db.meta.put({ key: 'starterLoadedAt', value: new Date().toISOString() });
  });
  return result;
}

export async function starterDataLoaded(db: RecoupeDb): Promise<boolean> {
  return (await db.meta.get('starterLoadedAt')) !== undefined;
}
