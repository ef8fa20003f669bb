/**
 * An import through the library page stores the matching index of the whole library with its
 * writes: what a reader notices is that the first page after the import highlights an imported
 * claim without the background analysing every text again, and that a failed import changes
 * nothing, the stored index included.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type RecoupeDb } from '@/utils/store/db';
import type { Claim, RecoupeDocument, Version } from '@/utils/core/model';
import { exportRecoupeJson } from '@/utils/core/formats/export-recoupe-json';
import { parseImport } from '@/utils/core/import/parse-import';
import { planImport, type ImportPlan } from '@/utils/store/import/plan-import';
import { applyImport } from '@/utils/store/import/apply-import';
import { prepareImportIndex } from '@/utils/store/import/import-index';
import { MatcherService } from '@/utils/store/matcher-service';
import { storedParts } from '@/utils/store/match-index-store';
import { loadStarterData } from '@/utils/store/starter-data';
import { setStatus } from '@/utils/store/claim-edits';
import Dexie from 'dexie';
import { indexStoredWithData, onlyIndexStored } from '@/utils/store/match-changes';

const starter = JSON.parse(readFileSync('public/starter-data.json', 'utf8')) as RecoupeDocument;
const page = { url: 'https://example.org/news/', lang: 'en' };
const T0 = '2025-03-01T00:00:00.000Z';
const ICEBREAKERS = 'The harbour of Tromsø will host forty-two icebreakers from the Arctic Council next winter, officials said.';
const LIGHTHOUSE = 'A lighthouse keeper in Brittany counted nine hundred seals on the rocks of Ouessant during one single tide.';

function claim(id: string, text: string): Claim {
  return {
    id, statement: { en: text }, status: 'false', statusReason: 'Checked', statusDate: T0,
    statusHistory: [{ status: 'false', reason: 'Checked', date: T0, by: 'desk' }], tags: [], origin: 'import', createdAt: T0, updatedAt: T0,
  };
}

function version(id: string, claimId: string, quote: string): Version {
  const outletId = starter.outlets[0]!.id;
  return {
    id, claimId, outletId, url: `https://news.example/${id}`, title: id, publishedAt: '2025-02-27', quote, lang: 'en',
    figures: [], places: [], attributions: [], dates: [], factsExtracted: true, origin: 'import', createdAt: T0, updatedAt: T0,
  };
}

/** A file with two new claims, and a new wording of a starter claim. */
async function plan(db: RecoupeDb): Promise<ImportPlan> {
  const known = starter.versions[0]!;
  const parsed = parseImport(
    exportRecoupeJson({
      outlets: [],
      claims: [claim('icebreakers', 'Tromsø will host forty-two Arctic Council icebreakers'), claim('seals', 'Nine hundred seals counted at Ouessant in one tide')],
      versions: [version('icebreakers-v', 'icebreakers', ICEBREAKERS), version('seals-v', 'seals', LIGHTHOUSE), version('starter-extra', known.claimId, `${known.quote} Officials repeated it on Monday.`)],
      annotations: [],
    }),
    { fileName: 'import.json' },
  );
  if (!parsed.ok) throw new Error(parsed.error.message);
  return planImport(db, parsed.value);
}

const probe = [ICEBREAKERS, LIGHTHOUSE, ...starter.versions.slice(0, 40).map((v) => v.quote)].map((text, id) => ({ id, text, lang: 'en' }));
const highlights = async (service: MatcherService) =>
  (await service.scan(page, probe, 'en')).matches.filter((m) => m.level === 'highlight').map((m) => `${m.blockId}:${m.claimId}:${m.status}`).sort();
const stored = (db: RecoupeDb) => db.matchIndex.get('current');

let db: RecoupeDb;
let k = 0;
beforeEach(async () => {
  db = openDb(`import-index-${k++}`);
  await loadStarterData(db, starter);
});

describe('the matching index stored by an import', () => {
  it('is there when the import is done: a running background and a restarted one load it, and highlight the imported claims as a rebuild does', async () => {
    const running = new MatcherService(db, undefined, 0);
    await highlights(running);
    await running.flush();
    const p = await plan(db);
    const result = await applyImport(db, p, { indexer: await prepareImportIndex(db, p) });
    expect(result.ok).toBe(true);
    const record = (await stored(db))!;
    expect(record.claims).toBe(await db.claims.count());
    expect((await storedParts(record)).statuses.ends.length).toBe(await db.claims.count());
    // Nothing left to follow: the import's journal rows went with its index.
    expect(await db.matchChanges.where(':id').above(record.seq).count()).toBe(0);

    running.invalidate();
    const afterImport = await highlights(running);
    expect(afterImport).toContain('0:icebreakers:false');
    expect(afterImport).toContain('1:seals:false');
    expect(running.events).toMatchObject({ built: 1, loaded: 1 });

    const restarted = new MatcherService(db, undefined, 0);
    expect(await highlights(restarted)).toEqual(afterImport);
    expect(restarted.events).toMatchObject({ built: 0, loaded: 1, followed: 0 });
    const rebuilt = new MatcherService(db, undefined, 0);
    rebuilt.rebuild();
    await rebuilt.flush().catch(() => undefined);
    await db.matchIndex.clear();
    expect(await highlights(new MatcherService(db, undefined, 0))).toEqual(afterImport);
  });

  it('a background index behind it is not stored over it', async () => {
    const running = new MatcherService(db, undefined, 60_000);
    await highlights(running);
    await running.flush();
    // An edit the running background follows, and would store a minute later.
    const edited = starter.claims[1]!;
    await setStatus(db, edited.id, { status: 'confirmed', reason: 'Checked again' }, 'me', (await db.claims.get(edited.id))!.updatedAt);
    running.invalidate();
    await highlights(running);
    const p = await plan(db);
    expect((await applyImport(db, p, { indexer: await prepareImportIndex(db, p) })).ok).toBe(true);
    const record = (await stored(db))!;
    // The running background's pending store comes after the import: it does not replace the import's index.
    await running.flush();
    expect((await stored(db))!.savedAt).toBe(record.savedAt);
    expect(await highlights(new MatcherService(db, undefined, 0))).toContain('0:icebreakers:false');
  });

  it('a failed import leaves the stored index as it was', async () => {
    const first = new MatcherService(db, undefined, 0);
    const before = await highlights(first);
    await first.flush();
    const record = (await stored(db))!;
    const p = await plan(db);
    const result = await applyImport(db, p, {
      indexer: await prepareImportIndex(db, p),
      after: async () => {
        throw new Error('disk full');
      },
    });
    expect(result.ok).toBe(false);
    const now = (await stored(db))!;
    expect([now.savedAt, now.seq]).toEqual([record.savedAt, record.seq]);
    expect(await db.matchChanges.filter((r) => r.indexStored === true).count()).toBe(0);
    const restarted = new MatcherService(db, undefined, 0);
    expect(await highlights(restarted)).toEqual(before);
    expect(restarted.events).toMatchObject({ built: 0, loaded: 1 });
  });

  it('tells a running background, by the change event of its writes, that the index can be loaded now; an edit or the index stored alone does not', async () => {
    /** The parts of the `storagemutated` events that `write` causes. */
    const changedBy = async (write: () => Promise<unknown>): Promise<Record<string, unknown>> => {
      let parts: Record<string, unknown> = {};
      const listener = (p: Record<string, unknown>) => void (parts = { ...parts, ...p });
      Dexie.on('storagemutated', listener);
      await write();
      await new Promise((r) => setTimeout(r, 50));
      Dexie.on('storagemutated').unsubscribe(listener);
      return parts;
    };
    const running = new MatcherService(db, undefined, 0);
    await highlights(running);
    const saved = await changedBy(() => running.flush());
    expect([onlyIndexStored(saved), indexStoredWithData(saved)]).toEqual([true, false]);
    const edited = starter.claims[1]!;
    const edit = await changedBy(() => setStatus(db, edited.id, { status: 'confirmed', reason: 'Checked again' }, 'me', edited.updatedAt));
    expect([onlyIndexStored(edit), indexStoredWithData(edit)]).toEqual([false, false]);
    const p = await plan(db);
    const indexer = await prepareImportIndex(db, p);
    const imported = await changedBy(() => applyImport(db, p, { indexer }));
    expect((await stored(db))!.claims).toBe(await db.claims.count());
    expect([onlyIndexStored(imported), indexStoredWithData(imported)]).toEqual([false, true]);
  });

  it('is left to the background when the library changed between the preview and the import', async () => {
    const first = new MatcherService(db, undefined, 0);
    await highlights(first);
    await first.flush();
    const record = (await stored(db))!;
    const p = await plan(db);
    const indexer = await prepareImportIndex(db, p);
    // Written after the index was prepared, before the import: the prepared index does not know it.
    const edited = starter.claims[2]!;
    await setStatus(db, edited.id, { status: 'confirmed', reason: 'Checked again' }, 'me', (await db.claims.get(edited.id))!.updatedAt);
    expect((await applyImport(db, p, { indexer })).ok).toBe(true);
    expect((await stored(db))!.savedAt).toBe(record.savedAt);
    const restarted = new MatcherService(db, undefined, 0);
    const found = await highlights(restarted);
    expect(found).toContain('0:icebreakers:false');
    // The edit and the import followed from the journal, as before this work.
    expect(restarted.events).toMatchObject({ loaded: 1, followed: 1 });
    const edit = starter.versions.findIndex((v) => v.claimId === edited.id);
    if (edit >= 0 && edit < 40) expect(found.filter((m) => m.includes(`:${edited.id}:`)).every((m) => m.endsWith(':confirmed'))).toBe(true);
  });
});
