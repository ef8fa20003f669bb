/**
 * The check a restarted background makes on its stored index (a forgotten engine bump): the stored
 * record carries a spread of documents as text (engine-version.ts), analysed again while the index
 * itself is read. A reader notices only that highlights stay right: an index whose analysis no
 * longer matches is built again before the first scan, and an index stored before the samples were
 * is still loaded and checked.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type RecoupeDb } from '@/utils/store/db';
import type { RecoupeDocument } from '@/utils/core/model';
import { MatcherService } from '@/utils/store/matcher-service';
import { loadSnapshot, storedParts, withParts } from '@/utils/store/match-index-store';
import { loadStarterData } from '@/utils/store/starter-data';

const starter = JSON.parse(readFileSync('public/starter-data.json', 'utf8')) as RecoupeDocument;
const page = { url: 'https://example.org/news/', lang: 'en' };
const blocks = starter.versions.map((v, id) => ({ id, text: v.quote, lang: v.lang }));
const highlights = async (service: MatcherService) =>
  (await service.scan(page, blocks, 'en')).matches.filter((m) => m.level === 'highlight').map((m) => `${m.blockId}:${m.claimId}`).sort();

let db: RecoupeDb;
let k = 0;
let before: string[];
beforeEach(async () => {
  db = openDb(`load-check-${k++}`);
  await loadStarterData(db, starter);
  const first = new MatcherService(db, undefined, 0);
  before = await highlights(first);
  await first.flush();
});

const restarted = () => new MatcherService(db, undefined, 0);

describe("the stored index's load check", () => {
  it('stores a spread of documents as text beside the index', async () => {
    const record = (await db.matchIndex.get('current'))!;
    expect(record.samples!.length).toBeGreaterThan(10);
    const sample = record.samples![0]!;
    expect(sample.text.length).toBeGreaterThan(0);
    expect(sample.stems.length).toBe(sample.entities.length);
  });

  it("takes the samples' texts from the record, reading no stored text before a scan explains a match", async () => {
    const record = (await db.matchIndex.get('current'))!;
    const slice = vi.spyOn(Blob.prototype, 'slice');
    try {
      const loaded = await loadSnapshot(db);
      expect(slice).not.toHaveBeenCalled();
      if (!('snapshot' in loaded)) throw new Error(loaded.stale);
      // The texts the check and an explanation read are the stored ones.
      const stored = (await storedParts(record)).index.docText as { bytes: Uint8Array; ends: Uint32Array };
      const docs = loaded.snapshot.matcher.claimIndex.docs;
      for (const { d } of record.samples!) expect(docs.at(d)!.text).toBe(new TextDecoder().decode(stored.bytes.subarray(d ? stored.ends[d - 1] : 0, stored.ends[d])));
    } finally {
      slice.mockRestore();
    }
    expect(await highlights(restarted())).toEqual(before);
  });

  it("reads a sample's text from the stored texts when the record places it elsewhere", async () => {
    const record = (await db.matchIndex.get('current'))!;
    const sampleRanges = record.sampleRanges!.map((x, i) => (i === 6 ? x + 1 : x));
    await db.matchIndex.put({ ...record, sampleRanges });
    const second = restarted();
    expect(await highlights(second)).toEqual(before);
    expect(second.events).toMatchObject({ built: 0, loaded: 1 });
  });

  it('builds again when the samples no longer analyse as stored (a changed stemmer or stop list)', async () => {
    const record = (await db.matchIndex.get('current'))!;
    const samples = record.samples!.map((s, i) => (i === 3 ? { ...s, stems: s.stems.map((stem, j) => (j === 0 ? `${stem}x` : stem)) } : s));
    await db.matchIndex.put({ ...record, samples });
    const second = restarted();
    expect(await highlights(second)).toEqual(before);
    expect(second.events).toMatchObject({ built: 1, loaded: 0 });
    expect(second.events.stale).toMatch(/analysis changed/);
  });

  it('builds again when the index does not hold what its samples say', async () => {
    const record = (await db.matchIndex.get('current'))!;
    const samples = record.samples!.map((s, i) => (i === 5 ? { ...s, figures: [...s.figures, 'n:42'] } : s));
    await db.matchIndex.put({ ...record, samples });
    const second = restarted();
    expect(await highlights(second)).toEqual(before);
    expect(second.events).toMatchObject({ built: 1, loaded: 0 });
  });

  it('loads an index stored without samples, and checks it after the read', async () => {
    const { samples: _samples, ...older } = (await db.matchIndex.get('current'))!;
    await db.matchIndex.put(older);
    const second = restarted();
    expect(await highlights(second)).toEqual(before);
    expect(second.events).toMatchObject({ built: 0, loaded: 1 });

    const parts = await storedParts(older);
    parts.index.unitStems.reverse();
    await db.matchIndex.put(withParts(older, parts));
    const third = restarted();
    expect(await highlights(third)).toEqual(before);
    expect(third.events).toMatchObject({ built: 1, loaded: 0 });
    expect(third.events.stale).toMatch(/analysis changed/);
  });
});
