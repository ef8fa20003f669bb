import type { Harness } from './support';

/**
 * Writes rows straight into the extension's IndexedDB (database `recoupe`), store by store, in one
 * transaction, bypassing every check of the import: as a compromised import or a bug could leave them.
 */
export async function putRecords(h: Harness, records: Record<string, object[]>): Promise<void> {
  const sw = await h.sw();
  await sw.evaluate(async (rows: Record<string, object[]>) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('recoupe');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(Object.keys(rows), 'readwrite');
    for (const [store, list] of Object.entries(rows)) for (const row of list) tx.objectStore(store).put(row);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}
