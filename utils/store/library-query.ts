import Dexie from 'dexie';
import type { RecoupeDb } from '@/utils/store/db';
import type { Claim, Outlet } from '@/utils/core/model';
import type { Status } from '@/utils/core/statuses';
import { facet, foldForSearch, searchTokens } from '@/utils/store/search-words';
import { bucketKey, claimsOfTerms, TERMS_TABLE, type TermBucket } from '@/utils/store/search-terms';

// The library page's search and filters, on the index that utils/store/search-words.ts keeps
// (stored in buckets by utils/store/search-terms.ts): no version is read to find a claim.

export interface LibraryQuery {
  text?: string;
  status?: Status;
  outletId?: string;
  tag?: string;
  /** A version language. */
  lang?: string;
  /** Publication dates of versions, ISO, inclusive (a partial `to` such as "2024-10" covers the whole month). */
  from?: string;
  to?: string;
  /** true: only claims with annotations; false: only claims without. */
  hasAnnotations?: boolean;
  offset?: number;
  limit?: number;
}

export interface ClaimListItem {
  claim: Claim;
  versionCount: number;
  outletCount: number;
}

const terms = (db: RecoupeDb) => db.table<TermBucket, string>(TERMS_TABLE);

/** Claim ids of one term (a word or a facet term). */
async function termClaimIds(db: RecoupeDb, term: string): Promise<Set<string>> {
  return claimsOfTerms([await terms(db).get(bucketKey(term))], (t) => t === term);
}

/** Claim ids of the words starting with `prefix`: one bucket, or the buckets that start with a shorter prefix. */
async function prefixClaimIds(db: RecoupeDb, prefix: string): Promise<Set<string>> {
  const key = bucketKey(prefix);
  const buckets = key === prefix ? await terms(db).where(':id').between(prefix, prefix + '\uffff', true, true).toArray() : [await terms(db).get(key)];
  return claimsOfTerms(buckets, (t) => t.startsWith(prefix));
}

/** Claim ids of the facet terms in [lower, upper] (each facet term is a bucket of its own). */
async function facetRangeClaimIds(db: RecoupeDb, lower: string, upper: string): Promise<Set<string>> {
  return claimsOfTerms(await terms(db).where(':id').between(lower, upper, true, true).toArray(), () => true);
}

/** Claim ids whose words include every word of `text` (the last one as a prefix, for search as you type). */
async function searchIds(db: RecoupeDb, text: string): Promise<Set<string>> {
  const tokens = searchTokens(text);
  const lastIsPrefix = !/[^\p{L}\p{N}]$/u.test(foldForSearch(text));
  const sets = await Promise.all(
    tokens.map((tok, i) => (i === tokens.length - 1 && lastIsPrefix ? prefixClaimIds(db, tok) : termClaimIds(db, tok))),
  );
  return intersect(sets) ?? new Set();
}

function intersect(sets: Set<string>[]): Set<string> | undefined {
  if (!sets.length) return undefined;
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...smallest].filter((id) => rest.every((s) => s.has(id))));
}

/** The ids the filters allow: `include` undefined means every claim. */
async function restrict(db: RecoupeDb, q: LibraryQuery): Promise<{ include?: Set<string>; exclude?: Set<string> }> {
  const sets: Promise<Set<string>>[] = [];
  const asSet = (p: Promise<string[]>) => p.then((ids) => new Set(ids));
  if (q.text && searchTokens(q.text).length) sets.push(searchIds(db, q.text));
  if (q.status) sets.push(asSet(db.claims.where('status').equals(q.status).primaryKeys()));
  if (q.tag) sets.push(asSet(db.claims.where('tags').equals(q.tag).primaryKeys()));
  if (q.outletId) sets.push(termClaimIds(db, facet('outlet', q.outletId)));
  if (q.lang) sets.push(termClaimIds(db, facet('lang', q.lang)));
  // A partial `to` ("2024-10") takes in every date that starts with it.
  if (q.from || q.to) sets.push(facetRangeClaimIds(db, facet('date', q.from ?? ''), facet('date', q.to ?? '9999') + '\uffff'));
  let exclude: Set<string> | undefined;
  if (q.hasAnnotations !== undefined) {
    const annotated = termClaimIds(db, facet('annotated', ''));
    if (q.hasAnnotations) sets.push(annotated);
    else exclude = await annotated;
  }
  return { include: intersect(await Promise.all(sets)), exclude };
}

/** Under this many matches, sorting the matched records beats walking the whole updatedAt index. */
const SMALL_MATCH = 1000;

/** One page of claims matching the search and filters, most recently updated first, with the total. */
export async function queryClaims(db: RecoupeDb, q: LibraryQuery): Promise<{ items: ClaimListItem[]; total: number }> {
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.max(1, q.limit ?? 50);
  return db.transaction('r', [db.claims, db.versions, db.annotations, terms(db)], async () => {
    const { include, exclude } = await restrict(db, q);
    let total: number;
    let page: Claim[];
    if (!include && !exclude) {
      total = await db.claims.count();
      page = await db.claims.orderBy('updatedAt').reverse().offset(offset).limit(limit).toArray();
    } else if (include && include.size <= SMALL_MATCH) {
      const all = (await db.claims.bulkGet([...include])).filter((c): c is Claim => !!c && !exclude?.has(c.id));
      all.sort(byRecent);
      total = all.length;
      page = all.slice(offset, offset + limit);
    } else {
      // Forward primaryKeys() is one getAllKeys call; reversed here rather than by a cursor.
      const ordered = (await db.claims.orderBy('updatedAt').primaryKeys()).reverse().filter(
        (id) => (!include || include.has(id)) && !exclude?.has(id),
      );
      total = ordered.length;
      page = (await db.claims.bulkGet(ordered.slice(offset, offset + limit))).filter((c): c is Claim => !!c);
    }
    return { items: await Promise.all(page.map((claim) => listItem(db, claim))), total };
  });
}

function byRecent(a: Claim, b: Claim): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1;
}

async function listItem(db: RecoupeDb, claim: Claim): Promise<ClaimListItem> {
  const keys = (await db.versions
    .where('[claimId+outletId]')
    .between([claim.id, Dexie.minKey], [claim.id, Dexie.maxKey])
    .keys()) as unknown as [string, string][];
  return { claim, versionCount: keys.length, outletCount: new Set(keys.map((k) => k[1])).size };
}

/** One claim, or undefined once it is gone. */
export async function getClaim(db: RecoupeDb, id: string): Promise<Claim | undefined> {
  return db.claims.get(id);
}

/** Outlets for the filter menu, by name. */
export async function listOutlets(db: RecoupeDb): Promise<Outlet[]> {
  return db.outlets.orderBy('name').toArray();
}

/** Every tag in use on claims, sorted. */
export async function listTags(db: RecoupeDb): Promise<string[]> {
  return (await db.claims.orderBy('tags').uniqueKeys()) as string[];
}

/** Every version language in use, sorted: the language facet terms (a bucket each, gone with their last version). */
export async function listVersionLangs(db: RecoupeDb): Promise<string[]> {
  const prefix = facet('lang', '');
  const keys = (await terms(db).where(':id').between(prefix, prefix + '\uffff', true, true).primaryKeys()) as string[];
  return keys.map((k) => k.slice(prefix.length)).filter(Boolean);
}
