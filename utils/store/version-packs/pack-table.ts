import type { DBCoreIndex, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction } from 'dexie';
import type { Version } from '@/utils/core/model';
import { compareKeys, inRange, isAnyRange, isValidKey, onlyKey } from '@/utils/store/version-packs/pack-keys';
import { PackStore } from '@/utils/store/version-packs/pack-store';
import { entriesCursor, type CursorEntry } from '@/utils/store/version-packs/pack-cursor';

const flushers = new WeakMap<object, () => Promise<void>>();

/**
 * Writes what a bulk write's versions left pending in `trans` (deferHomes in pack-store.ts); call it
 * before the transaction ends. Nothing to do when the transaction wrote no version.
 */
export async function flushVersionHomes(trans: object): Promise<void> {
  await flushers.get(trans)?.();
}

/** Above this many claims, reading every pack at once beats reading them one by one. */
const READ_ALL_ABOVE = 500;

/**
 * The `versions` table as Dexie and every layer above see it, stored in packs of a group of claims (see
 * packs-middleware.ts). Each transaction's requests run one after another, in the order made, as
 * IndexedDB runs them.
 */
export function packedVersionsTable(versions: DBCoreTable, packs: DBCoreTable, homes: DBCoreTable): DBCoreTable {
  const queues = new WeakMap<object, Promise<unknown>>();
  function serial<T>(trans: DBCoreTransaction, fn: (store: PackStore) => Promise<T>): Promise<T> {
    const run = (queues.get(trans) ?? Promise.resolve()).then(() => fn(new PackStore(packs, homes, trans)));
    queues.set(trans, run.catch(() => undefined));
    if (!flushers.has(trans)) flushers.set(trans, () => serial(trans, (store) => store.flush()));
    return run;
  }

  async function versionsOf(store: PackStore, claimIds: string[]): Promise<Version[]> {
    if (claimIds.length > READ_ALL_ABOVE) {
      const wanted = new Set(claimIds);
      return (await store.allPacks()).filter((p) => wanted.has(p.claimId)).flatMap((p) => p.versions);
    }
    return [...(await store.readPacks(claimIds)).values()].flat();
  }

  /** The versions that may hold a key of `index` in `range` (a superset; entries() filters). */
  async function candidates(store: PackStore, index: DBCoreIndex, range: DBCoreKeyRange): Promise<Version[]> {
    if (isAnyRange(range)) return (await store.allPacks()).flatMap((p) => p.versions);
    const only = onlyKey(range);
    if (index.isPrimaryKey) {
      if (only !== undefined) return versionsOf(store, (await store.homesOf([String(only)])).filter((c): c is string => c !== undefined));
      const homes = await store.allHomes();
      return versionsOf(store, [...new Set([...homes].filter(([id]) => inRange(id, range)).map(([, claim]) => claim))]);
    }
    if (index.name === 'url') {
      const urls = only !== undefined ? await store.claimsAtUrls([String(only)]) : await store.claimsAtUrls();
      return versionsOf(store, [...new Set([...urls].filter(([url]) => inRange(url, range)).flatMap(([, claims]) => claims))]);
    }
    // [claimId+outletId]: the claims whose keys the range can hold.
    const lower = Array.isArray(range.lower) ? range.lower[0] : undefined;
    const upper = Array.isArray(range.upper) ? range.upper[0] : undefined;
    if (typeof lower === 'string' && lower === upper) return versionsOf(store, [lower]);
    const claims = new Set((await store.allHomes()).values());
    return versionsOf(store, [...claims].filter((c) => (lower === undefined || compareKeys(c, lower) >= 0) && (upper === undefined || compareKeys(c, upper) <= 0)));
  }

  async function entries(store: PackStore, index: DBCoreIndex, range: DBCoreKeyRange, reverse: boolean, unique: boolean): Promise<CursorEntry[]> {
    const extract = index.extractKey!;
    const found: CursorEntry[] = [];
    for (const value of await candidates(store, index, range)) {
      const key = index.isPrimaryKey ? value.id : extract(value);
      if (isValidKey(key) && inRange(key, range)) found.push({ key, primaryKey: value.id, value });
    }
    found.sort((a, b) => compareKeys(a.key, b.key) || compareKeys(a.primaryKey, b.primaryKey));
    const kept = unique ? found.filter((e, i) => i === 0 || compareKeys(found[i - 1].key, e.key) !== 0) : found;
    return reverse ? kept.reverse() : kept;
  }

  async function mutate(store: PackStore, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
    if (req.type === 'deleteRange') {
      if (isAnyRange(req.range)) await store.clear();
      else await remove(store, (await entries(store, versions.schema.primaryKey, req.range, false, false)).map((e) => String(e.primaryKey)));
      return { numFailures: 0, failures: {}, results: [], lastResult: undefined };
    }
    if (req.type === 'delete') {
      await remove(store, req.keys.map(String));
      return { numFailures: 0, failures: {}, results: req.keys, lastResult: undefined };
    }
    const values = req.values as Version[];
    for (const v of values) if (!isValidKey(v?.id)) throw new DOMException('The version has no valid id (its key path "id").', 'DataError');
    const ids = values.map((v) => v.id);
    const homes = await store.homesOf(ids);
    const before = await store.readPacks([...homes.filter((c): c is string => c !== undefined), ...values.map((v) => String(v.claimId))]);
    const after = new Map([...before].map(([claim, list]) => [claim, [...list]]));
    const failures: Record<number, Error> = {};
    let numFailures = 0;
    const where = new Map(ids.map((id, i) => [id, homes[i]]));
    values.forEach((v, i) => {
      const home = where.get(v.id);
      if (req.type === 'add' && home !== undefined) {
        failures[i] = new DOMException(`A version with id ${v.id} is already stored.`, 'ConstraintError');
        numFailures++;
        return;
      }
      if (home !== undefined) after.set(home, after.get(home)!.filter((o) => o.id !== v.id));
      const claim = String(v.claimId);
      after.get(claim)!.push(v);
      where.set(v.id, claim);
    });
    await store.write(before, after);
    const results = ids.map((id, i) => (failures[i] ? undefined : id));
    return { numFailures, failures, results, lastResult: results[results.length - 1] };
  }

  async function remove(store: PackStore, ids: string[]): Promise<void> {
    const homes = await store.homesOf(ids);
    const before = await store.readPacks(homes.filter((c): c is string => c !== undefined));
    const gone = new Set(ids);
    const after = new Map([...before].map(([claim, list]) => [claim, list.filter((v) => !gone.has(v.id))]));
    await store.write(before, after);
  }

  async function getMany(store: PackStore, keys: unknown[]): Promise<(Version | undefined)[]> {
    const ids = keys.map(String);
    const homes = await store.homesOf(ids);
    const packsRead = await store.readPacks(homes.filter((c): c is string => c !== undefined));
    return ids.map((id, i) => (homes[i] === undefined || keys[i] == null ? undefined : packsRead.get(homes[i]!)!.find((v) => v.id === id)));
  }

  return {
    ...versions,
    mutate: (req) => serial(req.trans, (store) => mutate(store, req)),
    get: (req) => serial(req.trans, async (store) => (await getMany(store, [req.key]))[0]),
    getMany: (req) => serial(req.trans, (store) => getMany(store, req.keys)),
    count: (req) => serial(req.trans, async (store) => (await entries(store, req.query.index, req.query.range, false, false)).length),
    query: (req) => serial(req.trans, async (store) => {
      const direction = req.direction ?? 'next';
      const found = await entries(store, req.query.index, req.query.range, direction.startsWith('prev'), direction.endsWith('unique'));
      const limited = req.limit !== undefined && req.limit !== Infinity ? found.slice(0, req.limit) : found;
      return { result: limited.map((e) => (req.values ? e.value : e.primaryKey)) };
    }),
    openCursor: (req) => serial(req.trans, async (store) => entriesCursor(req.trans, await entries(store, req.query.index, req.query.range, !!req.reverse, !!req.unique), !!req.reverse)),
  };
}
