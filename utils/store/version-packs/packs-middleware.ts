import type { DBCore, Middleware, Transaction } from 'dexie';
import type { Version } from '@/utils/core/model';
import { byClaim, fileVersion, groupOf, HOMES, PACKS, type HomeRecord, type PackRecord } from '@/utils/store/version-packs/pack-store';
import { packedVersionsTable } from '@/utils/store/version-packs/pack-table';

/**
 * Versions are stored in packs, a group of claims' versions to a record (schema 11; one claim's in
 * schema 10), with 2 × 256 home buckets saying which claim holds each version id and which claims have
 * a version at each URL. In Chromium every IndexedDB record written costs about the same whatever its
 * size: an import of 100,000 versions as one record each took 22.7 s of writes alone, as 20,000 packs
 * of a claim each about 7 s, as 4,096 groups about 2.5 s (scripts/bench-idb-puts.ts). Dexie and every layer above this one (the search index, the match
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

/** The pack records (groups) and home buckets that hold `versions` (the upgrades; benchmarks and tests that write a library directly). */
export function packsOf(versions: Version[]): { packs: PackRecord[]; homes: HomeRecord[] } {
  const groups = new Map<string, Version[]>();
  const homes = new Map<string, HomeRecord>();
  const home = (key: string) => homes.get(key) ?? homes.set(key, { key }).get(key)!;
  for (const v of versions) {
    const claim = String(v.claimId);
    const key = groupOf(claim);
    groups.get(key)?.push(v) ?? groups.set(key, [v]);
    fileVersion(home, v, claim);
  }
  // A group's versions claim by claim, each claim's in their order.
  const packs = [...groups].map(([key, list]) => ({ claimId: key, versions: [...byClaim(list).values()].flat() }));
  return { packs, homes: [...homes.values()] };
}

/** Schema 11's upgrade: the packs of one claim each (schema 10) into groups; the home buckets stay as they are. */
export async function groupStoredPacks(tx: Transaction): Promise<void> {
  const store = tx.idbtrans.objectStore(PACKS);
  const packs = await request(store.getAll() as IDBRequest<PackRecord[]>);
  if (packs.length === 0) return;
  await request(store.clear());
  for (const pack of packsOf(packs.flatMap((p) => p.versions)).packs) store.put(pack);
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
