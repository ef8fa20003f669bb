import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb, type RecoupeDb } from '@/utils/store/db';
import { listVersionLangs, queryClaims, type LibraryQuery } from '@/utils/store/library-query';
import { planImport } from '@/utils/store/import/plan-import';
import { applyImport } from '@/utils/store/import/apply-import';
import { exportRecoupeJson } from '@/utils/core/formats/export-recoupe-json';
import { parseImport } from '@/utils/core/import/parse-import';
import type { ExportSelection } from '@/utils/core/formats/export-selection';
import { countRecord } from '@/utils/store/search-words';
import { applyTermDelta, TERMS_TABLE, TermDelta, type TermBucket } from '@/utils/store/search-terms';
import { annotation, claim, freshDb, outlet, version } from './library-fixtures';

const ids = async (db: RecoupeDb, q: LibraryQuery) => (await queryClaims(db, { ...q, limit: 1000 })).items.map((i) => i.claim.id).sort();

/** The index as stored, as plain nested arrays sorted (what a comparison can print). */
async function storedIndex(db: RecoupeDb): Promise<[string, [string, [string, number][]][]][]> {
  const rows = await db.table<TermBucket, string>(TERMS_TABLE).toArray();
  return rows
    .map((b) => [b.key, [...b.terms].map(([t, c]) => [t, [...c].sort()] as [string, [string, number][]]).sort()] as [string, [string, [string, number][]][]])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** The index built from scratch from every stored record, through the same delta and apply as every write: what the stored one must always equal. */
async function rebuiltIndex(db: RecoupeDb): Promise<[string, [string, [string, number][]][]][]> {
  const delta = new TermDelta();
  for (const name of ['claims', 'versions', 'annotations']) for (const r of await db.table(name).toArray()) countRecord(delta, name, r, 1);
  let rows: TermBucket[] = [];
  await applyTermDelta({ getMany: async (keys) => keys.map(() => undefined), putMany: async (put) => void (rows = put), deleteMany: async () => {} }, delta);
  return rows
    .map((b) => [b.key, [...b.terms].map(([t, c]) => [t, [...c].sort()] as [string, [string, number][]]).sort()] as [string, [string, [string, number][]][]])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

function parsedFile(selection: ExportSelection) {
  const parsed = parseImport(exportRecoupeJson(selection), { fileName: 'library.json' });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const file: ExportSelection = {
  outlets: [outlet('o-lemonde', 'Le Monde', ['lemonde.fr']), outlet('o-bbc', 'BBC', ['bbc.co.uk'])],
  claims: [
    claim('troops', { statement: { fr: 'Des soldats nord-coréens sont déployés en Russie' }, tags: ['north-korea'] }),
    claim('grain', { statement: { en: 'Grain exports doubled' } }),
  ],
  versions: [
    version('v1', 'troops', { outletId: 'o-lemonde', lang: 'fr', publishedAt: '2024-10-18', quote: 'Pyongyang a envoyé des militaires' }),
    version('v2', 'troops', { outletId: 'o-bbc', lang: 'en', publishedAt: '2024-10-22', quote: 'Twelve thousand troops' }),
    version('v3', 'grain', { outletId: 'o-bbc', lang: 'en', publishedAt: '2023-05-02', quote: 'Wheat shipments rose' }),
  ],
  annotations: [annotation('a1', 'grain', { note: 'Vérifié auprès du ministère' })],
};

describe('imported claims in the library search', () => {
  it('finds an imported claim by the words of its statement, quotes and notes, and by its facets', async () => {
    const db = freshDb();
    const result = await applyImport(db, await planImport(db, parsedFile(file)));
    expect(result.ok).toBe(true);
    expect(await ids(db, { text: 'deployes russie' })).toEqual(['troops']);
    expect(await ids(db, { text: 'pyong' })).toEqual(['troops']);
    expect(await ids(db, { text: 'wheat' })).toEqual(['grain']);
    expect(await ids(db, { text: 'ministere' })).toEqual(['grain']);
    expect(await ids(db, { outletId: 'o-lemonde' })).toEqual(['troops']);
    expect(await ids(db, { lang: 'en' })).toEqual(['grain', 'troops']);
    expect(await ids(db, { from: '2024-10-01', to: '2024-10' })).toEqual(['troops']);
    expect(await ids(db, { hasAnnotations: true })).toEqual(['grain']);
    expect(await storedIndex(db)).toEqual(await rebuiltIndex(db));
  });

  it('a claim the import rewrites is found by its new words only, and an edit afterwards is found at once', async () => {
    const db = freshDb();
    await db.claims.put(claim('troops', { statement: { fr: 'Une ancienne formulation sur des conscrits' } }));
    await db.versions.put(version('v2', 'troops', { quote: 'An old quote about battalions' }));
    const result = await applyImport(db, await planImport(db, parsedFile(file)), { conflictPolicy: 'take-incoming' });
    expect(result.ok).toBe(true);
    expect(await ids(db, { text: 'conscrits' })).toEqual([]);
    expect(await ids(db, { text: 'battalions' })).toEqual([]);
    expect(await ids(db, { text: 'twelve thousand' })).toEqual(['troops']);
    await db.versions.update('v3', { quote: 'Barley shipments fell' });
    await db.annotations.delete('a1');
    expect(await ids(db, { text: 'wheat' })).toEqual([]);
    expect(await ids(db, { text: 'barley' })).toEqual(['grain']);
    expect(await ids(db, { hasAnnotations: true })).toEqual([]);
    // A word two records of a claim share stays until both are gone.
    await db.versions.put(version('v4', 'grain', { quote: 'Barley again' }));
    await db.versions.delete('v3');
    expect(await ids(db, { text: 'barley' })).toEqual(['grain']);
    await db.versions.clear();
    expect(await ids(db, { text: 'barley' })).toEqual([]);
    expect(await storedIndex(db)).toEqual(await rebuiltIndex(db));
  });

  it('counts a record given twice in one file, or twice in one write, once', async () => {
    const db = freshDb();
    const twice = parsedFile(file);
    twice.versions.push({ ...twice.versions[0], quote: 'Pyongyang a envoyé des renforts' });
    expect((await applyImport(db, await planImport(db, twice), { conflictPolicy: 'take-incoming' })).ok).toBe(true);
    await db.versions.bulkPut([version('v9', 'grain', { quote: 'First' }), version('v9', 'grain', { quote: 'Second' })]);
    expect(await storedIndex(db)).toEqual(await rebuiltIndex(db));
  });
});

describe('a failed import', () => {
  it('writes nothing: no record and no search word, whether it fails in a write or after the writes', async () => {
    const db = freshDb();
    await db.claims.put(claim('kept', { statement: { en: 'Already in the library' } }));
    const indexBefore = await storedIndex(db);
    // A value IndexedDB cannot store, in the last table written: every earlier table was written first.
    const broken = parsedFile(file);
    broken.annotations[0] = { ...broken.annotations[0], note: (() => 'not storable') as unknown as string };
    const failed = await applyImport(db, await planImport(db, broken));
    expect(failed.ok).toBe(false);
    const afterHook = await applyImport(db, await planImport(db, parsedFile(file)), {
      after: async () => {
        throw new Error('simulated failure after the writes');
      },
    });
    expect(afterHook).toMatchObject({ ok: false, message: expect.stringContaining('simulated failure') });
    expect(await db.claims.toCollection().primaryKeys()).toEqual(['kept']);
    expect(await db.versions.count()).toBe(0);
    expect(await ids(db, { text: 'pyongyang' })).toEqual([]);
    expect(await ids(db, { text: 'library' })).toEqual(['kept']);
    expect(await storedIndex(db)).toEqual(indexBefore);
  });
});

describe('schema version 7 and 9 upgrades', () => {
  it('keeps a library stored under version 5 searchable, and drops the old per-record rows', async () => {
    const name = `search-upgrade-${Math.random().toString(36).slice(2)}`;
    const v5 = new Dexie(name);
    v5.version(5).stores({
      claims: 'id, status, updatedAt, origin, *tags',
      outlets: 'id, name, *domains',
      versions: 'id, claimId, outletId, url, lang, publishedAt, updatedAt, [claimId+outletId]',
      annotations: 'id, claimId, versionId, url, updatedAt',
      settings: 'key',
      meta: 'key',
      searchWords: 'id, *words',
      matchDecisions: '[url+claimId], url, claimId',
      feeds: 'id, &url',
      feedItems: '[feedId+claimId], feedId, claimId',
    });
    await v5.table('claims').bulkPut(file.claims);
    await v5.table('versions').bulkPut(file.versions);
    await v5.table('annotations').bulkPut(file.annotations);
    await v5.table('searchWords').put({ id: 'troops\u0000claims\u0000troops', words: ['soldats'] });
    v5.close();

    const db = openDb(name);
    expect(await ids(db, { text: 'militaires' })).toEqual(['troops']);
    expect(await ids(db, { text: 'grain' })).toEqual(['grain']);
    expect(await ids(db, { hasAnnotations: true })).toEqual(['grain']);
    expect(db.tables.map((t) => t.name)).not.toContain('searchWords');
    expect(await storedIndex(db)).toEqual(await rebuiltIndex(db));
    // Version 9 drops the indexes nothing queries; the language menu and the per-claim counts still read.
    expect(db.versions.schema.indexes.map((i) => i.name).sort()).toEqual(['[claimId+outletId]', 'url']);
    expect((await db.versions.where('claimId').anyOf(['grain', 'troops']).primaryKeys()).sort()).toEqual(['v1', 'v2', 'v3']);
    expect(await listVersionLangs(db)).toEqual(['en', 'fr']);
    expect((await queryClaims(db, { text: 'militaires' })).items.map((i) => [i.claim.id, i.versionCount, i.outletCount])).toEqual([['troops', 2, 2]]);
    db.close();
  });
});
