import Dexie from 'dexie';
import type { RecoupeDb } from '@/utils/store/db';
import type { Claim, Version } from '@/utils/core/model';
import type { ImportPlan } from '@/utils/store/import/plan-import';
import { importIndexBase, type IndexedClaim, type IndexedVersion, type IndexRequest, type IndexResult } from '@/utils/store/import/import-index-build';
import { endPhase } from '@/utils/core/phase-timing';

/*
 * An import through the library page stores the matching index of the whole library (what was there
 * and the claims it adds) in its own transaction, so that the first page after it loads that index,
 * as after a worker restart, instead of waiting for the background to analyse every text again.
 *
 * Before the transaction, the library's index is read (the stored one with the journal followed);
 * the plan's new claims are then analysed into it while the import writes (a worker of the library
 * page: import-index-build.ts). Inside the transaction, after the writes, the index is stored with a
 * journal marker (`indexStored`, match-changes.ts) only if what was written is what was analysed
 * (new claims and their versions, no record replaced) and the journal proves that nothing else wrote
 * claims or versions since that index was read: the import's rows come right after its last row, one
 * per bulk write. Otherwise nothing is stored and the background follows the journal as before. A
 * failed import rolls the index back with the rest.
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

/** A computation of the index: `ready` once it has read the database (the import may then start). */
export interface IndexJob {
  ready: Promise<void>;
  result: Promise<IndexResult>;
}
export type StartIndexJob = (db: RecoupeDb, req: IndexRequest) => IndexJob;

/** In this thread (Node, tests). */
export const inThisThread: StartIndexJob = (db, req) => {
  const base = importIndexBase(db, req);
  return { ready: base.then(() => undefined), result: base.then((run) => run()) };
};

/** Longest wait, after the writes, for the analysis to end (the transaction is kept open meanwhile). */
const WAIT_MS = 120_000;

class ImportIndex implements ImportIndexer {
  private readonly claimIds: string[] = [];
  private readonly versionClaims: string[] = [];
  private differs = false;
  private rows = 0;
  private used = false;

  constructor(
    private readonly sentClaims: Map<string, IndexedClaim>,
    private readonly sentVersions: Map<string, IndexedVersion>,
    private readonly result: Promise<IndexResult>,
  ) {
    result.catch(() => undefined);
  }

  written(table: 'claims' | 'versions', record: Written, local: Written | undefined): void {
    // A record replaced (or twice in the file): what the analysis assumed, new claims only, does not hold.
    if (local || this.differs) return void (this.differs = true);
    if (table === 'claims') {
      const c = record as Claim;
      const sent = this.sentClaims.get(c.id);
      if (!sent || sent.status !== c.status || JSON.stringify(sent.statement) !== JSON.stringify(c.statement)) this.differs = true;
      this.claimIds.push(c.id);
      return;
    }
    const v = record as Version;
    const sent = this.sentVersions.get(v.id);
    if (!sent || sent.claimId !== v.claimId || sent.outletId !== v.outletId || sent.lang !== v.lang || sent.quote !== v.quote || sent.url !== v.url) this.differs = true;
    this.versionClaims.push(v.claimId);
  }

  wrote(): void {
    this.rows++;
  }

  async finish(db: RecoupeDb): Promise<boolean> {
    if (this.used || this.differs) return false;
    this.used = true;
    const waiting = performance.now();
    let result: IndexResult;
    try {
      // Dexie.waitFor keeps the transaction open while the worker ends (Dexie issues requests meanwhile).
      result = await Dexie.waitFor(this.result, WAIT_MS);
    } catch (e) {
      console.warn('Recoupe: the import leaves the matching index to the background', e);
      return false;
    }
    endPhase('import:index:wait', waiting);
    // The worker's own spans, by their length (its clock is not the page's).
    const { baseMs, updateMs, serialiseMs } = result.timings;
    for (const [name, ms] of [['read', baseMs], ['analyse', updateMs], ['serialise', serialiseMs]] as const) performance.measure(`recoupe:import:index:worker-${name}`, { start: 0, duration: ms });
    const added = new Set(result.claims);
    const analysed = new Set([...result.claims, ...result.extended]);
    if (result.claims.length !== this.claimIds.length || result.versions.length !== this.versionClaims.length) return false;
    if (!this.claimIds.every((id) => added.has(id)) || !this.versionClaims.every((id) => analysed.has(id))) return false;
    const after = result.baseSeq;
    const keys = (await db.matchChanges.where(':id').above(after).primaryKeys()) as number[];
    if (keys.length !== this.rows || keys.some((k, i) => k !== after + 1 + i)) return false;
    const storing = performance.now();
    const record = { ...result.record, savedAt: new Date().toISOString() };
    record.seq = await db.matchChanges.add({ claims: [], versions: [], indexStored: true });
    await db.matchIndex.put(record);
    await db.matchChanges.where(':id').below(record.seq).delete();
    endPhase('import:index:store', storing);
    return true;
  }
}

/**
 * Before an import: reads the library's index and starts adding the plan's new claims to it. Resolves
 * once the database was read (the import's transaction would otherwise wait for that read, and the
 * read for the transaction). Undefined when it cannot: the import then leaves the index to the background.
 */
export async function prepareImportIndex(db: RecoupeDb, plan: ImportPlan, start: StartIndexJob = inThisThread): Promise<ImportIndexer | undefined> {
  try {
    const claims = plan.records.claims.map((c): IndexedClaim => ({ id: c.id, status: c.status, statement: c.statement }));
    const versions = plan.records.versions.map((v): IndexedVersion => ({ id: v.id, claimId: v.claimId, outletId: v.outletId, lang: v.lang, quote: v.quote, url: v.url }));
    const job = start(db, { claims, versions });
    await job.ready;
    return new ImportIndex(new Map(claims.map((c) => [c.id, c])), new Map(versions.map((v) => [v.id, v])), job.result);
  } catch (e) {
    console.warn('Recoupe: the import leaves the matching index to the background', e);
    return undefined;
  }
}
