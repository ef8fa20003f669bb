import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecoupeDb } from '@/utils/store/db';
import { proposeFactChecks } from '@/utils/core/page-factchecks/propose-factchecks';
import { reviewPageFactChecks } from '@/utils/store/page-factchecks';
import { claim, freshDb } from '../library/library-fixtures';
import { PAGE, review } from './fixtures';

const T1 = '2026-11-30T12:00:00.000Z';
const T2 = '2026-12-02T09:00:00.000Z';
let db: RecoupeDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const read = (nodes: unknown[], now = T1) => proposeFactChecks(PAGE, [JSON.stringify(nodes)], [], now);

describe('fact-checks from a page in the library', () => {
  it('offers without writing, adds on request with its source page, its label and its appearance', async () => {
    const found = read([review()]);
    const offered = await reviewPageFactChecks(db, PAGE, found, [], T1);
    expect(offered.map((p) => p.state)).toEqual(['new']);
    expect(await db.claims.count()).toBe(0);
    const added = await reviewPageFactChecks(db, PAGE, found, [found.proposals[0]!.claimId], T1);
    expect(added[0]!.state).toBe('added');
    const stored = await db.claims.get(found.proposals[0]!.claimId);
    expect(stored).toMatchObject({ origin: 'page', sourcePage: PAGE, status: 'misleading', ratingLabel: 'Engañoso' });
    expect(stored!.statement).toEqual({ en: 'North Korea has sent 12,000 soldiers to fight in Ukraine' });
    expect((await db.versions.where('claimId').equals(stored!.id).toArray()).map((v) => v.url)).toEqual(['https://news.example/troops']);
    // A second visit to the unchanged page changes nothing.
    expect((await reviewPageFactChecks(db, PAGE, read([review()]), 'all', T2))[0]!.state).toBe('known');
    expect((await db.claims.get(stored!.id))!.statusHistory).toHaveLength(1);
  });

  it('a later visit that finds a changed review updates the claim with a status history entry', async () => {
    const found = read([review()]);
    await reviewPageFactChecks(db, PAGE, found, 'all', T1);
    const changed = read([review({ reviewRating: { alternateName: 'Falso', ratingValue: 1, bestRating: 5, worstRating: 1 } })], T2);
    expect((await reviewPageFactChecks(db, PAGE, changed, [], T2))[0]!.state).toBe('updated');
    const stored = (await db.claims.get(found.proposals[0]!.claimId))!;
    expect(stored.status).toBe('false');
    expect(stored.ratingLabel).toBe('Falso');
    expect(stored.statusHistory.map((h) => [h.status, h.by])).toEqual([['misleading', 'page'], ['false', 'page']]);
    expect(stored.statusHistory[1]!.date).toBe(T2);
  });

  it('never changes a claim the user edited, nor one from another source', async () => {
    const found = read([review()]);
    const id = found.proposals[0]!.claimId;
    await db.claims.put(claim(id, { origin: 'import', status: 'confirmed' }));
    expect((await reviewPageFactChecks(db, PAGE, found, 'all', T1))[0]!.state).toBe('other-source');
    expect((await db.claims.get(id))!.status).toBe('confirmed');
    await db.claims.put(claim(id, { origin: 'page', sourcePage: PAGE, status: 'confirmed', userModified: true }));
    expect((await reviewPageFactChecks(db, PAGE, found, 'all', T1))[0]!.state).toBe('kept');
    expect((await db.claims.get(id))!.status).toBe('confirmed');
    // A claim read from another site's page is that site's: this page cannot update it.
    await db.claims.put(claim(id, { origin: 'page', sourcePage: 'https://elsewhere.example/x', status: 'confirmed' }));
    expect((await reviewPageFactChecks(db, PAGE, found, 'all', T1))[0]!.state).toBe('other-source');
  });
});

describe('the “add without asking” setting', () => {
  it('adds every fact-check the page proposes when on, none when off', async () => {
    const { readPageFactChecks } = await import('@/utils/store/page-factchecks-request');
    const req = { page: { url: PAGE }, jsonLd: [JSON.stringify(review())], microdata: [], add: [] };
    expect((await readPageFactChecks(db, req)).proposals.map((p) => p.state)).toEqual(['new']);
    expect(await db.claims.count()).toBe(0);
    await db.settings.put({ key: 'settings', reviewerName: '', reviewerUrl: '', disabledSites: [], autoAddPageFactChecks: true });
    expect((await readPageFactChecks(db, req)).proposals.map((p) => p.state)).toEqual(['added']);
    expect(await db.claims.count()).toBe(1);
  });
});
