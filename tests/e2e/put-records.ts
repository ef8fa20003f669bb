import type { Harness } from './support';
import type { Version } from '@/utils/core/model';
import { packsOf } from '@/utils/store/version-packs/packs-middleware';

/**
 * Writes rows straight into the extension's IndexedDB (database `recoupe`), store by store, in one
 * transaction, bypassing every check of the import: as a compromised import or a bug could leave them.
 * Versions are stored in packs of a group of claims (utils/store/version-packs/): given as rows, they are
 * written into their claims' groups and filed in the home buckets, beside what is already there.
 */
export async function putRecords(h: Harness, records: Record<string, object[]>): Promise<void> {
  const { versions, ...rest } = records;
  const rows: Record<string, object[]> = { ...rest };
  if (versions) {
    const { packs, homes } = packsOf(versions as Version[]);
    rows.versionPacks = packs;
    rows.versionHomes = homes.map((home) => ({ key: home.key, ids: home.ids && [...home.ids], urls: home.urls && [...home.urls] }));
  }
  const sw = await h.sw();
  await sw.evaluate(async (rows: Record<string, object[]>) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('recoupe');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(Object.keys(rows), 'readwrite');
    for (const [name, list] of Object.entries(rows)) {
      const store = tx.objectStore(name);
      for (const row of list as Record<string, unknown>[]) {
        if (name !== 'versionPacks' && name !== 'versionHomes') {
          store.put(row);
          continue;
        }
        const get = store.get((row.claimId ?? row.key) as string);
        get.onsuccess = () => {
          const old = get.result as Record<string, unknown> | undefined;
          if (name === 'versionPacks') {
            const mine = row.versions as { id: string }[];
            const kept = ((old?.versions ?? []) as { id: string }[]).filter((v) => !mine.some((m) => m.id === v.id));
            store.put({ claimId: row.claimId, versions: [...kept, ...mine] });
            return;
          }
          const merged = (field: string) => new Map([...((old?.[field] as Map<string, unknown>) ?? []), ...((row[field] as [string, unknown][]) ?? [])]);
          store.put({ key: row.key, ids: merged('ids'), urls: merged('urls') });
        };
      }
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}
