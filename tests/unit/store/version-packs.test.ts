import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb, type RecoupeDb } from '@/utils/store/db';
import type { Version } from '@/utils/core/model';
import { versionsAtUrls, versionsOfClaims } from '@/utils/store/version-lookups';
import { deferHomes, GROUPS, groupOf } from '@/utils/store/version-packs/pack-store';
import { flushVersionHomes } from '@/utils/store/version-packs/pack-table';
import { packsOf } from '@/utils/store/version-packs/packs-middleware';

let n = 0;
const name = (what: string) => `packs-${what}-${++n}-${Math.random().toString(36).slice(2)}`;

/** The versions table as plain rows (schema 9, no pack layer): what IndexedDB itself answers. */
function rowsDb(dbName: string): Dexie & { versions: Dexie.Table<Version, string> } {
  const db = new Dexie(dbName) as Dexie & { versions: Dexie.Table<Version, string> };
  db.version(9).stores({ versions: 'id, url, [claimId+outletId]' });
  return db;
}

function version(id: string, claimId: string, over: Partial<Version> = {}): Version {
  return { id, claimId, outletId: `o${id.length % 3}`, url: `https://news.example/${id}`, quote: `Quote ${id}`, lang: 'fr', origin: 'user', createdAt: 't', updatedAt: 't', ...over } as Version;
}

type VersionsTable = Dexie.Table<Version, string> | RecoupeDb["versions"];

/** The same requests against a table; every answer, in order, for comparison. */
async function script(db: Dexie, versions: VersionsTable): Promise<unknown[]> {
  const out: unknown[] = [];
  const list = Array.from({ length: 60 }, (_, i) => version(`v${i}`, `c${i % 7}`, i % 10 === 0 ? { url: 'https://news.example/shared' } : {}));
  await versions.bulkPut(list);
  out.push(await versions.count());
  out.push((await versions.where('claimId').equals('c3').toArray()).map((v) => v.id));
  out.push((await versions.where('claimId').anyOf(['c1', 'c5', 'none']).primaryKeys()));
  out.push((await versions.where('url').anyOf(['https://news.example/shared', 'https://news.example/v7']).toArray()).map((v) => v.id));
  out.push((await versions.where('url').equals('https://news.example/v9').first())?.id);
  out.push((await versions.bulkGet(['v4', 'missing', 'v59'])).map((v) => v?.claimId ?? null));
  out.push((await versions.orderBy('id').reverse().limit(5).primaryKeys()));
  out.push((await versions.where('id').between('v2', 'v3').count()));
  // A version moved to another claim (a merge) is found under the new claim only.
  await versions.where('claimId').equals('c2').modify({ claimId: 'c6' });
  out.push((await versions.where('claimId').equals('c2').count()), (await versions.where('claimId').equals('c6').primaryKeys()));
  await versions.put(version('v0', 'c4', { url: 'https://news.example/moved' }));
  out.push((await versions.where('url').equals('https://news.example/shared').primaryKeys()), (await versions.get('v0'))?.claimId);
  // Adding an id already stored fails and writes nothing of the transaction.
  const failed = await db.transaction('rw', versions, async () => {
    await versions.add(version('new', 'c1'));
    await versions.add(version('v1', 'c1'));
  }).then(() => 'written', (e: Error) => e.name);
  out.push(failed, await versions.get('new'), (await versions.get('v1'))?.quote);
  await versions.bulkDelete(['v3', 'v10', 'nothing']);
  out.push(await versions.count(), (await versions.where('claimId').equals('c3').primaryKeys()));
  out.push((await versions.where('url').equals('https://news.example/shared').primaryKeys()));
  const seen: string[] = [];
  await versions.where('[claimId+outletId]').between(['c1', Dexie.minKey], ['c4', Dexie.maxKey]).each((v) => void seen.push(v.id));
  out.push(seen);
  await versions.where('id').startsWith('v5').delete();
  out.push(await versions.count());
  await versions.clear();
  out.push(await versions.count(), await versions.where('url').equals('https://news.example/v7').count());
  return out;
}

describe('versions stored in packs of a group of claims', () => {
  it('answers every request as plain IndexedDB rows do', async () => {
    const rows = rowsDb(name('rows'));
    const packed = openDb(name('packed'));
    const expected = await script(rows, rows.versions);
    const got = await script(packed, packed.versions);
    expect(got).toEqual(expected);
  });

  it('writes a record per group of claims, not one per version nor one per claim', async () => {
    const db = openDb(name('layout'));
    await db.versions.bulkPut(Array.from({ length: 30_000 }, (_, i) => version(`v${i}`, `c${i % 10_000}`)));
    const idb = db.backendDB();
    const count = (store: string) => new Promise<number>((resolve) => {
      const req = idb.transaction(store).objectStore(store).count();
      req.onsuccess = () => resolve(req.result);
    });
    expect(await count('versions')).toBe(0);
    expect(await count('versionPacks')).toBeLessThanOrEqual(GROUPS);
    expect(await count('versionPacks')).toBeGreaterThan(GROUPS * 0.9);
    expect(await db.versions.count()).toBe(30_000);
    expect((await db.versions.where('claimId').equals('c1234').primaryKeys()).sort()).toEqual(['v1234', 'v11234', 'v21234'].sort());
  });

  it('keeps the versions of a library stored one pack per claim (schema 10)', async () => {
    const dbName = name('schema10');
    const old = new Dexie(dbName);
    old.version(10).stores({ claims: 'id, status, updatedAt, *tags', versions: 'id, url, [claimId+outletId]', versionPacks: 'claimId', versionHomes: 'key' });
    const list = [version('a', 'c1'), version('b', 'c1'), version('c', 'c2', { url: 'https://news.example/a' })];
    await old.table('versionPacks').bulkPut([{ claimId: 'c1', versions: list.slice(0, 2) }, { claimId: 'c2', versions: list.slice(2) }]);
    await old.table('versionHomes').bulkPut(packsOf(list).homes);
    old.close();
    const db: RecoupeDb = openDb(dbName);
    expect((await db.versions.where('claimId').equals('c1').primaryKeys()).sort()).toEqual(['a', 'b']);
    expect((await db.versions.where('url').equals('https://news.example/a').primaryKeys()).sort()).toEqual(['a', 'c']);
    expect((await db.versions.get('c'))?.quote).toBe('Quote c');
    await db.versions.put(version('d', 'c2'));
    expect((await db.versions.where('claimId').equals('c2').primaryKeys()).sort()).toEqual(['c', 'd']);
    const keys = await db.table('versionPacks').toCollection().primaryKeys();
    expect(keys.sort()).toEqual([groupOf('c1'), groupOf('c2')].sort());
  });

  it.each([Infinity, 7])('an import reads and writes each group once, and its reads see its own writes (groups kept in memory: up to %s versions)', async (keep) => {
    const db = openDb(name('deferred'));
    await db.versions.bulkPut([version('old1', 'c1'), version('old2', 'c2')]);
    await db.transaction('rw', db.tables, async (tx) => {
      deferHomes(tx.idbtrans, keep);
      await db.versions.bulkPut(Array.from({ length: 50 }, (_, i) => version(`n${i}`, `c${i % 5}`)));
      expect((await db.versions.where('claimId').equals('c1').primaryKeys()).sort()).toEqual(['n1', 'n11', 'n16', 'n21', 'n26', 'n31', 'n36', 'n41', 'n46', 'n6', 'old1'].sort());
      expect(await db.versions.count()).toBe(52);
      await db.versions.bulkPut(Array.from({ length: 10 }, (_, i) => version(`n${i}`, `c${i % 5}`, { quote: 'changed' })));
      for (let i = 0; i < 5; i++) await db.versions.put(version(`m${i}`, `d${i}`));
      await flushVersionHomes(tx.idbtrans);
    });
    expect(await db.versions.count()).toBe(57);
    expect((await db.versions.get('n3'))?.quote).toBe('changed');
    expect((await db.versions.get('old2'))?.quote).toBe('Quote old2');
    expect((await db.versions.where('claimId').equals('c2').count())).toBe(11);
    expect((await db.versions.where('claimId').anyOf(['d0', 'd4']).primaryKeys()).sort()).toEqual(['m0', 'm4']);
  });

  it('keeps the versions of a library stored as rows by an earlier release', async () => {
    const dbName = name('upgrade');
    const old = rowsDb(dbName);
    await old.versions.bulkPut([version('a', 'c1'), version('b', 'c1'), version('c', 'c2', { url: 'https://news.example/a' })]);
    old.close();
    const db: RecoupeDb = openDb(dbName);
    expect((await db.versions.where('claimId').equals('c1').primaryKeys()).sort()).toEqual(['a', 'b']);
    expect((await db.versions.where('url').equals('https://news.example/a').primaryKeys()).sort()).toEqual(['a', 'c']);
    expect((await db.versions.get('c'))?.quote).toBe('Quote c');
  });

  it('finds a page’s and a few claims’ versions key by key as anyOf finds them', async () => {
    const db = openDb(name('lookups'));
    await db.versions.bulkPut(Array.from({ length: 90 }, (_, i) => version(`v${i}`, `c${i % 9}`, i % 4 === 0 ? { url: 'https://news.example/page/' } : {})));
    const claims = ['c7', 'c2', 'missing', 'c2'];
    expect(await versionsOfClaims(db, claims)).toEqual(await db.versions.where('claimId').anyOf(claims).toArray());
    const urls = ['https://news.example/page/', 'https://news.example/page', 'https://news.example/v5'];
    const byId = (list: Version[]) => list.map((v) => v.id).sort();
    expect(byId(await versionsAtUrls(db, urls))).toEqual(byId(await db.versions.where('url').anyOf(urls).toArray()));
  });
});
