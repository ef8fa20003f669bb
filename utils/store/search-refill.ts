import type { Annotation, Claim, Version } from '@/utils/core/model';
import type { RecoupeDb } from '@/utils/store/db';
import { countRecord, tableBuckets } from '@/utils/store/search-words';
import { applyTermDelta, TERMS_TABLE, TermDelta } from '@/utils/store/search-terms';
import { PACKS } from '@/utils/store/version-packs/pack-store';

/** How the search index cuts texts into terms: 2 since Chinese, Japanese and Korean are pairs of characters. */
const TOKENS = 2;
const MARK = 'searchTokens';

/**
 * Builds the library search's index again from every record as stored (versions in their packs),
 * once, where it was built by an earlier cut of the texts: a Chinese or Japanese clause had been one
 * term, so that a word inside it was never found. Run by the library page when it opens (the only
 * page that searches), not at the worker's start. True when it rebuilt.
 */
export async function ensureSearchTokens(db: RecoupeDb): Promise<boolean> {
  if ((await db.meta.get(MARK))?.value === TOKENS) return false;
  await db.transaction('rw', ['claims', 'annotations', PACKS, TERMS_TABLE, 'meta'], async (tx) => {
    const idb = tx.idbtrans;
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const req = idb.objectStore(store).getAll() as IDBRequest<T[]>;
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const delta = new TermDelta();
    for (const claim of await all<Claim>('claims')) countRecord(delta, 'claims', claim, 1);
    for (const pack of await all<{ versions: Version[] }>(PACKS)) for (const v of pack.versions) countRecord(delta, 'versions', v, 1);
    for (const annotation of await all<Annotation>('annotations')) countRecord(delta, 'annotations', annotation, 1);
    await tx.table(TERMS_TABLE).clear();
    await applyTermDelta(tableBuckets(tx.table(TERMS_TABLE)), delta);
    await tx.table('meta').put({ key: MARK, value: TOKENS });
  });
  return true;
}
