import type { DBCoreTable, DBCoreTransaction } from 'dexie';
import type { Version } from '@/utils/core/model';
import { ANY_RANGE, bucketOf } from '@/utils/store/version-packs/pack-keys';

/** Physical stores behind the `versions` table (see packs-middleware.ts). */
export const PACKS = 'versionPacks';
export const HOMES = 'versionHomes';
/** Home buckets per kind: where a version id lives (its claim), and which claims have a version at a URL. */
export const BUCKETS = 256;
/**
 * Records of the packs store: the claims are dealt to this many groups by a hash of their id, and a
 * group's claims' versions are one record. In Chromium a record costs about the same whatever its
 * size (scripts/bench-idb-puts.ts: 100,000 versions as 20,000 records of 5, 6.8-7.2 s; as 4,000 of 25,
 * 2.2-2.6 s); a group holds about 25 versions at 100,000, 250 (150 KB) at a million.
 */
export const GROUPS = 4096;

/**
 * A record of the packs store: since schema 11 one group's versions (`claimId`, the store's key path
 * since schema 10, holds the group's key: groupOf); in schema 10, one claim's.
 */
export interface PackRecord {
  claimId: string;
  versions: Version[];
}

/** The group a claim's versions are stored in. */
export const groupOf = (claimId: string) => `g${bucketOf(claimId, GROUPS)}`;

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
  /** The groups read or written in the transaction: group key → claim id → its versions. */
  groups: Map<string, Map<string, Version[]>>;
  dirtyGroups: Set<string>;
  deferred: boolean;
  /** In a deferred transaction, the most versions its groups may hold in memory before they are written and let go. */
  keepVersions: number;
}
const cached = new WeakMap<object, TransactionHomes>();
const homesIn = (trans: object): TransactionHomes =>
  cached.get(trans) ?? cached.set(trans, { buckets: new Map(), dirty: new Set(), groups: new Map(), dirtyGroups: new Set(), deferred: false, keepVersions: Infinity }).get(trans)!;

/** Versions by claim, each claim's in their order (a group record's, or any list). */
export function byClaim(versions: Version[]): Map<string, Version[]> {
  const out = new Map<string, Version[]>();
  for (const v of versions) {
    const claim = String(v.claimId);
    const list = out.get(claim);
    if (list) list.push(v);
    else out.set(claim, [v]);
  }
  return out;
}

/**
 * From now on in this transaction (an import's), the home buckets and the groups are written once, by
 * flush(), and not after every request: a chunk of 5,000 versions touches every bucket and most groups,
 * and writing them again for each chunk made most of an import's time. Requests in between read them
 * from memory. The groups it touches stay in memory until its end, up to `keepVersions` versions (an import
 * into a big library touches most groups): past that, the changed ones are written and all are let go.
 */
export function deferHomes(trans: object, keepVersions = 250_000): void {
  const state = homesIn(trans);
  state.deferred = true;
  state.keepVersions = keepVersions;
}

/**
 * Reads and writes one transaction's packs (groups of claims, each holding its claims' versions) and
 * home buckets through the layer below. Callers serialise their requests (packs-middleware.ts).
 */
export class PackStore {
  private readonly buckets: Map<string, HomeRecord>;
  private readonly dirty: Set<string>;
  private readonly groups: Map<string, Map<string, Version[]>>;
  private readonly state: TransactionHomes;

  constructor(private readonly packs: DBCoreTable, private readonly homes: DBCoreTable, private readonly trans: DBCoreTransaction) {
    this.state = homesIn(trans);
    this.buckets = this.state.buckets;
    this.dirty = this.state.dirty;
    this.groups = this.state.groups;
  }

  /** Writes the buckets and groups a deferred transaction changed, and stops deferring. */
  async flush(): Promise<void> {
    this.state.deferred = false;
    const homes = [...this.dirty].map((key) => this.buckets.get(key)!);
    this.dirty.clear();
    await Promise.all([homes.length ? this.homes.mutate({ trans: this.trans, type: 'put', values: homes }).then(failed) : undefined, this.writeGroups()]);
  }

  /** Puts the changed groups (deletes the emptied ones). */
  private async writeGroups(): Promise<void> {
    const keys = [...this.state.dirtyGroups];
    this.state.dirtyGroups.clear();
    const puts: PackRecord[] = [];
    const deletes: string[] = [];
    for (const key of keys) {
      const versions = [...this.groups.get(key)!.values()].flat();
      if (versions.length) puts.push({ claimId: key, versions });
      else deletes.push(key);
    }
    await Promise.all([
      puts.length ? this.packs.mutate({ trans: this.trans, type: 'put', values: puts }).then(failed) : undefined,
      deletes.length ? this.packs.mutate({ trans: this.trans, type: 'delete', keys: deletes }).then(failed) : undefined,
    ]);
  }

  private async loadGroups(keys: Iterable<string>): Promise<void> {
    const missing = [...new Set(keys)].filter((k) => !this.groups.has(k));
    if (missing.length === 0) return;
    const read = (await this.packs.getMany({ trans: this.trans, keys: missing })) as (PackRecord | undefined)[];
    missing.forEach((key, i) => this.groups.set(key, byClaim(read[i]?.versions ?? [])));
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

  /** Each claim's versions: the transaction's own lists, which the caller reads and never changes (write() takes new ones). */
  async readPacks(claimIds: string[]): Promise<Map<string, Version[]>> {
    const ids = [...new Set(claimIds)];
    await this.loadGroups(ids.map(groupOf));
    return new Map(ids.map((id) => [id, this.groups.get(groupOf(id))!.get(id) ?? []]));
  }

  /** Every claim's versions, one PackRecord per claim (those the transaction changed as it left them). */
  async allPacks(): Promise<PackRecord[]> {
    const { result } = await this.packs.query({ trans: this.trans, values: true, query: { index: this.packs.schema.primaryKey, range: ANY_RANGE } });
    const stored = new Set<string>();
    const out: PackRecord[] = [];
    for (const record of result as PackRecord[]) {
      stored.add(record.claimId);
      const group = this.groups.get(record.claimId) ?? byClaim(record.versions);
      for (const [claimId, versions] of group) if (versions.length) out.push({ claimId, versions });
    }
    for (const [key, group] of this.groups) if (!stored.has(key)) for (const [claimId, versions] of group) if (versions.length) out.push({ claimId, versions });
    return out;
  }

  /**
   * Writes the versions of `after`'s claims (read first with readPacks; a claim with none left leaves
   * its group) and files their ids and URLs in the home buckets, given the same claims' versions `before`.
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
    for (const [claimId, list] of after) {
      const key = groupOf(claimId);
      const group = this.groups.get(key)!;
      if (list.length) group.set(claimId, list);
      else group.delete(claimId);
      this.state.dirtyGroups.add(key);
    }
    if (this.state.deferred) {
      let kept = 0;
      for (const group of this.groups.values()) for (const list of group.values()) kept += list.length;
      if (kept > this.state.keepVersions) {
        await this.writeGroups();
        this.groups.clear();
      }
      return;
    }
    const homes = [...this.dirty].map((key) => this.buckets.get(key)!);
    this.dirty.clear();
    await Promise.all([homes.length ? this.homes.mutate({ trans: this.trans, type: 'put', values: homes }).then(failed) : undefined, this.writeGroups()]);
  }

  /** Everything gone (a clear of the table). */
  async clear(): Promise<void> {
    await Promise.all([this.packs.mutate({ trans: this.trans, type: 'deleteRange', range: ANY_RANGE }), this.homes.mutate({ trans: this.trans, type: 'deleteRange', range: ANY_RANGE })]);
    this.buckets.clear();
    this.dirty.clear();
    this.groups.clear();
    this.state.dirtyGroups.clear();
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
