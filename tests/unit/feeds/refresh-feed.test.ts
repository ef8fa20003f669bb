import { describe, expect, it } from 'vitest';
import { itWithShared } from '../../shared-data';
import { parseImport } from '@/utils/core/import/parse-import';
import { subscribeFeed, unsubscribeFeed } from '@/utils/store/feeds/subscriptions';
import { refreshFeed } from '@/utils/store/feeds/refresh-feed';
import { exportRecoupeJson } from '@/utils/core/formats/export-recoupe-json';
import type { Claim } from '@/utils/core/model';
import type { RecoupeDb } from '@/utils/store/db';
import { dumpDb, freshDb } from '../import/db-helpers';
import { fakeFetch, type Answer } from './fake-fetch';
import { dataFeedOf, REAL_FEED_FILES, realClaimReviews, realDataFeed } from './feed-data';

const FEED = 'https://feeds.example.org/factchecks.json';
const json = (body: string, headers: Record<string, string> = {}) => new Response(body, { status: 200, headers: { 'content-type': 'application/json', ...headers } });

async function subscribed(db: RecoupeDb, url = FEED): Promise<string> {
  const sub = await subscribeFeed(db, url);
  if (!sub.ok) throw new Error(sub.detail);
  return sub.feed.id;
}

const feedItems = () => realDataFeed().dataFeedElement.flatMap((e) => e.item);

describe('subscribing to a real feed', () => {
  itWithShared('reads the public DataFeed excerpt unchanged: its three claims, each remembering the feed', REAL_FEED_FILES, async () => {
    const db = freshDb();
    const id = await subscribed(db);
    const { fetch, requests } = fakeFetch(() => json(JSON.stringify(realDataFeed()), { etag: '"v1"' }));
    const outcome = await refreshFeed(db, id, { fetch });
    expect(outcome).toMatchObject({ kind: 'applied', claims: 3 });
    const claims = await db.claims.toArray();
    expect(claims.map((c) => Object.values(c.statement)[0]).sort()).toEqual(feedItems().map((i) => i.claimReviewed).sort());
    expect(await db.feedItems.where('feedId').equals(id).count()).toBe(3);
    const feed = await db.feeds.get(id);
    expect(feed).toMatchObject({ claimCount: 3, etag: '"v1"', failures: 0 });
    expect(feed!.lastError).toBeUndefined();
    // No cookie, no credential, no referrer travels with the request.
    expect(requests[0].init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'manual' });
    expect(Object.keys(requests[0].headers)).not.toContain('cookie');
  });

  itWithShared('reads a ClaimReview JSON-LD list (89 real reviews): the same claims as a file import', REAL_FEED_FILES, async () => {
    const db = freshDb();
    const id = await subscribed(db);
    const text = JSON.stringify(realClaimReviews());
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const outcome = await refreshFeed(db, id, { fetch: fakeFetch(() => json(text)).fetch });
    expect(outcome).toMatchObject({ kind: 'applied', claims: parsed.value.claims.length });
    expect(await db.claims.count()).toBe(parsed.value.claims.length);
  });

  it('reads a Recoupe JSON file, with versions', async () => {
    const db = freshDb();
    const id = await subscribed(db);
    const claim: Claim = { id: 'team-1', statement: { en: 'The bridge opened in 1932.' }, status: 'confirmed', statusReason: 'Archives', statusDate: '2024-01-01T00:00:00Z', statusHistory: [], tags: [], origin: 'user', createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z' };
    const text = exportRecoupeJson({ claims: [claim], outlets: [{ id: 'o1', name: 'Daily', domains: ['daily.example'], origin: 'user' }], versions: [{ id: 'v1', claimId: 'team-1', outletId: 'o1', url: 'https://daily.example/a', title: '', publishedAt: '', quote: 'the bridge opened in 1932', lang: 'en', figures: [], places: [], attributions: [], dates: [], origin: 'user', createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z' }], annotations: [] }, { exportedAt: '2024-01-02T00:00:00Z' });
    expect(await refreshFeed(db, id, { fetch: fakeFetch(() => json(text)).fetch })).toMatchObject({ kind: 'applied', claims: 1 });
    expect((await db.claims.get('team-1'))?.origin).toBe('feed');
    expect(await db.versions.get('v1')).toBeDefined();
  });
});

describe('refreshing', () => {
  itWithShared('an unchanged feed costs one conditional request and changes nothing', REAL_FEED_FILES, async () => {
    const db = freshDb();
    const id = await subscribed(db);
    const body = JSON.stringify(realDataFeed());
    const { fetch, requests } = fakeFetch((req) => (req.headers['if-none-match'] === '"v1"' ? new Response(null, { status: 304 }) : json(body, { etag: '"v1"', 'last-modified': 'Tue, 16 Jun 2026 15:00:00 GMT' })));
    await refreshFeed(db, id, { fetch });
    const before = await dumpDb(db);
    expect(await refreshFeed(db, id, { fetch })).toEqual({ kind: 'unchanged' });
    expect(requests).toHaveLength(2);
    expect(requests[1].headers).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Tue, 16 Jun 2026 15:00:00 GMT' });
    expect(await dumpDb(db)).toEqual(before);
  });

  itWithShared('a changed feed adds its new claims and drops those it no longer lists, in one go', REAL_FEED_FILES, async () => {
    const db = freshDb();
    const id = await subscribed(db);
    const items = realClaimReviews().slice(0, 6);
    let body = dataFeedOf(items.slice(0, 4));
    const { fetch } = fakeFetch(() => json(body));
    await refreshFeed(db, id, { fetch });
    const first = new Set((await db.claims.toArray()).map((c) => c.id));
    body = dataFeedOf(items.slice(2, 6));
    const outcome = await refreshFeed(db, id, { fetch });
    expect(outcome.kind).toBe('applied');
    const second = new Set((await db.claims.toArray()).map((c) => c.id));
    expect((await db.feeds.get(id))?.claimCount).toBe(second.size);
    expect([...first].filter((c) => second.has(c)).length).toBeGreaterThan(0);
    expect([...first].some((c) => !second.has(c))).toBe(true);
    expect(await db.feedItems.count()).toBe(second.size);
  });
});

/** Each bad answer: a clear error in the feed's state, and the library exactly as it was. */
const BAD: [string, Answer, string, number?][] = [
  ['404', () => new Response('Not found', { status: 404, statusText: 'Not Found' }), 'http-status'],
  ['500', () => new Response('oops', { status: 500 }), 'http-status'],
  ['no answer', () => 'hang', 'timeout'],
  ['redirected elsewhere', () => new Response(null, { status: 302, headers: { location: 'https://tracker.example/x' } }), 'redirected'],
  ['an HTML page', () => json('<!doctype html><title>Login</title>'), 'not-a-feed'],
  ['a CSV file', () => json('statement,status\nA,false\n'), 'not-a-feed'],
  ['truncated JSON', () => json(JSON.stringify(realDataFeed()).slice(0, 900)), 'truncated'],
  ['a body shorter than announced', () => new Response(new TextEncoder().encode(JSON.stringify(realDataFeed()).slice(0, 500)), { headers: { 'content-length': '5000' } }), 'truncated'],
  ['a connection cut mid-body', async () => new Response((await import('./fake-fetch')).brokenBody(JSON.stringify(realDataFeed()).slice(0, 700))), 'truncated'],
  ['over the size limit (announced)', () => new Response('[]', { headers: { 'content-length': String(200 * 1024 * 1024) } }), 'too-large'],
  ['over the size limit (streamed, no length)', async () => new Response((await import('./fake-fetch')).endlessBody(3 * 1024 * 1024)), 'too-large', 2 * 1024 * 1024],
];

describe('bad answers change nothing', () => {
  for (const [name, answer, code, maxBytes] of BAD) {
    itWithShared(name, REAL_FEED_FILES, async () => {
      const db = freshDb();
      const id = await subscribed(db);
      await refreshFeed(db, id, { fetch: fakeFetch(() => json(JSON.stringify(realDataFeed()))).fetch });
      const before = await dumpDb(db);
      const at = new Date('2026-06-17T08:00:00Z');
      const outcome = await refreshFeed(db, id, { fetch: fakeFetch(answer).fetch, idleTimeoutMs: 100, maxBytes, now: () => at });
      expect(outcome).toMatchObject({ kind: 'failed', code });
      expect(await dumpDb(db)).toEqual(before);
      const feed = (await db.feeds.get(id))!;
      expect(feed.lastError).toMatchObject({ code, date: at.toISOString() });
      expect(feed.lastError!.detail.length).toBeGreaterThan(5);
      expect(feed.claimCount).toBe(3);
      // The first retry comes after 15 minutes, not a day.
      expect(Date.parse(feed.nextRefresh) - at.getTime()).toBe(15 * 60_000);
    });
  }

  itWithShared('backs off exponentially after repeated errors, and resets after a success', REAL_FEED_FILES, async () => {
    const db = freshDb();
    const id = await subscribed(db);
    const at = new Date('2026-06-17T08:00:00Z');
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      await refreshFeed(db, id, { fetch: fakeFetch(() => new Response('', { status: 503 })).fetch, now: () => at });
      waits.push((Date.parse((await db.feeds.get(id))!.nextRefresh) - at.getTime()) / 60_000);
    }
    expect(waits).toEqual([15, 30, 60, 120]);
    await refreshFeed(db, id, { fetch: fakeFetch(() => json(JSON.stringify(realDataFeed()))).fetch, now: () => at });
    const feed = (await db.feeds.get(id))!;
    expect(feed.failures).toBe(0);
    expect(feed.lastError).toBeUndefined();
    expect(Date.parse(feed.nextRefresh) - at.getTime()).toBe(24 * 3_600_000);
  });
});

describe('hostile feeds', () => {
  it('cannot rewrite a claim that came from elsewhere, nor add quotes to it, nor bring annotations', async () => {
    const db = freshDb();
    const mine: Claim = { id: 'starter-1', statement: { en: 'Original statement' }, status: 'confirmed', statusReason: 'checked', statusDate: '2024-01-01T00:00:00Z', statusHistory: [], tags: [], origin: 'starter', createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z' };
    await db.claims.put(mine);
    const id = await subscribed(db);
    const evil = { ...mine, statement: { en: 'Rewritten by the feed' }, status: 'false', origin: 'user' };
    const text = JSON.stringify({
      format: 'recoupe/1', exportedAt: '2024-01-02T00:00:00Z', outlets: [{ id: 'o1', name: 'X', domains: ['x.example'], origin: 'user' }],
      claims: [evil, { ...mine, id: 'new-1', statement: { en: 'A new claim' }, __proto__: { polluted: true } }],
      versions: [{ id: 'v-evil', claimId: 'starter-1', outletId: 'o1', url: 'https://x.example/', title: '', publishedAt: '', quote: 'injected quote', lang: 'en', figures: [], places: [], attributions: [], dates: [], origin: 'user', createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z' }, { id: 'v-new', claimId: 'new-1', outletId: 'o1', url: 'https://x.example/', title: '', publishedAt: '', quote: 'a new claim', lang: 'en', figures: [], places: [], attributions: [], dates: [], origin: 'user', createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z' }],
      annotations: [{ id: 'a1', claimId: 'new-1', url: 'https://x.example/', selectors: { quote: { type: 'TextQuoteSelector', exact: 'x' } }, note: '', tags: [], evidence: [], createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z' }],
    });
    expect(await refreshFeed(db, id, { fetch: fakeFetch(() => json(text)).fetch })).toMatchObject({ kind: 'applied', claims: 1, leftAlone: 1 });
    expect(await db.claims.get('starter-1')).toEqual(mine);
    expect(await db.versions.get('v-evil')).toBeUndefined();
    expect(await db.versions.get('v-new')).toBeDefined();
    expect(await db.annotations.count()).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('unsubscribing', () => {
  itWithShared('removes the feed’s claims except those the user edited or annotated, and claims another feed holds', REAL_FEED_FILES, async () => {
    const db = freshDb();
    const a = await subscribed(db);
    const b = await subscribed(db, 'https://other.example/feed.json');
    const items = realClaimReviews().slice(0, 5);
    await refreshFeed(db, a, { fetch: fakeFetch(() => json(dataFeedOf(items))).fetch });
    await refreshFeed(db, b, { fetch: fakeFetch(() => json(dataFeedOf(items.slice(4)))).fetch });
    const ids = (await db.feedItems.where('feedId').equals(a).toArray()).map((i) => i.claimId).sort();
    expect(ids).toHaveLength(5);
    await db.claims.update(ids[0], { userModified: true });
    await db.annotations.put({ id: 'note-1', claimId: ids[1], url: 'https://x.example/', selectors: { quote: { type: 'TextQuoteSelector', exact: 'x' } }, note: 'mine', tags: [], evidence: [], createdAt: '', updatedAt: '' });
    const sharedId = (await db.feedItems.where('feedId').equals(b).toArray())[0].claimId;
    const result = await unsubscribeFeed(db, a);
    const left = new Set((await db.claims.toArray()).map((c) => c.id));
    expect(left).toEqual(new Set([ids[0], ids[1], sharedId]));
    expect(result).toEqual({ removed: 5 - left.size, kept: left.size });
    expect(await db.feeds.get(a)).toBeUndefined();
    expect(await db.versions.where('claimId').anyOf(ids.filter((x) => !left.has(x))).count()).toBe(0);
  });

  it('refuses addresses that are not http(s) or carry credentials', async () => {
    const db = freshDb();
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@example.org/f.json', 'not a url']) {
      expect((await subscribeFeed(db, bad)).ok, bad).toBe(false);
    }
    expect(await db.feeds.count()).toBe(0);
  });
});
