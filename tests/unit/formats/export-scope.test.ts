import { describe, expect, it } from 'vitest';
import { selectionFor } from '@/utils/store/export-scope';
import type { ExportSelection } from '@/utils/core/formats/export-selection';
import { dropDb, freshDb, loadDb } from '../import/db-helpers';

const at = '2024-10-22';
const data: ExportSelection = {
  outlets: [{ id: 'a', name: 'A', domains: ['a.example'], origin: 'user' }, { id: 'b', name: 'B', domains: ['b.example'], origin: 'user' }],
  claims: ['c1', 'c2'].map((id) => ({ id, statement: { en: id }, status: 'false' as const, statusReason: '', statusDate: at, statusHistory: [], tags: [], origin: 'user', createdAt: at, updatedAt: at })),
  versions: [
    { id: 'v1', claimId: 'c1', outletId: 'a', url: 'https://a.example/1', title: '', publishedAt: at, quote: 'q', lang: 'en', figures: [], places: [], attributions: [], dates: [], origin: 'user', createdAt: at, updatedAt: at },
    { id: 'v2', claimId: 'c2', outletId: 'b', url: 'https://b.example/2', title: '', publishedAt: at, quote: 'q', lang: 'en', figures: [], places: [], attributions: [], dates: [], origin: 'user', createdAt: at, updatedAt: at },
  ],
  annotations: [{ id: 'n1', claimId: 'c2', url: 'https://b.example/2', selectors: { quote: { type: 'TextQuoteSelector', exact: 'q' } }, note: '', tags: [], evidence: [], createdAt: at, updatedAt: at }],
};

describe('the records an export writes (selectionFor)', () => {
  it('reads everything, or the chosen claims with their versions, annotations and outlets', async () => {
    const db = freshDb();
    await loadDb(db, data);
    const all = await selectionFor(db, { kind: 'all' });
    expect(all.claims).toHaveLength(2);
    expect(all.outlets).toHaveLength(2);
    const some = await selectionFor(db, { kind: 'claims', claimIds: ['c2', 'missing'], label: 'c2' });
    expect(some.claims.map((c) => c.id)).toEqual(['c2']);
    expect(some.versions.map((v) => v.id)).toEqual(['v2']);
    expect(some.annotations.map((a) => a.id)).toEqual(['n1']);
    expect(some.outlets.map((o) => o.id)).toEqual(['b']);
    await dropDb(db);
  });
});
