import type { RecoupeDb } from '@/utils/store/db';
import { ClaimMatcher } from '@/utils/core/matching';
import { analysisUnchanged, engineStamp, sampledLanguages } from '@/utils/core/matching/engine-version';
import { ensureLanguages } from '@/utils/core/language/language-data';
import { deserialiseIndex, serialiseIndex } from '@/utils/core/matching/serialise-index';
import { codedColumn } from '@/utils/core/matching/claim-index';
import { packClaims, packUrls, StoredClaims, StoredUrls } from '@/utils/store/snapshot-tables';
import type { StoredMatchIndex } from '@/utils/store/match-index-record';
import { langsOf, type Snapshot } from '@/utils/store/matcher-snapshot';

/**
 * The matching index kept in the extension's IndexedDB (table `matchIndex`, one record), so that a
 * restarted service worker scans without analysing every text again. Written after a build and,
 * debounced, after edits (matcher-service.ts); the journal rows it reflects are deleted with it.
 */

const KEY = 'current';

export function storedForm(snap: Snapshot): StoredMatchIndex {
  const index = snap.matcher.claimIndex;
  const urls = packUrls(snap.outletByUrl);
  return {
    key: KEY,
    engine: engineStamp(),
    seq: snap.seq,
    savedAt: new Date().toISOString(),
    index: serialiseIndex(index),
    ...packClaims(index.claimIds, (id) => snap.claims.get(id)),
    outletUrls: urls.urls,
    urlOutlets: codedColumn(urls.outlets),
  };
}

/**
 * Stores the snapshot's index, and forgets the journal rows it reflects. Not over a newer one that an
 * import stored (its marker row is after this snapshot's): the rows that index reflects are gone, so
 * this one would hide them. Resolves whether it was stored.
 */
export async function saveSnapshot(db: RecoupeDb, snap: Snapshot): Promise<boolean> {
  const record = storedForm(snap);
  return db.transaction('rw', [db.matchIndex, db.matchChanges], async () => {
    const newer = await db.matchChanges.where(':id').above(snap.seq).filter((r) => r.indexStored === true).count();
    if (newer > 0) return false;
    await db.matchIndex.put(record);
    await db.matchChanges.where(':id').belowOrEqual(snap.seq).delete();
    return true;
  });
}

/** Milliseconds: reading the record, then decoding it, of which the index itself and the analysis check. */
export interface LoadTimings {
  readMs: number;
  decodeMs: number;
  indexMs: number;
  checkMs: number;
}
export type StoredLoad = ({ snapshot: Snapshot } | { stale: string }) & { timings: LoadTimings };

/** The stored snapshot, or why there is none to use (absent, another engine, analysis changed). */
export async function loadSnapshot(db: RecoupeDb): Promise<StoredLoad> {
  const t0 = performance.now();
  const timings = { readMs: 0, decodeMs: 0, indexMs: 0, checkMs: 0 };
  let t = t0;
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - t);
    t = now;
    return ms;
  };
  const result = await readSnapshot(db, {
    read: () => void (timings.readMs = lap()),
    index: () => void (timings.indexMs = lap()),
    check: () => void (timings.checkMs = lap()),
  });
  timings.decodeMs = Math.round(performance.now() - t0) - timings.readMs;
  return { ...result, timings };
}

async function readSnapshot(db: RecoupeDb, mark: Record<'read' | 'index' | 'check', () => void>): Promise<{ snapshot: Snapshot } | { stale: string }> {
  const [record, outlets] = await db.transaction('r', [db.matchIndex, db.outlets], () => Promise.all([db.matchIndex.get(KEY), db.outlets.toArray()]));
  mark.read();
  if (!record) return { stale: 'no stored index' };
  if (record.engine !== engineStamp()) return { stale: `stored by ${record.engine}, this is ${engineStamp()}` };
  let index;
  try {
    index = deserialiseIndex(record.index);
  } catch (e) {
    return { stale: `unreadable: ${(e as Error).message}` };
  }
  mark.index();
  // Only the sampled documents' languages: a scan loads the page's own.
  await ensureLanguages(sampledLanguages(index));
  if (!analysisUnchanged(index)) return { stale: 'text analysis changed since it was stored' };
  mark.check();
  return {
    snapshot: {
      matcher: ClaimMatcher.fromIndex(index),
      claims: new StoredClaims(index.claimIds, record.statuses, record.statements),
      outlets,
      outletByUrl: new StoredUrls(record.outletUrls, record.urlOutlets),
      langs: langsOf(index),
      seq: record.seq,
    },
  };
}
