import { describe, expect, it } from 'vitest';
import { deleteClaim, mergeClaims, setStatus, undoDelete, updateClaim, updateOutlet, updateVersion } from '@/utils/store/claim-edits';
import { queryClaims } from '@/utils/store/library-query';
import { annotation, claim, freshDb, outlet, version } from './library-fixtures';

describe('setStatus', () => {
  it('drops the fact-checker’s published label, which explained the status it came with, and the exports stop writing it', async () => {
    const { exportClaimReview } = await import('@/utils/core/formats/export-claimreview');
    const db = freshDb();
    await db.claims.put({ ...claim('c1'), status: 'false', ratingLabel: 'Pants on Fire!' });
    const review = (c: Parameters<typeof exportClaimReview>[0]['claims'][number]) =>
      JSON.parse(exportClaimReview({ claims: [c], versions: [], outlets: [], annotations: [] }, { settings: { reviewerName: 'Desk', reviewerUrl: 'https://desk.example/' } }))['@graph'][0].reviewRating;
    // Imported and not changed here: the fact-checker's words go out as they came in.
    expect(review((await db.claims.get('c1'))!).alternateName).toBe('Pants on Fire!');
    await setStatus(db, 'c1', { status: 'misleading', reason: 'Context added' }, 'Alice', '2026-01-01T00:00:00.000Z');
    const stored = (await db.claims.get('c1'))!;
    expect('ratingLabel' in stored).toBe(false);
    expect(review(stored).alternateName).not.toBe('Pants on Fire!');
  });

  it('appends to the history and makes the change the current status', async () => {
    const db = freshDb();
    await db.claims.put(claim('c1'));
    const result = await setStatus(
      db,
      'c1',
      { status: 'false', reason: 'Ministry denied it', evidence: ['https://example.org/denial', ' '], note: 'Called the press office' },
      'Alice',
      '2026-01-01T00:00:00.000Z',
    );
    expect(result.ok).toBe(true);
    const stored = (await db.claims.get('c1'))!;
    expect(stored.status).toBe('false');
    expect(stored.statusReason).toBe('Ministry denied it');
    expect(stored.statusHistory).toHaveLength(2);
    expect(stored.statusHistory[0].status).toBe('unverified');
    expect(stored.statusHistory[1]).toMatchObject({
      status: 'false',
      reason: 'Ministry denied it',
      by: 'Alice',
      evidence: ['https://example.org/denial'],
      note: 'Called the press office',
    });
    expect(stored.statusDate).toBe(stored.statusHistory[1].date);
    expect(stored.userModified).toBe(true);
    expect(stored.updatedAt > '2026-01-01T00:00:00.000Z').toBe(true);
  });
});

describe('concurrent edits', () => {
  it('reports a conflict with both values instead of overwriting the other tab’s edit', async () => {
    const db = freshDb();
    await db.claims.put(claim('c1', { statement: { en: 'Original' } }));
    const base = (await db.claims.get('c1'))!.updatedAt;
    // Tab A and tab B both opened the form on the same record.
    const a = await updateClaim(db, 'c1', { statement: { en: 'Edited in tab A' } }, base);
    expect(a.ok).toBe(true);
    const b = await updateClaim(db, 'c1', { statement: { en: 'Edited in tab B' } }, base);
    expect(b).toMatchObject({ ok: false, reason: 'conflict' });
    if (b.ok || b.reason !== 'conflict') throw new Error('expected a conflict');
    expect(b.stored.statement.en).toBe('Edited in tab A');
    expect(b.attempted.statement?.en).toBe('Edited in tab B');
    expect((await db.claims.get('c1'))!.statement.en).toBe('Edited in tab A');
    // Tab B chooses to overwrite, from the value it has now seen.
    const again = await updateClaim(db, 'c1', { statement: { en: 'Edited in tab B' } }, b.stored.updatedAt);
    expect(again.ok).toBe(true);
    expect((await db.claims.get('c1'))!.statement.en).toBe('Edited in tab B');
  });

  it('detects a stale status change and a stale version edit', async () => {
    const db = freshDb();
    await db.claims.put(claim('c1'));
    await db.versions.put(version('v1', 'c1'));
    const stale = '2025-12-31T00:00:00.000Z';
    expect(await setStatus(db, 'c1', { status: 'confirmed', reason: 'x' }, 'Bob', stale)).toMatchObject({ ok: false, reason: 'conflict' });
    expect((await db.claims.get('c1'))!.statusHistory).toHaveLength(1);
    expect(await updateVersion(db, 'v1', { quote: 'changed' }, stale)).toMatchObject({ ok: false, reason: 'conflict' });
    expect((await db.versions.get('v1'))!.quote).toBe('Quote of v1');
  });

  it('detects a concurrent outlet rename', async () => {
    const db = freshDb();
    await db.outlets.put(outlet('o1', 'Le Journal', ['journal.example']));
    const base = { name: 'Le Journal' };
    expect((await updateOutlet(db, 'o1', { name: 'Le Journal (Paris)' }, base)).ok).toBe(true);
    const second = await updateOutlet(db, 'o1', { name: 'Journal' }, base);
    expect(second).toMatchObject({ ok: false, reason: 'conflict' });
    expect((await db.outlets.get('o1'))!.name).toBe('Le Journal (Paris)');
  });
});

describe('mergeClaims', () => {
  it('moves versions and annotations and keeps statements, tags and both histories', async () => {
    const db = freshDb();
    await db.claims.bulkPut([
      claim('keep', {
        statement: { en: 'About 11,000 soldiers' },
        tags: ['north-korea'],
        statusHistory: [{ status: 'unverified', reason: 'first', date: '2024-10-01T00:00:00.000Z', by: 'Alice' }],
      }),
      claim('dup', {
        statement: { en: 'Nearly 11,000 troops', fr: 'Près de 11 000 soldats' },
        tags: ['russia', 'north-korea'],
        status: 'disputed',
        statusReason: 'Sources disagree',
        statusHistory: [{ status: 'disputed', reason: 'Sources disagree', date: '2024-10-05T00:00:00.000Z', by: 'Bob' }],
      }),
    ]);
    await db.versions.bulkPut([version('v1', 'keep'), version('v2', 'dup'), version('v3', 'dup', { outletId: 'outlet-b' })]);
    await db.annotations.bulkPut([annotation('a1', 'dup', { note: 'Checked the video' })]);

    const result = await mergeClaims(db, 'keep', 'dup', 'Carol');
    expect(result.ok).toBe(true);
    expect(await db.claims.get('dup')).toBeUndefined();
    const kept = (await db.claims.get('keep'))!;
    expect(kept.statement).toEqual({ en: 'About 11,000 soldiers', fr: 'Près de 11 000 soldats' });
    expect(kept.tags.sort()).toEqual(['north-korea', 'russia']);
    expect(kept.statusHistory.map((h) => h.by)).toEqual(['Alice', 'Bob', 'Carol']);
    // The duplicate's English wording survives in the merge entry.
    expect(kept.statusHistory[2].note).toContain('Nearly 11,000 troops');
    expect(kept.statusHistory.at(-1)!.status).toBe(kept.status);
    expect((await db.versions.where('claimId').equals('keep').primaryKeys()).sort()).toEqual(['v1', 'v2', 'v3']);
    expect((await db.annotations.get('a1'))!.claimId).toBe('keep');

    // The library now lists one claim with three versions from two outlets, found by the duplicate's note.
    const { items, total } = await queryClaims(db, { text: 'video' });
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({ versionCount: 3, outletCount: 2 });
    expect(items[0].claim.id).toBe('keep');
  });
});

describe('deleteClaim and undoDelete', () => {
  it('removes a claim with its versions and annotations, and undo restores them exactly', async () => {
    const db = freshDb();
    await db.claims.bulkPut([claim('c1', { tags: ['t'], userModified: true }), claim('other')]);
    await db.versions.bulkPut([version('v1', 'c1', { figures: [{ value: 11000, text: '11 000' }] }), version('v2', 'c1'), version('v3', 'other')]);
    await db.annotations.bulkPut([annotation('a1', 'c1', { note: 'unique-note-word', anchorState: 'detached' })]);
    const before = {
      claim: await db.claims.get('c1'),
      versions: await db.versions.where('claimId').equals('c1').sortBy('id'),
      annotations: await db.annotations.where('claimId').equals('c1').toArray(),
    };

    const token = await deleteClaim(db, 'c1');
    expect(token).toBeDefined();
    expect(await db.claims.get('c1')).toBeUndefined();
    expect(await db.versions.where('claimId').equals('c1').count()).toBe(0);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.versions.get('v3')).toBeDefined();
    expect((await queryClaims(db, { text: 'unique-note-word' })).total).toBe(0);

    await undoDelete(db, token!);
    expect(await db.claims.get('c1')).toEqual(before.claim);
    expect(await db.versions.where('claimId').equals('c1').sortBy('id')).toEqual(before.versions);
    expect(await db.annotations.where('claimId').equals('c1').toArray()).toEqual(before.annotations);
    expect((await queryClaims(db, { text: 'unique note word' })).total).toBe(1);
  });

  it('returns nothing to undo for an unknown claim', async () => {
    expect(await deleteClaim(freshDb(), 'nope')).toBeUndefined();
  });
});
