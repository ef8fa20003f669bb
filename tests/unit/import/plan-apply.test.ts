import { describe, expect, it } from 'vitest';
import { exportRecoupeJson } from '@/utils/core/formats/export-recoupe-json';
import { parseImport } from '@/utils/core/import/parse-import';
import { planImport } from '@/utils/store/import/plan-import';
import { applyImport } from '@/utils/store/import/apply-import';
import type { ParsedImport } from '@/utils/core/import/import-types';
import type { Claim, Outlet, Version } from '@/utils/core/model';
import { dropDb, dumpDb, freshDb, loadDb } from './db-helpers';

const outlet: Outlet = { id: 'lm', name: 'Le Monde', domains: ['lemonde.fr'], origin: 'starter' };
const claim = (id: string, over: Partial<Claim> = {}): Claim => ({
  id, statement: { fr: `Affirmation ${id}` }, status: 'unverified', statusReason: 'Not checked', statusDate: '2024-10-20T00:00:00.000Z',
  statusHistory: [{ status: 'unverified', reason: 'Not checked', date: '2024-10-20T00:00:00.000Z', by: 'starter-data' }],
  tags: [], origin: 'starter', createdAt: '2024-10-20T00:00:00.000Z', updatedAt: '2024-10-20T00:00:00.000Z', ...over,
});
const version = (id: string, claimId: string, over: Partial<Version> = {}): Version => ({
  id, claimId, outletId: 'lm', url: `https://lemonde.fr/${id}`, title: 'T', publishedAt: '2024-10-20', quote: `citation ${id}`, lang: 'fr',
  figures: [], places: [], attributions: [], dates: [], origin: 'starter', createdAt: '2024-10-20', updatedAt: '2024-10-20', ...over,
});

function parsed(doc: { outlets?: Outlet[]; claims?: Claim[]; versions?: Version[] }): ParsedImport {
  const result = parseImport(exportRecoupeJson({ outlets: doc.outlets ?? [], claims: doc.claims ?? [], versions: doc.versions ?? [], annotations: [] }));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('planImport and applyImport', () => {
  it('counts new, updated, duplicate and conflict records', async () => {
    const db = freshDb();
    await loadDb(db, {
      outlets: [outlet],
      claims: [claim('same'), claim('changed'), claim('edited', { userModified: true, statement: { fr: 'Ma version' } })],
      versions: [version('v-same', 'same')],
      annotations: [],
    });
    const plan = await planImport(db, parsed({
      outlets: [outlet],
      claims: [claim('same'), claim('changed', { statusReason: 'New reason' }), claim('edited', { statement: { fr: 'Leur version' } }), claim('fresh')],
      versions: [version('v-same', 'same'), version('v-new', 'fresh')],
    }));
    expect(plan.counts.claims).toEqual({ new: 1, updated: 1, duplicate: 1, conflict: 1 });
    expect(plan.counts.versions).toEqual({ new: 1, updated: 0, duplicate: 1, conflict: 0 });
    expect(plan.counts.outlets).toEqual({ new: 0, updated: 0, duplicate: 1, conflict: 0 });
    expect(plan.conflicts).toEqual([{ table: 'claims', id: 'edited', fields: ['statement'] }]);
    await dropDb(db);
  });

  it('never overwrites a user edit by default, and takes the incoming one only when asked', async () => {
    for (const policy of ['keep-local', 'take-incoming'] as const) {
      const db = freshDb();
      await loadDb(db, { outlets: [outlet], claims: [claim('edited', { userModified: true, statusReason: 'Mine' })], versions: [], annotations: [] });
      const plan = await planImport(db, parsed({ claims: [claim('edited', { statusReason: 'Theirs' })] }));
      const result = await applyImport(db, plan, policy === 'keep-local' ? {} : { conflictPolicy: policy });
      expect(result).toMatchObject({ ok: true, keptLocal: policy === 'keep-local' ? 1 : 0 });
      expect((await db.claims.get('edited'))?.statusReason).toBe(policy === 'keep-local' ? 'Mine' : 'Theirs');
      // The user's flag survives: the record stays protected from the next import.
      expect((await db.claims.get('edited'))?.userModified).toBe(true);
      await dropDb(db);
    }
  });

  it('keeps both status histories and moves to the newest status', async () => {
    const db = freshDb();
    await loadDb(db, { outlets: [outlet], claims: [claim('c')], versions: [], annotations: [] });
    const later = { status: 'false' as const, reason: 'Debunked', date: '2024-11-01T00:00:00.000Z', by: 'import' };
    const plan = await planImport(db, parsed({ claims: [claim('c', { status: 'false', statusReason: 'Debunked', statusDate: later.date, statusHistory: [later] })] }));
    await applyImport(db, plan);
    const stored = await db.claims.get('c');
    expect(stored?.statusHistory.map((h) => h.status)).toEqual(['unverified', 'false']);
    expect(stored).toMatchObject({ status: 'false', statusReason: 'Debunked', origin: 'starter' });
    await dropDb(db);
  });

  it('maps outlets known only by host to the stored outlet with that domain', async () => {
    const db = freshDb();
    await loadDb(db, { outlets: [outlet], claims: [claim('c')], versions: [], annotations: [] });
    const result = parseImport(JSON.stringify({ '@type': 'ClaimReview', claimReviewed: 'x', identifier: 'urn:recoupe:claim:c', reviewRating: { alternateName: 'False' }, itemReviewed: { '@type': 'Claim', appearance: 'https://www.lemonde.fr/article' } }));
    if (!result.ok) throw new Error(result.error.message);
    const plan = await planImport(db, result.value);
    expect(plan.records.versions[0].outletId).toBe('lm');
    expect(plan.counts.outlets).toEqual({ new: 0, updated: 0, duplicate: 1, conflict: 0 });
    await dropDb(db);
  });

  it('leaves out versions whose claim is neither in the file nor stored', async () => {
    const db = freshDb();
    const plan = await planImport(db, parsed({ outlets: [outlet], versions: [version('orphan', 'nowhere')] }));
    expect(plan.records.versions).toEqual([]);
    expect(plan.invalid).toEqual([{ position: 'version "orphan"', reason: expect.stringContaining('claim "nowhere"') }]);
    await dropDb(db);
  });

  it('writes everything or nothing: a failure in the middle leaves the database as it was', async () => {
    const db = freshDb();
    await loadDb(db, { outlets: [outlet], claims: [claim('c')], versions: [], annotations: [] });
    const before = await dumpDb(db);
    const counts = async () => Promise.all(db.tables.map((t) => t.count()));
    const countsBefore = await counts();
    const plan = await planImport(db, parsed({ claims: [claim('n1'), claim('n2')], versions: [version('v1', 'n1')] }));
    let calls = 0;
    const result = await applyImport(db, plan, {
      onProgress: () => {
        calls++;
        if (calls === 2) throw new Error('disk full');
      },
    });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('nothing was changed: disk full') });
    expect(await dumpDb(db)).toEqual(before);
    // Every table, including rows other modules keep in step with writes (the search index).
    expect(await counts()).toEqual(countsBefore);
    await dropDb(db);
  });

  it('reports progress up to the total', async () => {
    const db = freshDb();
    const plan = await planImport(db, parsed({ outlets: [outlet], claims: [claim('a'), claim('b')], versions: [version('v', 'a')] }));
    const seen: [number, number][] = [];
    await applyImport(db, plan, { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.at(-1)).toEqual([4, 4]);
    await dropDb(db);
  });
});
