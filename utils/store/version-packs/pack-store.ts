import type { DBCoreTable, DBCoreTransaction } from 'dexie';
import type { Version } from '@/utils/core/model';
import { ANY_RANGE, bucketOf } from '@/utils/store/version-packs/pack-keys';

/** Physical stores behind the `versions` table (see packs-middleware.ts). */
export const PACKS = 'versionPacks';
export const HOMES = 'versionHomes';
/** Home buckets per kind: where a version id lives (its claim), and which claims have a version at a URL. */
export const BUCKETS = 256;

export interface PackRecord {
  claimId: string;
  versions: Version[];
}

/** A home bucket: `i<n>` maps version ids to claim ids, `u<n>` maps URLs to the claim ids with a version there. */
export interface HomeRecord {
  key: string;
  ids?: Map<string, string>;
  urls?: Map<string, string[]>;
}

const idBucket = (id: string) => `i${bucketOf(id, BUCKETS)}`;
const urlBucket = (url: string) => `u${bucketOf(url, BUCKETS)}`;

/**
 * Files a version in the home buckets `bucket` gives: its id under `claimId`, and `claimId` among
 * the claims with a version at its URL. Returns the keys of the buckets it changed.
 */
export function fileVersion(bucket: (key: string) => HomeRecord, v: Version, claimId: string): string[] {
  const idKey = idBucket(v.id);
  (bucket(idKey).ids ??= new Map()).set(v.id, claimId);
  if (typeof v.url !== 'string') return [idKey];
  const urlKey = urlBucket(v.url);
  const urls = (bucket(urlKey).urls ??= new Map());
  const claims = urls.get(v.url) ?? [];
  if (!claims.includes(claimId)) urls.set(v.url, [...claims, claimId]);
  return [idKey, urlKey];
}

/**
 * Buckets read in a transaction, kept for its other requests (the transaction is their only writer
 * meanwhile); in a bulk write, the changed ones are written once, at its end (deferHomes).
 */
interface TransactionHomes {
  buckets: Map<string, HomeRecord>;
  dirty: Set<string>;
  deferred: boolean;
}
const cached = new WeakMap<object, TransactionHomes>();
const homesIn = (trans: object): TransactionHomes => cached.get(trans) ?? cached.set(trans, { buckets: new Map(), dirty: new Set(), deferred: false }).get(trans)!;

/**
 * From now on in this transaction (an import's), the home buckets are written once, by flush(), and
 * not after every request: a chunk of 5,000 versions touches every bucket, and writing all of them
 * again for each chunk made most of an import's time. Requests in between read them from memory.
 */
export function deferHomes(trans: object): void {
  homesIn(trans).deferred = true;
}

/**
 * Reads and writes one transaction's packs (one record per claim, holding its versions) and home
 * buckets through the layer below. Callers serialise their requests (packs-middleware.ts).
 */
export class PackStore {
  private readonly buckets: Map<string, HomeRecord>;
  private readonly dirty: Set<string>;
  private readonly state: TransactionHomes;

  constructor(private readonly packs: DBCoreTable, private readonly homes: DBCoreTable, private readonly trans: DBCoreTransaction) {
    this.state = homesIn(trans);
    this.buckets = this.state.buckets;
    this.dirty = this.state.dirty;
  }

  /** Writes the buckets a deferred transaction changed, and stops deferring. */
  async flush(): Promise<void> {
    this.state.deferred = false;
    const homes = [...this.dirty].map((key) => this.buckets.get(key)!);
    this.dirty.clear();
    if (homes.length) failed(await this.homes.mutate({ trans: this.trans, type: 'put', values: homes }));
  }

  private async load(keys: Iterable<string>): Promise<void> {
    const missing = [...new Set(keys)].filter((k) => !this.buckets.has(k));
    if (missing.length === 0) return;
    const read = (await this.homes.getMany({ trans: this.trans, keys: missing })) as (HomeRecord | undefined)[];
    missing.forEach((key, i) => this.buckets.set(key, read[i] ?? { key }));
  }

  private idMap(id: string): Map<string, string> {
    const bucket = this.buckets.get(idBucket(id))!;
    return (bucket.ids ??= new Map());
  }

  private urlMap(url: string): Map<string, string[]> {
    const bucket = this.buckets.get(urlBucket(url))!;
    return (bucket.urls ??= new Map());
  }

  /** The claim each version id is filed under (undefined: no such version). */
  async homesOf(ids: string[]): Promise<(string | undefined)[]> {
    await this.load(ids.map(idBucket));
    return ids.map((id) => this.idMap(id).get(id));
  }

  /** Every version id with its claim. */
  async allHomes(): Promise<Map<string, string>> {
    await this.load(Array.from({ length: BUCKETS }, (_, i) => `i${i}`));
    const all = new Map<string, string>();
    for (let i = 0; i < BUCKETS; i++) for (const [id, claim] of this.buckets.get(`i${i}`)!.ids ?? []) all.set(id, claim);
    return all;
  }

  /** The claims with a version at one of `urls`, or, without `urls`, every URL with its claims. */
  async claimsAtUrls(urls?: string[]): Promise<Map<string, string[]>> {
    const keys = urls ? urls.map(urlBucket) : Array.from({ length: BUCKETS }, (_, i) => `u${i}`);
    await this.load(keys);
    const found = new Map<string, string[]>();
    if (urls) for (const url of urls) found.set(url, this.urlMap(url).get(url) ?? []);
    else for (const key of keys) for (const [url, claims] of this.buckets.get(key)!.urls ?? []) found.set(url, claims);
    return found;
  }

  async readPacks(claimIds: string[]): Promise<Map<string, Version[]>> {
    const ids = [...new Set(claimIds)];
    const read = ids.length ? ((await this.packs.getMany({ trans: this.trans, keys: ids })) as (PackRecord | undefined)[]) : [];
    return new Map(ids.map((id, i) => [id, read[i]?.versions ?? []]));
  }

  async allPacks(): Promise<PackRecord[]> {
    const { result } = await this.packs.query({ trans: this.trans, values: true, query: { index: this.packs.schema.primaryKey, range: ANY_RANGE } });
    return result as PackRecord[];
  }

  /**
   * Writes the packs of `after` (a claim with no version left is deleted) and files their versions'
   * ids and URLs in the home buckets, given the same claims' versions `before`.
   */
  async write(before: Map<string, Version[]>, after: Map<string, Version[]>): Promise<void> {
    const urls = new Set<string>();
    const ids = new Set<string>();
    for (const list of [...before.values(), ...after.values()]) for (const v of list) {
      ids.add(v.id);
      if (typeof v.url === 'string') urls.add(v.url);
    }
    await this.load([...[...ids].map(idBucket), ...[...urls].map(urlBucket)]);
    for (const [claimId, list] of before) {
      const kept = new Set((after.get(claimId) ?? []).map((v) => v.id));
      const keptUrls = new Set((after.get(claimId) ?? []).map((v) => v.url));
      for (const v of list) {
        if (!kept.has(v.id) && this.idMap(v.id).get(v.id) === claimId) this.forget(this.idMap(v.id), v.id, idBucket(v.id));
        if (typeof v.url === 'string' && !keptUrls.has(v.url)) this.unfile(v.url, claimId);
      }
    }
    const bucket = (key: string) => this.buckets.get(key)!;
    for (const [claimId, list] of after) for (const v of list) for (const key of fileVersion(bucket, v, claimId)) this.dirty.add(key);
    const puts = [...after].filter(([, list]) => list.length > 0).map(([claimId, versions]) => ({ claimId, versions }));
    const deletes = [...after].filter(([, list]) => list.length === 0).map(([claimId]) => claimId);
    const homes = this.state.deferred ? [] : [...this.dirty].map((key) => this.buckets.get(key)!);
    if (!this.state.deferred) this.dirty.clear();
    await Promise.all([
      puts.length ? this.packs.mutate({ trans: this.trans, type: 'put', values: puts }) : undefined,
      deletes.length ? this.packs.mutate({ trans: this.trans, type: 'delete', keys: deletes }) : undefined,
      homes.length ? this.homes.mutate({ trans: this.trans, type: 'put', values: homes }) : undefined,
    ].map((p) => p?.then(failed)));
  }

  /** Everything gone (a clear of the table). */
  async clear(): Promise<void> {
    await Promise.all([this.packs.mutate({ trans: this.trans, type: 'deleteRange', range: ANY_RANGE }), this.homes.mutate({ trans: this.trans, type: 'deleteRange', range: ANY_RANGE })]);
    this.buckets.clear();
    this.dirty.clear();
  }

  private forget(map: Map<string, unknown>, key: string, bucket: string): void {
    map.delete(key);
    this.dirty.add(bucket);
  }

  private unfile(url: string, claimId: string): void {
    const map = this.urlMap(url);
    const claims = (map.get(url) ?? []).filter((c) => c !== claimId);
    if (claims.length) map.set(url, claims);
    else map.delete(url);
    this.dirty.add(urlBucket(url));
  }
}

function failed(res: { numFailures: number; failures: Record<number, Error> } | undefined): void {
  if (res && res.numFailures > 0) throw Object.values(res.failures)[0];
}
