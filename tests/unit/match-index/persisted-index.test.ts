/**
 * The matching index stored in IndexedDB (fake-indexeddb here): what a reader notices is that a
 * restarted background highlights the same sentences without building its index again, and that an
 * edit shows in the very next scan.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type RecoupeDb } from '@/utils/store/db';
import type { RecoupeDocument, Version } from '@/utils/core/model';
import { MatcherService } from '@/utils/store/matcher-service';
import { storedParts, withParts } from '@/utils/store/match-index-store';
import { loadStarterData } from '@/utils/store/starter-data';
import { deleteClaim, setStatus, updateVersion } from '@/utils/store/claim-edits';

const starter = JSON.parse(readFileSync('public/starter-data.json', 'utf8')) as RecoupeDocument;
const page = { url: 'https://example.org/news/', lang: 'en' };
/** Every starter wording, as the paragraphs of one page. */
const blocks = starter.versions.map((v, id) => ({ id, text: v.quote, lang: v.lang }));
const highlights = async (service: MatcherService, b = blocks) =>
  (await service.scan(page, b, 'en')).matches.filter((m) => m.level === 'highlight').map((m) => `${m.blockId}:${m.claimId}:${m.status}`).sort();

let db: RecoupeDb;
let k = 0;
beforeEach(async () => {
  db = openDb(`persisted-index-${k++}`);
  await loadStarterData(db, starter);
});

/** A worker start: a new service over the same database. */
async function restarted(): Promise<MatcherService> {
  return new MatcherService(db, undefined, 0);
}

describe('stored matching index', () => {
  it('a restarted background gives the same highlights without building its index again', async () => {
    const first = new MatcherService(db, undefined, 0);
    const before = await highlights(first);
    expect(before.length).toBeGreaterThan(30);
    await first.flush();
    expect(first.events).toMatchObject({ built: 1, saved: 1 });
    const second = await restarted();
    expect(await highlights(second)).toEqual(before);
    expect(second.events).toMatchObject({ built: 0, loaded: 1 });
  });

  it('shows an edit in the next scan, without a rebuild, and still after a restart', async () => {
    // Edits are stored a minute later: the restart below comes first.
    const service = new MatcherService(db, undefined, 60_000);
    await highlights(service);
    await service.flush();
    const version = (await db.versions.get(starter.versions[0]!.id)) as Version;
    const claim = (await db.claims.get(version.claimId))!;
    // One wording rewritten, a new status, and a deleted claim.
    const sentence = 'The harbour of Tromsø will host forty-two icebreakers from the Arctic Council next winter, officials said.';
    await updateVersion(db, version.id, { quote: sentence, lang: 'en' }, version.updatedAt);
    await setStatus(db, claim.id, { status: 'false', reason: 'Checked' }, 'me', claim.updatedAt);
    const gone = starter.claims.find((c) => c.id !== claim.id)!.id;
    await deleteClaim(db, gone);
    service.invalidate();
    const probe = [{ id: 0, text: sentence, lang: 'en' }];
    const found = (await service.scan(page, probe, 'en')).matches;
    expect(found.map((m) => [m.claimId, m.status])).toContainEqual([claim.id, 'false']);
    const all = await highlights(service);
    expect(all.some((h) => h.includes(`:${gone}:`))).toBe(false);
    expect(all.filter((h) => h.includes(`:${claim.id}:`)).every((h) => h.endsWith(':false'))).toBe(true);
    expect(service.events).toMatchObject({ built: 1, followed: 1 });
    // Stopped before the debounced store: the journal still has the edit.
    service.dispose();
    expect(await db.matchChanges.count()).toBeGreaterThan(0);
    const next = await restarted();
    expect(await highlights(next)).toEqual(all);
    expect((await next.scan(page, probe, 'en')).matches.map((m) => m.claimId)).toContain(claim.id);
    expect(next.events).toMatchObject({ built: 0, loaded: 1, followed: 1 });
  });

  it('shows an edit made after a restart in the next scan, and knows the outlets of stored article URLs', async () => {
    const first = new MatcherService(db, undefined, 0);
    const before = await highlights(first);
    await first.flush();
    const next = await restarted();
    expect(await highlights(next)).toEqual(before);
    expect(next.events).toMatchObject({ built: 0, loaded: 1 });
    // The article a starter version came from: its outlet, read from the stored URL table.
    const known = starter.versions.find((v) => v.url)!;
    expect(await next.outletFor({ url: known.url, lang: 'en' })).toBe(known.outletId);
    expect(await next.outletFor({ url: 'https://nowhere.example/unknown', lang: 'en' })).toBe(await first.outletFor({ url: 'https://nowhere.example/unknown', lang: 'en' }));
    const version = (await db.versions.get(starter.versions[1]!.id)) as Version;
    const claim = (await db.claims.get(version.claimId))!;
    const sentence = 'Customs officers in Tromsø seized 1,284 counterfeit snowmobile parts last month, the agency said.';
    await updateVersion(db, version.id, { quote: sentence, lang: 'en' }, version.updatedAt);
    await setStatus(db, claim.id, { status: 'false', reason: 'Checked' }, 'me', claim.updatedAt);
    next.invalidate();
    const found = (await next.scan(page, [{ id: 0, text: sentence, lang: 'en' }], 'en')).matches;
    expect(found.map((m) => [m.claimId, m.status])).toContainEqual([claim.id, 'false']);
    expect(next.events).toMatchObject({ built: 0, loaded: 1, followed: 1 });
  });

  it('follows writes made while the background was stopped', async () => {
    const first = new MatcherService(db, undefined, 0);
    await highlights(first);
    await first.flush();
    // The library page writes while no worker runs: a claim with one wording.
    const now = new Date().toISOString();
    const quote = 'Volunteers counted 3,517 nesting puffins on the cliffs of Skomer island this spring.';
    await db.claims.put({ ...starter.claims[0]!, id: 'puffins', statement: { en: quote }, createdAt: now, updatedAt: now });
    await db.versions.put({ ...starter.versions[0]!, id: 'puffins-v', claimId: 'puffins', outletId: 'outlet-b', quote, lang: 'en', url: 'https://b.example/puffins' });
    const second = await restarted();
    const found = (await second.scan(page, [{ id: 0, text: `Wardens said ${quote}`, lang: 'en' }], 'en')).matches;
    expect(found.map((m) => m.claimId)).toContain('puffins');
    expect(second.events).toMatchObject({ built: 0, loaded: 1, followed: 1 });
  });

  it('builds again when the stored index was made by another engine', async () => {
    const first = new MatcherService(db, undefined, 0);
    const before = await highlights(first);
    await first.flush();
    await db.matchIndex.update('current', { engine: 'engine 0' });
    const second = await restarted();
    expect(await highlights(second)).toEqual(before);
    expect(second.events.built).toBe(1);
    expect(second.events.stale).toMatch(/engine 0/);
  });

  it('builds again when the stored analysis no longer matches the texts (a forgotten engine bump)', async () => {
    const first = new MatcherService(db, undefined, 0);
    const before = await highlights(first);
    await first.flush();
    const stored = (await db.matchIndex.get('current'))!;
    const parts = await storedParts(stored);
    parts.index.unitStems.reverse();
    await db.matchIndex.put(withParts(stored, parts));
    const second = await restarted();
    expect(await highlights(second)).toEqual(before);
    expect(second.events).toMatchObject({ built: 1, loaded: 0 });
    expect(second.events.stale).toMatch(/analysis changed/);
  });

  it('builds again when the stored weights are not what this code weighs (a retune without a bump)', async () => {
    const first = new MatcherService(db, undefined, 0);
    const before = await highlights(first);
    await first.flush();
    const stored = (await db.matchIndex.get('current'))!;
    const parts = await storedParts(stored);
    parts.index.docDenominator = parts.index.docDenominator.map((x) => x * 1.5);
    await db.matchIndex.put(withParts(stored, parts));
    const second = await restarted();
    expect(await highlights(second)).toEqual(before);
    expect(second.events).toMatchObject({ built: 1, loaded: 0 });
  });

  it('builds again after a table was cleared', async () => {
    const service = new MatcherService(db, undefined, 0);
    expect((await highlights(service)).length).toBeGreaterThan(0);
    await db.versions.clear();
    service.invalidate();
    const statementsOnly = await highlights(service);
    expect(service.events.built).toBe(2);
    expect(statementsOnly.length).toBeLessThan(blocks.length);
  });

  it('builds again at start when claims were written without Dexie (no journal row)', async () => {
    const first = new MatcherService(db, undefined, 0);
    await highlights(first);
    await first.flush();
    const quote = 'Volunteers counted 3,517 nesting puffins on the cliffs of Skomer island this spring.';
    const now = new Date().toISOString();
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(db.name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = raw.transaction(['claims', 'versions'], 'readwrite');
    tx.objectStore('claims').put({ ...starter.claims[0]!, id: 'puffins', statement: { en: quote }, createdAt: now, updatedAt: now });
    tx.objectStore('versions').put({ ...starter.versions[0]!, id: 'puffins-v', claimId: 'puffins', outletId: 'outlet-b', quote, lang: 'en' });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    raw.close();
    const second = await restarted();
    expect((await second.scan(page, [{ id: 0, text: quote, lang: 'en' }], 'en')).matches.map((m) => m.claimId)).toContain('puffins');
    expect(second.events).toMatchObject({ loaded: 1, built: 1 });
  });
});
