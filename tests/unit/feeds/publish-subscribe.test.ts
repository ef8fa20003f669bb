import { describe, expect, it } from 'vitest';
import { exportClaimReviewFeed } from '@/utils/core/formats/export-claimreview-feed';
import { buildExportFile } from '@/utils/ui/export-download';
import { subscribeFeed } from '@/utils/store/feeds/subscriptions';
import { refreshFeed } from '@/utils/store/feeds/refresh-feed';
import type { ExportSelection } from '@/utils/core/formats/export-selection';
import type { Claim, Version } from '@/utils/core/model';
import { freshDb } from '../import/db-helpers';
import { fakeFetch } from './fake-fetch';

const at = '2024-10-20T00:00:00.000Z';
const claim = (id: string, status: Claim['status'], text: string): Claim => ({
  id, statement: { en: text }, status, statusReason: 'Checked against the ministry’s figures', statusDate: at,
  statusHistory: [{ status, reason: 'Checked', date: at, by: 'Ana' }], tags: [], origin: 'user', createdAt: at, updatedAt: at,
});
const version = (id: string, claimId: string, quote: string): Version => ({
  id, claimId, outletId: 'daily', url: `https://daily.example/${id}`, title: 'Title', publishedAt: '2024-10-19', quote, lang: 'en',
  figures: [], places: [], attributions: [], dates: [], origin: 'user', createdAt: at, updatedAt: at,
});
const selection: ExportSelection = {
  outlets: [{ id: 'daily', name: 'The Daily', domains: ['daily.example'], origin: 'user' }],
  claims: [claim('c1', 'false', 'The new bridge cost 2 billion euros.'), claim('c2', 'confirmed', 'Unemployment fell to 7.1% in September.'), claim('c3', 'unverified', 'The mayor will resign in spring.')],
  versions: [version('v1', 'c1', 'the bridge cost no less than 2 billion euros'), version('v2', 'c2', 'unemployment fell to 7.1%')],
  annotations: [],
};
const reviewer = { reviewerName: 'Ana Checker', reviewerUrl: 'https://checks.example/' };

async function subscribeTo(text: string) {
  const db = freshDb();
  const sub = await subscribeFeed(db, 'https://static.example/team/feed.json');
  if (!sub.ok) throw new Error(sub.detail);
  const outcome = await refreshFeed(db, sub.feed.id, { fetch: fakeFetch(() => new Response(text, { status: 200 })).fetch });
  return { db, outcome };
}

describe('publish for a team, then subscribe', () => {
  it('a ClaimReview DataFeed export is read back by a subscriber: same claims, verdicts and versions', async () => {
    const text = exportClaimReviewFeed(selection, { settings: reviewer, exportedAt: at });
    const doc = JSON.parse(text);
    expect(doc['@type']).toBe('DataFeed');
    expect(doc.dataFeedElement).toHaveLength(2);
    const { db, outcome } = await subscribeTo(text);
    expect(outcome).toMatchObject({ kind: 'applied', claims: 2 });
    const got = await db.claims.toArray();
    expect(got.map((c) => [c.id, c.status, c.statement.en]).sort()).toEqual([
      ['c1', 'false', 'The new bridge cost 2 billion euros.'],
      ['c2', 'confirmed', 'Unemployment fell to 7.1% in September.'],
    ]);
    expect((await db.versions.toArray()).map((v) => v.quote).sort()).toEqual(['the bridge cost no less than 2 billion euros', 'unemployment fell to 7.1%']);
  });

  it('a Recoupe JSON export from the library is a feed too, with every claim', async () => {
    const built = buildExportFile('recoupe-json', selection, 'all', reviewer);
    if (!built.ok) throw new Error(String(built.error));
    const { db, outcome } = await subscribeTo(built.value.text);
    expect(outcome).toMatchObject({ kind: 'applied', claims: 3 });
    expect((await db.claims.get('c3'))?.status).toBe('unverified');
  });

  it('the library offers the DataFeed as an export format with a .json name', () => {
    const built = buildExportFile('claimreview-feed', selection, 'all', reviewer, new Date(at));
    if (!built.ok) throw new Error(String(built.error));
    expect(built.value.name).toMatch(/feed-all\.json$/);
    expect(buildExportFile('claimreview-feed', selection, 'all', { reviewerName: '', reviewerUrl: '' })).toEqual({ ok: false, error: 'reviewer-missing' });
  });
});
