/*
 * Storage of the library's search index (version 7 of utils/store/db.ts): an inverted index from
 * term to claims, in buckets. A bucket row holds every term sharing its first three characters (a
 * facet term is a bucket of its own), and for each term the claims that have it, with how many of
 * each claim's records (statement, versions, notes) do, so that one record's change is applied
 * without reading the claim's other records.
 *
 * Why buckets rather than one row per record with a multi-entry index (versions 2 to 6): IndexedDB
 * in Chromium pays per row and per index entry. 100,000 versions meant 120,000 rows and about two
 * million index entries, most of an import's time; the same words as buckets are about a thousand
 * rows with no secondary index.
 */

/** Declared in version 7 of utils/store/db.ts: `searchTerms: 'key'`. */
export const TERMS_TABLE = 'searchTerms';
/** Facet terms start with a control character, which the tokeniser never keeps. */
export const FACET = '\u0001';
const BUCKET_CHARS = 3;

export interface TermBucket {
  key: string;
  /** term → claim id → number of that claim's records with the term (never 0). */
  terms: Map<string, Map<string, number>>;
}

/** The bucket a term lives in: its first three characters (code points), or the whole facet term. */
export function bucketKey(term: string): string {
  if (term.startsWith(FACET)) return term;
  let key = '';
  let n = 0;
  for (const ch of term) {
    if (n++ === BUCKET_CHARS) break;
    key += ch;
  }
  return key;
}

/** One term's changes: claim ids and, at the same place, the change in their counts. */
export interface TermChanges {
  bucket: string;
  claims: string[];
  changes: number[];
  /** The last record (TermDelta.begin) that counted the term. */
  record: number;
}

/**
 * Changes to the index gathered over many records, applied in one read and one write of the buckets
 * touched. Per term, parallel lists of claims and changes rather than a map per term: an import adds
 * hundreds of thousands of (term, claim) pairs, and a record's terms usually follow another record of
 * the same claim (a claim's versions come together), so its change adds to the last pair. A record's
 * terms are counted once each by stamping the term with the record, so a record's words need no set.
 */
export class TermDelta {
  private readonly changes = new Map<string, TermChanges>();
  private record = 0;
  private claimId = '';
  private sign: 1 | -1 = 1;
  private counted = 0;

  /** Starts a record of claim `claimId`, added (sign 1) or taken away (-1): term() counts its terms. */
  begin(claimId: string, sign: 1 | -1): void {
    this.record++;
    this.claimId = claimId;
    this.sign = sign;
    this.counted = 0;
  }

  /** Counts a term of the record begun last, once however often it comes; returns how many distinct terms the record has so far. */
  term(term: string): number {
    let found = this.changes.get(term);
    if (!found) this.changes.set(term, (found = { bucket: bucketKey(term), claims: [], changes: [], record: 0 }));
    if (found.record === this.record) return this.counted;
    found.record = this.record;
    const last = found.claims.length - 1;
    if (last >= 0 && found.claims[last] === this.claimId) found.changes[last]! += this.sign;
    else {
      found.claims.push(this.claimId);
      found.changes.push(this.sign);
    }
    return ++this.counted;
  }

  /** The non-zero changes by bucket and term (an edit that keeps a record's words touches nothing). */
  byBucket(): Map<string, Map<string, TermChanges>> {
    const out = new Map<string, Map<string, TermChanges>>();
    for (const [term, found] of this.changes) {
      const net = netChanges(found);
      if (!net) continue;
      let terms = out.get(net.bucket);
      if (!terms) out.set(net.bucket, (terms = new Map()));
      terms.set(term, net);
    }
    return out;
  }
}

/**
 * A term's changes with each claim's summed and the zeros left out, or undefined when none is left.
 * Changes that all have one sign cannot cancel: they are kept as they are (a claim listed twice adds up
 * where they are applied). Mixed signs (an edit: its record's terms taken away, then added) are summed.
 */
function netChanges(found: TermChanges): TermChanges | undefined {
  let up = false;
  let down = false;
  let zero = false;
  for (const c of found.changes) {
    if (c > 0) up = true;
    else if (c < 0) down = true;
    else zero = true;
  }
  if (up !== down && !zero) return found;
  const sums = new Map<string, number>();
  found.claims.forEach((id, i) => sums.set(id, (sums.get(id) ?? 0) + found.changes[i]!));
  const net: TermChanges = { bucket: found.bucket, claims: [], changes: [], record: found.record };
  for (const [id, change] of sums) {
    if (change === 0) continue;
    net.claims.push(id);
    net.changes.push(change);
  }
  return net.claims.length > 0 ? net : undefined;
}

/** What applyTermDelta needs of the table: Dexie's Table or the middleware's DBCore table, in the caller's transaction. */
export interface BucketStore {
  getMany(keys: string[]): Promise<(TermBucket | undefined)[]>;
  putMany(rows: TermBucket[]): Promise<void>;
  deleteMany(keys: string[]): Promise<void>;
}

/** Applies the changes: reads the buckets touched, adjusts the counts, writes them back (empty ones deleted). */
export async function applyTermDelta(store: BucketStore, delta: TermDelta): Promise<void> {
  const changes = delta.byBucket();
  if (changes.size === 0) return;
  const keys = [...changes.keys()];
  const stored = await store.getMany(keys);
  const put: TermBucket[] = [];
  const gone: string[] = [];
  keys.forEach((key, i) => {
    const bucket: TermBucket = stored[i] ?? { key, terms: new Map() };
    for (const [term, { claims, changes: counted }] of changes.get(key)!) {
      let counts = bucket.terms.get(term);
      if (!counts) bucket.terms.set(term, (counts = new Map()));
      for (let j = 0; j < claims.length; j++) {
        const count = (counts.get(claims[j]!) ?? 0) + counted[j]!;
        if (count > 0) counts.set(claims[j]!, count);
        else counts.delete(claims[j]!);
      }
      if (counts.size === 0) bucket.terms.delete(term);
    }
    if (bucket.terms.size > 0) put.push(bucket);
    else if (stored[i]) gone.push(key);
  });
  if (gone.length) await store.deleteMany(gone);
  if (put.length) await store.putMany(put);
}

/** The claims of the terms of `buckets` that pass `keep`. */
export function claimsOfTerms(buckets: (TermBucket | undefined)[], keep: (term: string) => boolean): Set<string> {
  const out = new Set<string>();
  for (const bucket of buckets) {
    for (const [term, claims] of bucket?.terms ?? []) if (keep(term)) for (const id of claims.keys()) out.add(id);
  }
  return out;
}
