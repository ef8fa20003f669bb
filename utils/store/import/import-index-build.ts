import type { RecoupeDb } from '@/utils/store/db';
import type { Claim, Version } from '@/utils/core/model';
import type { StoredMatchIndex } from '@/utils/store/match-index-record';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching';
import { updateIndex } from '@/utils/core/matching/update-index';
import { indexVersion } from '@/utils/core/matching/library-claims';
import { ensureLanguages } from '@/utils/core/language/language-data';
import { pageKey } from '@/utils/core/page-identity';
import { buildSnapshot, followChanges, langsOf, type Snapshot } from '@/utils/store/matcher-snapshot';
import { loadSnapshot, storedForm } from '@/utils/store/match-index-store';
import { versionsOfClaims } from '@/utils/store/version-lookups';

/*
 * The matching index of the library with an import's new claims added, computed from the import's
 * plan while the import writes (in the library page's worker, import-index-worker.ts; in-process under
 * Node). What the import then writes is checked against what was analysed (import-index.ts).
 */

export type IndexedClaim = Pick<Claim, 'id' | 'status' | 'statement'>;
export type IndexedVersion = Pick<Version, 'id' | 'claimId' | 'outletId' | 'lang' | 'quote' | 'url'>;

export interface IndexRequest {
  claims: IndexedClaim[];
  versions: IndexedVersion[];
}

/** The stored form to write (its `seq` set by the import), and what it assumed. */
export interface IndexResult {
  record: StoredMatchIndex;
  /** The last journal row the library's index reflected: the import's rows must come right after it. */
  baseSeq: number;
  /** The claims added (the database did not hold them), and every version the import adds, to those or to stored claims. */
  claims: string[];
  versions: string[];
  /** Stored claims that get new versions: the import must write exactly these claims and versions, no other. */
  extended: string[];
  /** Milliseconds spent: reading the library's index, adding the claims, making the stored form. */
  timings: { baseMs: number; updateMs: number; serialiseMs: number };
}

/** What the library page's index worker answers (components/library/import-export/import-index-worker.ts). */
export type IndexWorkerReply = { type: 'ready' } | { type: 'result'; result: IndexResult } | { type: 'error'; message: string };

/** The library's index now: the stored one with the journal followed, else built from the database. */
export async function currentSnapshot(db: RecoupeDb): Promise<Snapshot> {
  for (let tries = 0; tries < 3; tries++) {
    const stored = await loadSnapshot(db);
    if (!('snapshot' in stored)) break;
    const next = await followChanges(db, stored.snapshot);
    if (next === 'rebuild') break;
    if (next !== 'load') return next;
  }
  return buildSnapshot(db);
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Step one, reading the database: the library's index, and the stored claims the request adds versions
 * to, with their versions. Step two, no database: the request's new claims and new versions added to
 * the index (new claims in id order, as a rebuild reads them).
 */
export async function importIndexBase(db: RecoupeDb, req: IndexRequest): Promise<() => Promise<IndexResult>> {
  const started = performance.now();
  const base = await currentSnapshot(db);
  const added = req.claims.filter((c) => !base.claims.has(c.id)).sort(byId);
  const addedIds = new Set(added.map((c) => c.id));
  const toStored = req.versions.filter((v) => !addedIds.has(v.claimId));
  const storedIds = [...new Set(toStored.map((v) => v.claimId))];
  const [storedVersions, known, storedClaims] = await db.transaction('r', [db.claims, db.versions], () =>
    Promise.all([versionsOfClaims(db, storedIds), db.versions.bulkGet(toStored.map((v) => v.id)), db.claims.bulkGet(storedIds)]),
  );
  // A version id already stored is no new version: the import leaves it, or replaces it (then the index is not used).
  const knownIds = new Set(known.flatMap((v) => (v ? [v.id] : [])));
  const extended = storedClaims.filter((c): c is Claim => c !== undefined);
  const extendedIds = new Set(extended.map((c) => c.id));
  const baseMs = Math.round(performance.now() - started);
  return async () => {
    const versionsOf = new Map<string, IndexedVersion[]>();
    const fresh: string[] = [];
    const add = (v: IndexedVersion) => {
      const list = versionsOf.get(v.claimId);
      if (list) list.push(v);
      else versionsOf.set(v.claimId, [v]);
    };
    for (const v of storedVersions) add(v);
    for (const v of req.versions) {
      if (addedIds.has(v.claimId) || (extendedIds.has(v.claimId) && !knownIds.has(v.id))) {
        add(v);
        fresh.push(v.id);
      }
    }
    const claims = [...extended, ...added];
    // Unknown languages are guessed among the common ones: theirs too.
    const langs = new Set<string | undefined>([undefined]);
    for (const c of claims) for (const lang of Object.keys(c.statement ?? {})) langs.add(lang);
    for (const list of versionsOf.values()) for (const v of list) langs.add(v.lang);
    await ensureLanguages(langs);
    const changed: IndexClaim[] = claims.map((c) => {
      const list = (versionsOf.get(c.id) ?? []).sort(byId);
      base.claims.set(c.id, { status: c.status, statement: c.statement });
      for (const v of list) if (v.url) base.outletByUrl.set(pageKey(v.url), v.outletId);
      return { id: c.id, statement: c.statement, versions: list.map(indexVersion) };
    });
    const t = performance.now();
    const index = updateIndex(base.matcher.claimIndex, changed, []);
    const s = performance.now();
    const record = await storedForm({ ...base, matcher: ClaimMatcher.fromIndex(index), langs: langsOf(index) });
    const timings = { baseMs, updateMs: Math.round(s - t), serialiseMs: Math.round(performance.now() - s) };
    return { record, baseSeq: base.seq, claims: added.map((c) => c.id), versions: fresh, extended: [...extendedIds], timings };
  };
}
