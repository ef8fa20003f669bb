import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type RecoupeDb } from '@/utils/store/db';
import type { RecoupeDocument } from '@/utils/core/model';
import { loadStarterData, starterDataLoaded } from '@/utils/store/starter-data';

const starter = JSON.parse(readFileSync('public/starter-data.json', 'utf8')) as RecoupeDocument;
let db: RecoupeDb;
let n = 0;
beforeEach(() => {
  db = openDb(`starter-${n++}`);
});

describe('starter data loader', () => {
  it('loads every claim, outlet and version into an empty database', async () => {
    expect(await starterDataLoaded(db)).toBe(false);
    const r = await loadStarterData(db, starter);
    expect(r).toEqual({ added: starter.claims.length + starter.outlets.length + starter.versions.length, updated: 0, kept: 0 });
    expect(await db.claims.count()).toBe(starter.claims.length);
    expect(await db.versions.count()).toBe(starter.versions.length);
    expect(await starterDataLoaded(db)).toBe(true);
  });

  it('reloading keeps what the user changed and restores what they did not', async () => {
    await loadStarterData(db, starter);
    const [edited, untouched] = starter.claims;
    await db.claims.update(edited.id, { status: 'false', statusReason: 'my own check', userModified: true });
    await db.claims.update(untouched.id, { statusReason: 'drifted' });
    await db.versions.delete(starter.versions[0].id);
    const r = await loadStarterData(db, starter);
    expect(r.kept).toBe(1);
    expect(r.updated).toBe(1);
    expect(r.added).toBe(1);
    expect((await db.claims.get(edited.id))?.statusReason).toBe('my own check');
    expect((await db.claims.get(untouched.id))?.statusReason).toBe(untouched.statusReason);
    expect(await db.versions.get(starter.versions[0].id)).toBeDefined();
  });

  it('refuses a document that is not Recoupe JSON and writes nothing', async () => {
    await expect(loadStarterData(db, { ...starter, format: 'other' as 'recoupe/1' })).rejects.toThrow(/format/);
    expect(await db.claims.count()).toBe(0);
  });
});

describe('starter data and the user’s deletions', () => {
  it('does not bring back a claim the user deleted or merged away', async () => {
    const { deleteClaim, mergeClaims, undoDelete } = await import('@/utils/store/claim-edits');
    await loadStarterData(db, starter);
    const [a, b, c] = starter.claims;
    const token = await deleteClaim(db, a.id);
    await mergeClaims(db, b.id, c.id, 'tester');
    await loadStarterData(db, starter);
    expect(await db.claims.get(a.id)).toBeUndefined();
    expect(await db.claims.get(c.id)).toBeUndefined();
    // Undo puts it back, and a later reload keeps it.
    await undoDelete(db, token!);
    await loadStarterData(db, starter);
    expect(await db.claims.get(a.id)).toBeDefined();
  });
});
