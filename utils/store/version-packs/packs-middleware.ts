import type { DBCore, Middleware, Transaction } from 'dexie';
import type { Version } from '@/utils/core/model';
import { fileVersion, HOMES, PACKS, type HomeRecord, type PackRecord } from '@/utils/store/version-packs/pack-store';
import { packedVersionsTable } from '@/utils/store/version-packs/pack-table';

/**
 * Versions are stored one pack per claim (the claim's versions in one record) with 2 × 256 home
 * buckets saying which claim holds each version id and which claims have a version at each URL. In
 * Chromium every IndexedDB record written costs about the same whatever its size: an import of
 * 100,000 versions as one record each took 22.7 s of writes alone, as 20,000 packs a few seconds
 * (scripts/bench-idb-puts.ts). Dexie and every layer above this one (the search index, the match
 * journal, liveQuery) still see a `versions` table with its id, url and [claimId+outletId] indexes:
 * this layer, the lowest, answers its requests from the packs. The `versions` object store itself
 * stays, empty, for its schema.
 */
export const versionPacksMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'recoupeVersionPacks',
  level: -10,
  create(down) {
    // Before the schema that made the packs (an upgrade from an older database), versions are rows.
    if (!down.schema.tables.some((t) => t.name === PACKS)) return down;
    const table = packedVersionsTable(down.table('versions'), down.table(PACKS), down.table(HOMES));
    return {
      ...down,
      transaction(stores, mode, options) {
        return down.transaction(stores.includes('versions') ? [...new Set([...stores, PACKS, HOMES])] : stores, mode, options);
      },
      table(name) {
        return name === 'versions' ? table : down.table(name);
      },
    };
  },
};

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** The packs and home buckets that hold `versions` (schema 10's upgrade; benchmarks that write a library directly). */
export function packsOf(versions: Version[]): { packs: PackRecord[]; homes: HomeRecord[] } {
  const packs = new Map<string, Version[]>();
  const homes = new Map<string, HomeRecord>();
  const home = (key: string) => homes.get(key) ?? homes.set(key, { key }).get(key)!;
  for (const v of versions) {
    const claim = String(v.claimId);
    packs.get(claim)?.push(v) ?? packs.set(claim, [v]);
    fileVersion(home, v, claim);
  }
  return { packs: [...packs].map(([claimId, list]) => ({ claimId, versions: list })), homes: [...homes.values()] };
}

/** Schema 10's upgrade: the version rows of an older database into packs and home buckets. */
export async function packStoredVersions(tx: Transaction): Promise<void> {
  const idb = tx.idbtrans;
  const rows = await request(idb.objectStore('versions').getAll() as IDBRequest<Version[]>);
  if (rows.length === 0) return;
  const { packs, homes } = packsOf(rows);
  for (const pack of packs) idb.objectStore(PACKS).put(pack);
  for (const record of homes) idb.objectStore(HOMES).put(record);
  await request(idb.objectStore('versions').clear());
}
