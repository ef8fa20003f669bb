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

/** Changes to the index gathered over many records, applied in one read and one write of the buckets touched. */
export class TermDelta {
  /** term → claim id → change in count. */
  private readonly changes = new Map<string, Map<string, number>>();

  add(claimId: string, terms: Iterable<string>, sign: 1 | -1): void {
    for (const term of terms) {
      let claims = this.changes.get(term);
      if (!claims) this.changes.set(term, (claims = new Map()));
      claims.set(claimId, (claims.get(claimId) ?? 0) + sign);
    }
  }

  /** The non-zero changes by bucket (an edit that keeps a record's words touches nothing). */
  byBucket(): Map<string, Map<string, Map<string, number>>> {
    const out = new Map<string, Map<string, Map<string, number>>>();
    for (const [term, claims] of this.changes) {
      for (const [claimId, change] of claims) {
        if (change === 0) continue;
        const key = bucketKey(term);
        let terms = out.get(key);
        if (!terms) out.set(key, (terms = new Map()));
        let forTerm = terms.get(term);
        if (!forTerm) terms.set(term, (forTerm = new Map()));
        forTerm.set(claimId, change);
      }
    }
    return out;
  }
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
    for (const [term, claims] of changes.get(key)!) {
      let counts = bucket.terms.get(term);
      if (!counts) bucket.terms.set(term, (counts = new Map()));
      for (const [claimId, change] of claims) {
        const count = (counts.get(claimId) ?? 0) + change;
        if (count > 0) counts.set(claimId, count);
        else counts.delete(claimId);
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
