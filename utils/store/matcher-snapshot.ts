import type { RecoupeDb } from '@/utils/store/db';
import type { Claim, Outlet, Version } from '@/utils/core/model';
import type { ClaimInfo, Table } from '@/utils/store/snapshot-tables';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching';
import type { ClaimIndex } from '@/utils/core/matching/claim-index';
import { updateIndex } from '@/utils/core/matching/update-index';
import { libraryClaims } from '@/utils/core/matching/library-claims';
import { docsWithVia } from '@/utils/core/matching/spliced-docs';
import { primaryLang } from '@/utils/store/block-language';
import { pageKey } from '@/utils/core/page-identity';
import { ensureLanguages } from '@/utils/core/language/language-data';
import { versionsOfClaims } from '@/utils/store/version-lookups';

/** Loads the language data analysing these claims needs: their statements' and versions' languages. */
function loadLanguagesOf(claims: IndexClaim[]): Promise<void> {
  const langs = new Set<string | undefined>();
  for (const c of claims) {
    for (const lang of Object.keys(c.statement)) langs.add(lang);
    for (const v of c.versions) langs.add(v.lang);
  }
  return ensureLanguages(langs);
}

export type { ClaimInfo } from '@/utils/store/snapshot-tables';

/** What a scan needs, built from the database or loaded from the stored index. Never modified: edits make a new one. */
export interface Snapshot {
  matcher: ClaimMatcher;
  claims: Table<ClaimInfo>;
  outlets: Outlet[];
  /** Normalised article URL -> outlet id, from the versions. */
  outletByUrl: Table<string>;
  /** Languages of the indexed statements and versions, most used first. */
  langs: string[];
  /** The last matchChanges row the index reflects (0: none). */
  seq: number;
}

export function langsOf(index: ClaimIndex): string[] {
  // Counted by language code, not document by document: codes are numbered in order of first use,
  // so the languages come in the same order as a walk over the documents would give.
  const { values, codes } = index.docLang;
  const perCode = new Int32Array(values.length);
  for (let d = 0; d < codes.length; d++) perCode[codes[d]!]!++;
  const count = new Map<string, number>();
  values.forEach((v, c) => {
    const lang = primaryLang(v);
    count.set(lang, (count.get(lang) ?? 0) + perCode[c]!);
  });
  return [...count.entries()].sort((a, b) => b[1] - a[1]).map(([l]) => l);
}

/** Claims with their versions, in the matcher's shape, and the versions' article URLs. */
function indexClaims(claims: Claim[], versions: Version[], outletByUrl: Table<string>): IndexClaim[] {
  for (const v of versions) if (v.url) outletByUrl.set(pageKey(v.url), v.outletId);
  return libraryClaims(claims, versions);
}

const lastSeq = async (db: RecoupeDb) => ((await db.matchChanges.toCollection().lastKey()) as number | undefined) ?? 0;

/** Every claim and version read and analysed: the slow path, taken when no stored index is usable. */
export async function buildSnapshot(db: RecoupeDb): Promise<Snapshot> {
  const [claims, versions, outlets, seq] = await db.transaction('r', [db.claims, db.versions, db.outlets, db.matchChanges], () =>
    Promise.all([db.claims.toArray(), db.versions.toArray(), db.outlets.toArray(), lastSeq(db)]),
  );
  const outletByUrl = new Map<string, string>();
  const toIndex = indexClaims(claims, versions, outletByUrl);
  await loadLanguagesOf(toIndex);
  const matcher = ClaimMatcher.build(toIndex);
  return {
    matcher,
    claims: new Map(claims.map((c) => [c.id, { status: c.status, statement: c.statement }])),
    outlets,
    outletByUrl,
    langs: langsOf(matcher.claimIndex),
    seq,
  };
}

/** 'load': a newer index was stored (by an import) than this snapshot; the rows it reflects may be gone. */
export type Followed = Snapshot | 'rebuild' | 'load';

/** Share of the claims written above which a rebuild replaces following the writes. */
const REBUILD_SHARE = 0.25;

/**
 * The snapshot with the journal's rows after `snap.seq` applied: the written claims analysed
 * again, the rest kept. 'rebuild' when a row cannot be followed (a cleared table) or when the
 * database holds another number of claims than the result (a write that bypassed Dexie, so the
 * journal). Called at start and after writes, not on every scan.
 * `snap` is given up: the new snapshot's index shares its term map.
 */
export async function followChanges(db: RecoupeDb, snap: Snapshot): Promise<Followed> {
  const read = await db.transaction('r', [db.claims, db.versions, db.outlets, db.matchChanges], async () => {
    const [rows, count] = await Promise.all([db.matchChanges.where(':id').above(snap.seq).toArray(), db.claims.count()]);
    const none = { rows, claims: [] as (Claim | string)[], versions: [] as Version[], outlets: [] as Outlet[], count };
    if (rows.length === 0 || rows.some((r) => r.all || r.indexStored)) return none;
    const ids = new Set(rows.flatMap((r) => r.claims));
    // A version deleted or moved to another claim leaves the claim it was in: the index knows which.
    const written = new Set(rows.flatMap((r) => r.versions));
    const index = snap.matcher.claimIndex;
    // Found in the stored form where the index was loaded: decoding every document would cost a restarted worker more than the edit.
    for (const d of docsWithVia(index.docs, written)) if (index.docOutlet.codes[d]! >= 0) ids.add(index.claimIds[index.docs.at(d)!.claim]!);
    // An import of a large share of the library: reading it all in one go and building is quicker.
    if (ids.size > REBUILD_SHARE * index.claimIds.length && ids.size > 1000) return { ...none, rows: [{ claims: [], versions: [], all: true as const }] };
    const list = [...ids];
    const [claims, versions, outlets] = await Promise.all([db.claims.bulkGet(list), versionsOfClaims(db, list), db.outlets.toArray()]);
    return { rows, claims: claims.map((c, i): Claim | string => c ?? list[i]!), versions, outlets, count };
  });
  // Claims written without Dexie (so without a journal row) while the index was stored or kept.
  if (read.rows.length === 0) return read.count === snap.matcher.claimIndex.claimIds.length ? snap : 'rebuild';
  // A stored index ahead of this one: the journal rows before it were deleted with its writing.
  if (read.rows.some((r) => r.indexStored)) return 'load';
  if (read.rows.some((r) => r.all)) return 'rebuild';
  const present = read.claims.filter((c): c is Claim => typeof c !== 'string');
  const removed = read.claims.filter((c): c is string => typeof c === 'string');
  // In place, like the index: `snap` is given up. A deleted version's URL stays until the next rebuild.
  const outletByUrl = snap.outletByUrl;
  const changed = indexClaims(present, read.versions, outletByUrl);
  await loadLanguagesOf(changed);
  const index = updateIndex(snap.matcher.claimIndex, changed, removed);
  if (index.claimIds.length !== read.count) return 'rebuild';
  const claims = snap.claims;
  for (const id of removed) claims.delete(id);
  for (const c of present) claims.set(c.id, { status: c.status, statement: c.statement });
  return { matcher: ClaimMatcher.fromIndex(index), claims, outlets: read.outlets, outletByUrl, langs: langsOf(index), seq: read.rows[read.rows.length - 1]!.seq! };
}
