import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';
import type { Version } from '@/utils/core/model';

/*
 * The journal of writes the matching index has to follow: one `matchChanges` row per write to
 * claims or versions, in the write's own transaction, whichever context made it (the background,
 * the library and import pages) and whether or not the background was running. The matcher
 * service applies the rows after the sequence number its index reflects (matcher-service.ts), so
 * the index follows every write without a rebuild, and a stored index that missed writes catches
 * up at load. Declared in version 6 of utils/store/db.ts.
 */

export const CHANGES_TABLE = 'matchChanges';
export const INDEX_TABLE = 'matchIndex';
const FOLLOWED = new Set(['claims', 'versions']);

export interface MatchChangeRow {
  seq?: number;
  /** Claims written or deleted, and claims that versions were written to. */
  claims: string[];
  /** Versions written or deleted (a deleted version's claim is found in the index). */
  versions: string[];
  /** A range was deleted (a table cleared): only a rebuild is sure to follow it. */
  all?: true;
  /**
   * Written with a stored index that reflects every row up to this one (an import writes the index
   * of the whole library in its own transaction): an index behind it loads that one instead of
   * following, and is not stored over it (match-index-store.ts).
   */
  indexStored?: true;
}

function changeOf(table: string, req: DBCoreMutateRequest, keys: unknown[]): MatchChangeRow {
  if (req.type === 'deleteRange') return { claims: [], versions: [], all: true };
  const ids = keys.map(String);
  if (table === 'claims') return { claims: ids, versions: [] };
  const claims = req.type === 'delete' ? [] : [...new Set(req.values.map((v) => String((v as Version).claimId)))];
  return { claims, versions: ids };
}

export const matchChangesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'recoupeMatchChanges',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        // A transaction's scope is fixed when it opens: widen it so the journal row can be written too.
        const widen = mode === 'readwrite' && stores.some((s) => FOLLOWED.has(s)) && !stores.includes(CHANGES_TABLE);
        return down.transaction(widen ? [...stores, CHANGES_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!FOLLOWED.has(name)) return table;
        return {
          ...table,
          async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            // Both requests are issued before any await: after one, Dexie's transaction zone may be gone
            // (the search-word middleware below awaits its own reads), and its hooks layer needs it.
            const keys = req.type === 'delete' ? req.keys : req.type === 'deleteRange' ? [] : (req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v)));
            const row = changeOf(name, req, keys);
            const write = table.mutate(req);
            const journal = row.all || row.claims.length || row.versions.length ? down.table(CHANGES_TABLE).mutate({ type: 'add', trans: req.trans, values: [row] }) : undefined;
            const [res] = await Promise.all([write, journal]);
            return res;
          },
        };
      },
    };
  },
};

/** Whether a Dexie `storagemutated` event saw data written with the library's index (an import): loading it can start. */
export function indexStoredWithData(parts: Record<string, unknown>): boolean {
  const keys = Object.keys(parts);
  return keys.some((k) => /^idb:\/\/[^/]*\/matchIndex(?:\/|$)/.test(k)) && !onlyIndexStored(parts);
}

/** Whether a Dexie `storagemutated` event only saw the index being stored: no data changed. */
export function onlyIndexStored(parts: Record<string, unknown>): boolean {
  const keys = Object.keys(parts);
  return keys.length > 0 && keys.every((k) => /^idb:\/\/[^/]*\/(?:matchIndex|matchChanges)(?:\/|$)/.test(k));
}
