import type { RecoupeDb } from '@/utils/store/db';
import type { Status } from '@/utils/core/statuses';
import { ClaimMatcher } from '@/utils/core/matching';
import { analysisUnchanged, engineStamp, sampledLanguages } from '@/utils/core/matching/engine-version';
import { ensureLanguages } from '@/utils/core/language/language-data';
import { deserialiseIndex, packStrings, serialiseIndex, unpackStrings } from '@/utils/core/matching/serialise-index';
import type { StoredMatchIndex } from '@/utils/store/match-index-record';
import { langsOf, type ClaimInfo, type Snapshot } from '@/utils/store/matcher-snapshot';

/**
 * The matching index kept in the extension's IndexedDB (table `matchIndex`, one record), so that a
 * restarted service worker scans without analysing every text again. Written after a build and,
 * debounced, after edits (matcher-service.ts); the journal rows it reflects are deleted with it.
 */

const KEY = 'current';

export function storedForm(snap: Snapshot): StoredMatchIndex {
  const index = snap.matcher.claimIndex;
  const info = index.claimIds.map((id) => snap.claims.get(id) ?? { status: 'unverified' as Status, statement: {} });
  return {
    key: KEY,
    engine: engineStamp(),
    seq: snap.seq,
    savedAt: new Date().toISOString(),
    index: serialiseIndex(index),
    statuses: packStrings(info.map((c) => c.status)),
    statements: JSON.stringify(info.map((c) => c.statement)),
    outletUrls: packStrings([...snap.outletByUrl.keys()]),
    urlOutlets: packStrings([...snap.outletByUrl.values()]),
  };
}

/** Stores the snapshot's index, and forgets the journal rows it reflects. */
export async function saveSnapshot(db: RecoupeDb, snap: Snapshot): Promise<void> {
  const record = storedForm(snap);
  await db.transaction('rw', [db.matchIndex, db.matchChanges], async () => {
    await db.matchIndex.put(record);
    await db.matchChanges.where(':id').belowOrEqual(snap.seq).delete();
  });
}

export type StoredLoad = ({ snapshot: Snapshot } | { stale: string }) & { timings: { readMs: number; decodeMs: number } };

/** The stored snapshot, or why there is none to use (absent, another engine, analysis changed). */
export async function loadSnapshot(db: RecoupeDb): Promise<StoredLoad> {
  const t0 = performance.now();
  const timings = { readMs: 0, decodeMs: 0 };
  const result = await readSnapshot(db, () => {
    timings.readMs = Math.round(performance.now() - t0);
  });
  timings.decodeMs = Math.round(performance.now() - t0) - timings.readMs;
  return { ...result, timings };
}

async function readSnapshot(db: RecoupeDb, read: () => void): Promise<{ snapshot: Snapshot } | { stale: string }> {
  const [record, outlets] = await db.transaction('r', [db.matchIndex, db.outlets], () => Promise.all([db.matchIndex.get(KEY), db.outlets.toArray()]));
  read();
  if (!record) return { stale: 'no stored index' };
  if (record.engine !== engineStamp()) return { stale: `stored by ${record.engine}, this is ${engineStamp()}` };
  let index;
  try {
    index = deserialiseIndex(record.index);
  } catch (e) {
    return { stale: `unreadable: ${(e as Error).message}` };
  }
  // Only the sampled documents' languages: a scan loads the page's own.
  await ensureLanguages(sampledLanguages(index));
  if (!analysisUnchanged(index)) return { stale: 'text analysis changed since it was stored' };
  const statuses = unpackStrings(record.statuses);
  const statements = JSON.parse(record.statements) as Record<string, string>[];
  const claims = new Map<string, ClaimInfo>(index.claimIds.map((id, i) => [id, { status: statuses[i] as Status, statement: statements[i]! }]));
  const urls = unpackStrings(record.outletUrls);
  const urlOutlets = unpackStrings(record.urlOutlets);
  return {
    snapshot: {
      matcher: ClaimMatcher.fromIndex(index),
      claims,
      outlets,
      outletByUrl: new Map(urls.map((u, i) => [u, urlOutlets[i]!])),
      langs: langsOf(index),
      seq: record.seq,
    },
  };
}
