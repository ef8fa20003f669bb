import type { RecoupeDb } from '@/utils/store/db';
import { ClaimMatcher } from '@/utils/core/matching';
import { analysisSamples, analysisUnchanged, engineStamp, indexHoldsSamples, sampledLanguages, samplesAnalysedAlike, type AnalysisSample } from '@/utils/core/matching/engine-version';
import { ensureLanguages } from '@/utils/core/language/language-data';
import { deserialiseIndex, serialiseIndex } from '@/utils/core/matching/serialise-index';
import { codedColumn, type ClaimIndex } from '@/utils/core/matching/claim-index';
import { packClaims, packUrls, StoredClaims, StoredUrls } from '@/utils/store/snapshot-tables';
import type { StoredIndexParts, StoredMatchIndex } from '@/utils/store/match-index-record';
import { fromColumns, toColumns } from '@/utils/store/blob-columns';
import { BlobTexts, rangesOf, splitTexts } from '@/utils/store/blob-texts';
import type { PackedText } from '@/utils/core/matching/packed-text';
import { langsOf, type Snapshot } from '@/utils/store/matcher-snapshot';
import { markStart } from '@/utils/core/start-marks';

/**
 * The matching index kept in the extension's IndexedDB (table `matchIndex`, one record), so that a
 * restarted service worker scans without analysing every text again. Written after a build and,
 * debounced, after edits (matcher-service.ts); the journal rows it reflects are deleted with it.
 */

const KEY = 'current';

/**
 * Bump when the record's layout changes (not the index's: SERIALISED_FORMAT): a record of another
 * layout is rebuilt once. 2: arrays and long strings in one Blob (blob-columns.ts); 3: the
 * documents' texts in a Blob of their own, read when asked for (blob-texts.ts), and so the
 * known article URLs (snapshot-tables.ts); 4: and so the claims' statements.
 */
export const RECORD_FORMAT = 4;
const recordStamp = () => `${engineStamp()}, record ${RECORD_FORMAT}`;

/** The record to store. A loaded index's texts are read first (storing writes them all). */
export async function storedForm(snap: Snapshot): Promise<StoredMatchIndex> {
  const index = snap.matcher.claimIndex;
  await Promise.all([index.docs.readTexts?.(), snap.outletByUrl.prepare?.(), snap.claims.prepare?.()]);
  const urls = packUrls(snap.outletByUrl);
  const parts: StoredIndexParts = {
    index: serialiseIndex(index),
    ...packClaims(index.claimIds, (id) => snap.claims.get(id)),
    outletUrls: urls.urls,
    urlOutlets: codedColumn(urls.outlets),
    urlFirsts: urls.firsts,
  };
  const samples = analysisSamples(index);
  const columns = recordColumns(parts);
  const { docText } = parts.index;
  const sampleRanges = columns.texts && 'bytes' in docText ? rangesOf(docText.ends, samples.map((s) => s.d)) : undefined;
  return { key: KEY, engine: recordStamp(), seq: snap.seq, savedAt: new Date().toISOString(), claims: index.claimIds.length, langs: snap.langs, samples, sampleRanges, ...columns };
}

/** `parts` as the record's columns, the documents' texts, the URLs and the statements in Blobs of their own. */
function recordColumns(parts: StoredIndexParts): Pick<StoredMatchIndex, 'shape' | 'columns' | 'texts' | 'urlTexts' | 'statementTexts'> {
  const texts = splitTexts(parts.index.docText as PackedText);
  const urls = splitTexts(parts.outletUrls as PackedText);
  const statements = splitTexts(parts.statements as PackedText);
  const blob = (bytes: Uint8Array | undefined) => bytes && new Blob([bytes as BlobPart]);
  const columns = toColumns({ ...parts, index: { ...parts.index, docText: texts.kept }, outletUrls: urls.kept, statements: statements.kept });
  return { ...columns, texts: blob(texts.bytes), urlTexts: blob(urls.bytes), statementTexts: blob(statements.bytes) };
}

/** The units' term ids, read as stored (8 or 16 bits) rather than widened: IdColumn. */
const AS_STORED = new Set(['unitStems', 'unitEntities']);

/** The record's columns; the documents' texts left in their Blob (BlobTexts), or read with the rest (`readAll`). */
async function readColumns(record: StoredMatchIndex, readAll = false): Promise<StoredIndexParts> {
  const parts = await fromColumns<StoredIndexParts>(record, AS_STORED);
  const deferred = async (blob: Blob, { ends }: { ends: Uint32Array }) => (readAll ? { bytes: new Uint8Array(await blob.arrayBuffer()), ends } : new BlobTexts(ends, blob));
  if (record.texts) parts.index.docText = await deferred(record.texts, parts.index.docText);
  if (record.urlTexts) parts.outletUrls = await deferred(record.urlTexts, parts.outletUrls);
  if (record.statementTexts) parts.statements = await deferred(record.statementTexts, parts.statements);
  return parts;
}

/** The parts of a stored record, decoded, texts included (tests change them to check what a load does). */
export const storedParts = (record: StoredMatchIndex): Promise<StoredIndexParts> => readColumns(record, true);

/** A record holding `parts` in place of the record's own. */
export const withParts = (record: StoredMatchIndex, parts: StoredIndexParts): StoredMatchIndex => ({ ...record, ...recordColumns(parts) });

/**
 * Stores the snapshot's index, and forgets the journal rows it reflects. Not over a newer one that an
 * import stored (its marker row is after this snapshot's): the rows that index reflects are gone, so
 * this one would hide them. Resolves whether it was stored.
 */
export async function saveSnapshot(db: RecoupeDb, snap: Snapshot): Promise<boolean> {
  const record = await storedForm(snap);
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
/** `whileReading` is called with the stored index's languages while its bytes are read (index-warmup.ts). */
export async function loadSnapshot(db: RecoupeDb, whileReading?: (langs: readonly string[]) => void | Promise<void>): Promise<StoredLoad> {
  const t0 = performance.now();
  const timings = { readMs: 0, decodeMs: 0, indexMs: 0, checkMs: 0 };
  let t = t0;
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - t);
    t = now;
    return ms;
  };
  const result = await readSnapshot(db, whileReading, {
    read: () => void (timings.readMs = lap()),
    index: () => void (timings.indexMs = lap()),
    check: () => void (timings.checkMs = lap()),
  });
  timings.decodeMs = Math.round(performance.now() - t0) - timings.readMs;
  return { ...result, timings };
}

/** Whether analysing the samples' texts again gives what they hold (their languages loaded first). */
async function analysedAlike(samples: readonly AnalysisSample[]): Promise<boolean> {
  await ensureLanguages(new Set(samples.map((s) => s.lang)));
  const alike = samplesAnalysedAlike(samples);
  markStart('samplesAnalysed');
  return alike;
}

/** The whole check on the index itself, for a record stored without samples (tests). */
async function analysisUnchangedAfterRead(index: ClaimIndex): Promise<boolean> {
  // Only the sampled documents' languages: a scan loads the page's own.
  await Promise.all([ensureLanguages(sampledLanguages(index)), index.docs.readTexts?.()]);
  return analysisUnchanged(index);
}

async function readSnapshot(db: RecoupeDb, whileReading: ((langs: readonly string[]) => void | Promise<void>) | undefined, mark: Record<'read' | 'index' | 'check', () => void>): Promise<{ snapshot: Snapshot } | { stale: string }> {
  markStart('readStart');
  const [record, outlets] = await db.transaction('r', [db.matchIndex, db.outlets], () => Promise.all([db.matchIndex.get(KEY), db.outlets.toArray()]));
  markStart('readRecord');
  if (!record || record.engine !== recordStamp()) {
    mark.read();
    return { stale: record ? `stored by ${record.engine}, this is ${recordStamp()}` : 'no stored index' };
  }
  let index;
  let parts: StoredIndexParts;
  let analysed: Promise<boolean> | undefined;
  let samplesRead: Promise<void> | undefined;
  let languages: Promise<void> | undefined;
  try {
    const reading = readColumns(record);
    // Not awaited: it starts with the read (it catches its own errors). The read and this work share
    // the worker's one thread (index-warmup.ts): what this saves is the waits between them.
    void whileReading?.(record.langs ?? []);
    // The analysis half of the check while the Blob is read, after the read and the warm-up's
    // requests have started: loading a stemmer blocks the thread (importScripts).
    analysed = record.samples && analysedAlike(record.samples);
    analysed?.catch(() => undefined);
    // The stemmers of every language the index holds, whether checked or not: a scan that explains a
    // match analyses its wording, in the wording's language (the samples may not hold them all).
    languages = ensureLanguages(record.langs ?? []);
    languages.catch(() => undefined);
    // Its stemmers load by importScripts, from the install cache, holding the thread until they have
    // come: after background.js and the stemmers before them only (cacheScriptsAtInstall), 15-179 ms
    // at 100,000 versions in the browser bench (200-260 ms at 10,000 while 8 MB of word lists came first).
    markStart('checkStarted');
    parts = await reading;
    mark.read();
    markStart('readDone');
    // The check reads the samples' documents' texts: the record carries them (storedForm wrote both from
    // one index), so those whose place in the texts' Blob agrees are taken from it, not sliced from the Blob.
    const { docText } = parts.index;
    const samples = record.samples ?? [];
    const ranges = record.sampleRanges;
    const unread = docText instanceof BlobTexts && ranges ? samples.filter((s, k) => !docText.adopt(s.d, ranges[2 * k]!, s.text)) : samples;
    if (unread.length && 'read' in docText) samplesRead = docText.read(unread.map((s) => s.d));
    samplesRead?.catch(() => undefined);
    index = deserialiseIndex(parts.index);
  } catch (e) {
    return { stale: `unreadable: ${(e as Error).message}` };
  }
  mark.index();
  markStart('deserialised');
  try {
    await samplesRead;
  } catch (e) {
    return { stale: `texts unreadable: ${(e as Error).message}` };
  }
  markStart('samplesRead');
  try {
    await languages;
  } catch (e) {
    return { stale: `language data unreadable: ${(e as Error).message}` };
  }
  const unchanged = analysed ? (await analysed) && indexHoldsSamples(index, record.samples!) : await analysisUnchangedAfterRead(index);
  if (!unchanged) return { stale: 'text analysis changed since it was stored' };
  mark.check();
  markStart('checked');
  return {
    snapshot: {
      matcher: ClaimMatcher.fromIndex(index),
      claims: new StoredClaims(index.claimIds, parts.statuses, parts.statements),
      outlets,
      outletByUrl: new StoredUrls(parts.outletUrls, parts.urlOutlets, parts.urlFirsts),
      langs: langsOf(index),
      seq: record.seq,
    },
  };
}
