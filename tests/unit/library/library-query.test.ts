import Dexie from 'dexie';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, type RecoupeDb } from '@/utils/store/db';
import { listOutlets, listTags, listVersionLangs, queryClaims } from '@/utils/store/library-query';
import { annotation, claim, freshDb, outlet, version } from './library-fixtures';

let db: RecoupeDb;
const ids = async (q: Parameters<typeof queryClaims>[1]) => (await queryClaims(db, q)).items.map((i) => i.claim.id).sort();

beforeAll(async () => {
  db = freshDb();
  await db.outlets.bulkPut([outlet('o-lemonde', 'Le Monde'), outlet('o-bbc', 'BBC'), outlet('o-empty', 'Unused outlet')]);
  await db.claims.bulkPut([
    claim('troops', {
      statement: { fr: 'Des soldats nord-coréens sont déployés en Russie', en: 'North Korean soldiers are deployed in Russia' },
      status: 'confirmed',
      tags: ['north-korea'],
      updatedAt: '2026-03-01T00:00:00.000Z',
    }),
    claim('uniforms', {
      statement: { en: 'A video shows soldiers receiving uniforms' },
      status: 'unverified',
      tags: ['video'],
      updatedAt: '2026-02-01T00:00:00.000Z',
    }),
    claim('grain', { statement: { en: 'Grain exports doubled' }, status: 'false', tags: ['economy'], updatedAt: '2026-01-01T00:00:00.000Z' }),
  ]);
  await db.versions.bulkPut([
    version('v1', 'troops', { outletId: 'o-lemonde', lang: 'fr', publishedAt: '2024-10-18', quote: 'Pyongyang a envoyé des militaires' }),
    version('v2', 'troops', { outletId: 'o-bbc', lang: 'en', publishedAt: '2024-10-22' }),
    version('v3', 'uniforms', { outletId: 'o-bbc', lang: 'en', publishedAt: '2024-11', quote: 'The footage appears to show an armée parade' }),
    version('v4', 'grain', { outletId: 'o-lemonde', lang: 'fr', publishedAt: '2023-05-02' }),
  ]);
  await db.annotations.bulkPut([annotation('a1', 'grain', { note: 'Vérifié auprès du ministère', anchorState: 'detached' })]);
});

describe('queryClaims search', () => {
  it('finds words of statements, quotes and notes, with accents and case folded', async () => {
    expect(await ids({ text: 'SOLDATS' })).toEqual(['troops']); // statement (French)
    expect(await ids({ text: 'pyongyang' })).toEqual(['troops']); // version quote
    expect(await ids({ text: 'armee' })).toEqual(['uniforms']); // quote with an accent
    expect(await ids({ text: 'verifie ministere' })).toEqual(['grain']); // annotation note with accents
    expect(await ids({ text: 'soldiers' })).toEqual(['troops', 'uniforms']);
  });

  it('treats the last word as a prefix while typing, and needs every word', async () => {
    expect(await ids({ text: 'sold' })).toEqual(['troops', 'uniforms']);
    expect(await ids({ text: 'soldiers unif' })).toEqual(['uniforms']);
    expect(await ids({ text: 'sold ' })).toEqual([]); // "sold" as a whole word is in no text
    expect(await ids({ text: 'soldiers nothing-like-this' })).toEqual([]);
  });

  it('lists every claim, most recently updated first, when nothing is asked', async () => {
    const { items, total } = await queryClaims(db, {});
    expect(total).toBe(3);
    expect(items.map((i) => i.claim.id)).toEqual(['troops', 'uniforms', 'grain']);
    expect(items[0]).toMatchObject({ versionCount: 2, outletCount: 2 });
  });
});

describe('queryClaims filters', () => {
  it('filters by status, tag, outlet and language', async () => {
    expect(await ids({ status: 'false' })).toEqual(['grain']);
    expect(await ids({ tag: 'video' })).toEqual(['uniforms']);
    expect(await ids({ outletId: 'o-bbc' })).toEqual(['troops', 'uniforms']);
    expect(await ids({ outletId: 'o-empty' })).toEqual([]);
    expect(await ids({ lang: 'fr' })).toEqual(['grain', 'troops']);
  });

  it('filters by publication date range, a partial date counting as its month', async () => {
    expect(await ids({ from: '2024-10-01', to: '2024-10-31' })).toEqual(['troops']);
    expect(await ids({ from: '2024-10-20' })).toEqual(['troops', 'uniforms']);
    expect(await ids({ to: '2024-10' })).toEqual(['grain', 'troops']);
  });

  it('filters by annotations present or absent', async () => {
    expect(await ids({ hasAnnotations: true })).toEqual(['grain']);
    expect(await ids({ hasAnnotations: false })).toEqual(['troops', 'uniforms']);
  });

  it('combines search and filters', async () => {
    expect(await ids({ text: 'soldiers', status: 'unverified' })).toEqual(['uniforms']);
    expect(await ids({ text: 'soldiers', lang: 'fr' })).toEqual(['troops']);
  });

  it('lists outlets, tags and languages for the menus', async () => {
    expect((await listOutlets(db)).map((o) => o.name)).toEqual(['BBC', 'Le Monde', 'Unused outlet']);
    expect(await listTags(db)).toEqual(['economy', 'north-korea', 'video']);
    expect(await listVersionLangs(db)).toEqual(['en', 'fr']);
  });
});

describe('queryClaims paging', () => {
  it('returns pages that together cover every match once, with the total', async () => {
    const big = freshDb();
    await big.claims.bulkPut(
      Array.from({ length: 1205 }, (_, i) =>
        claim(`c${String(i).padStart(4, '0')}`, {
          statement: { en: i % 2 ? 'odd example' : 'even example' },
          updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
        }),
      ),
    );
    for (const q of [{}, { text: 'example' }, { text: 'odd' }]) {
      const seen: string[] = [];
      let total = -1;
      for (let offset = 0; ; offset += 100) {
        const page = await queryClaims(big, { ...q, offset, limit: 100 });
        total = page.total;
        if (!page.items.length) break;
        seen.push(...page.items.map((i) => i.claim.id));
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(total);
      expect(total).toBe('text' in q && q.text === 'odd' ? 602 : 1205);
      expect(seen[0]).toBe('text' in q && q.text === 'odd' ? 'c1203' : 'c1204'); // newest first
    }
  });
});

describe('schema version 2 upgrade', () => {
  it('makes records stored under version 1 searchable', async () => {
    const name = `library-upgrade-${Math.random().toString(36).slice(2)}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      claims: 'id, status, updatedAt, origin, *tags',
      outlets: 'id, name, *domains',
      versions: 'id, claimId, outletId, url, lang, publishedAt, updatedAt',
      annotations: 'id, claimId, versionId, url, updatedAt',
      settings: 'key',
      meta: 'key',
    });
    await v1.table('claims').put(claim('old', { statement: { en: 'Stored before the upgrade' } }));
    await v1.table('versions').put(version('ov', 'old', { quote: 'Quoted kilometres' }));
    v1.close();

    const upgraded = openDb(name);
    expect((await queryClaims(upgraded, { text: 'kilometres' })).items.map((i) => i.claim.id)).toEqual(['old']);
    expect((await queryClaims(upgraded, { text: 'upgrade' })).total).toBe(1);
    expect((await queryClaims(upgraded, { outletId: 'outlet-a' })).total).toBe(1);
    upgraded.close();
  });
});
