import type { RecoupeDb } from '@/utils/store/db';
import type { Claim, Version } from '@/utils/core/model';
import type { ImportPlan } from '@/utils/store/import/plan-import';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching';
import { updateIndex } from '@/utils/core/matching/update-index';
import { ensureLanguages } from '@/utils/core/language/language-data';
import { pageKey } from '@/utils/core/page-identity';
import { buildSnapshot, followChanges, langsOf, type Snapshot } from '@/utils/store/matcher-snapshot';
import { loadSnapshot, storedForm } from '@/utils/store/match-index-store';
import { endPhase } from '@/utils/core/phase-timing';

/*
 * An import through the library page stores the matching index of the whole library (what was there
 * and what it brings) in its own transaction, so that the first page after it loads that index, as
 * after a worker restart, instead of waiting for the background to analyse every text again.
 *
 * The page prepares the library's index before the transaction (the stored one, with the journal
 * followed: match-index-store.ts, matcher-snapshot.ts), loads the languages the texts need (a fetch
 * would end the transaction), then, after the writes and inside the transaction, adds the claims the
 * import wrote with updateIndex and stores the result with a journal marker (`indexStored`). It is
 * stored only when the journal proves that nothing but this import wrote claims or versions since the
 * prepared index: its rows must be the ones right after that index's last row, one per bulk write.
 * Otherwise nothing is stored and the background follows the journal as before. A failed import
 * rolls back the index with the rest.
 */

type Written = Claim | Version;

export interface ImportIndexer {
  /** A record the import writes to claims or versions, and the stored record it replaces. */
  written(table: 'claims' | 'versions', record: Written, local: Written | undefined): void;
  /** One bulk write to claims or versions was issued (the journal middleware adds one row for it). */
  wrote(): void;
  /** Inside the import's transaction, after its writes: stores the index; false when left to the background. */
  finish(db: RecoupeDb): Promise<boolean>;
}

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

class ImportIndex implements ImportIndexer {
  /** Claims the database did not hold, and the versions written to them. */
  private readonly added = new Map<string, Claim>();
  private readonly addedVersions = new Map<string, Map<string, Version>>();
  /** Claims it held that the import changes: read back after the writes. */
  private readonly touched = new Set<string>();
  private readonly urls: Version[] = [];
  private rows = 0;
  private used = false;

  constructor(private readonly base: Snapshot) {}

  written(table: 'claims' | 'versions', record: Written, local: Written | undefined): void {
    if (table === 'claims') {
      if (local) this.touched.add(record.id);
      else this.added.set(record.id, record as Claim);
      return;
    }
    const version = record as Version;
    // A version moved to another claim leaves the one it was in.
    if (local) this.touched.add((local as Version).claimId);
    if (version.url) this.urls.push(version);
    const list = this.addedVersions.get(version.claimId) ?? new Map<string, Version>();
    list.set(version.id, version);
    this.addedVersions.set(version.claimId, list);
  }

  wrote(): void {
    this.rows++;
  }

  async finish(db: RecoupeDb): Promise<boolean> {
    // The prepared index is given up by updateIndex: one import only.
    if (this.used) return false;
    this.used = true;
    const after = this.base.seq;
    const keys = (await db.matchChanges.where(':id').above(after).primaryKeys()) as number[];
    if (keys.length !== this.rows || keys.some((k, i) => k !== after + 1 + i)) return false;
    // A record twice in the file meets its first copy as the stored one: the database has the last word.
    for (const id of this.touched) this.added.delete(id);
    for (const id of this.addedVersions.keys()) if (!this.added.has(id)) this.touched.add(id);
    const ids = [...this.touched];
    const [claims, versions] = ids.length ? await Promise.all([db.claims.bulkGet(ids), db.versions.where('claimId').anyOf(ids).toArray()]) : [[], []];
    let record;
    try {
      const t = performance.now();
      const snap = this.indexed(ids, claims, versions);
      endPhase('import:index:analyse', t);
      const s = performance.now();
      record = storedForm(snap);
      endPhase('import:index:serialise', s);
    } catch (e) {
      console.warn('Recoupe: the import leaves the matching index to the background', e);
      return false;
    }
    record.seq = await db.matchChanges.add({ claims: [], versions: [], indexStored: true });
    const w = performance.now();
    await db.matchIndex.put(record);
    await db.matchChanges.where(':id').below(record.seq).delete();
    endPhase('import:index:store', w);
    return true;
  }

  /** The prepared index with the import's claims: those it held analysed again, the new ones added in id order. */
  private indexed(ids: string[], claims: (Claim | undefined)[], versions: Version[]): Snapshot {
    const { base } = this;
    const changed: IndexClaim[] = [];
    const removed: string[] = [];
    const versionsOf = new Map<string, Version[]>();
    for (const v of versions) {
      const list = versionsOf.get(v.claimId);
      if (list) list.push(v);
      else versionsOf.set(v.claimId, [v]);
    }
    const info = (c: Claim) => ({ status: c.status, statement: c.statement });
    const toIndex = (c: Claim, list: Version[]): IndexClaim => ({ id: c.id, statement: c.statement, versions: list.sort(byId).map((v) => ({ id: v.id, outletId: v.outletId, lang: v.lang, quote: v.quote })) });
    ids.forEach((id, i) => {
      const claim = claims[i];
      if (!claim) return void removed.push(id);
      changed.push(toIndex(claim, versionsOf.get(id) ?? []));
      base.claims.set(id, info(claim));
    });
    for (const claim of [...this.added.values()].sort(byId)) {
      changed.push(toIndex(claim, [...(this.addedVersions.get(claim.id)?.values() ?? [])]));
      base.claims.set(claim.id, info(claim));
    }
    for (const id of removed) base.claims.delete(id);
    for (const v of this.urls) base.outletByUrl.set(pageKey(v.url), v.outletId);
    const index = updateIndex(base.matcher.claimIndex, changed, removed);
    return { ...base, matcher: ClaimMatcher.fromIndex(index), langs: langsOf(index) };
  }
}

/**
 * Before an import: the library's index and the language data of every text the import may analyse.
 * Undefined when it cannot be prepared: the import then leaves the index to the background.
 */
export async function prepareImportIndex(db: RecoupeDb, plan: ImportPlan): Promise<ImportIndexer | undefined> {
  try {
    const base = await currentSnapshot(db);
    // Unknown languages are guessed among the common ones: theirs too.
    const langs = new Set<string | undefined>([undefined, ...base.matcher.claimIndex.docLang.values]);
    for (const c of plan.records.claims) for (const lang of Object.keys(c.statement ?? {})) langs.add(lang);
    for (const v of plan.records.versions) langs.add(v.lang);
    await ensureLanguages(langs);
    return new ImportIndex(base);
  } catch (e) {
    console.warn('Recoupe: the import leaves the matching index to the background', e);
    return undefined;
  }
}
