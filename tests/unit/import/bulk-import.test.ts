/**
 * A large import, as the library page writes it (chunks issued without waiting for the previous
 * one): a failure anywhere writes nothing at all, and what it writes is found by the library search
 * and highlighted by the matcher on a page.
 */
import { describe, expect, it } from 'vitest';
import { exportRecoupeJson } from '@/utils/core/formats/export-recoupe-json';
import { parseImport } from '@/utils/core/import/parse-import';
import type { ParsedImport } from '@/utils/core/import/import-types';
import type { Claim, Outlet, Version } from '@/utils/core/model';
import type { ExportSelection } from '@/utils/core/formats/export-selection';
import type { RecoupeDb } from '@/utils/store/db';
import { planImport } from '@/utils/store/import/plan-import';
import { applyImport } from '@/utils/store/import/apply-import';
import { queryClaims } from '@/utils/store/library-query';
import { MatcherService } from '@/utils/store/matcher-service';
import { TERMS_TABLE } from '@/utils/store/search-terms';
import { freshDb } from './db-helpers';

const T0 = '2025-03-01T00:00:00.000Z';
/** More than two chunks of versions (apply-import.ts writes 5,000 at a time). */
const VERSIONS = 12_000;
const PER_CLAIM = 4;

const outlets: Outlet[] = [0, 1, 2].map((i) => ({ id: `o${i}`, name: `Outlet ${i}`, domains: [`outlet${i}.example`], origin: 'import' }));

function claim(id: string, text: string): Claim {
  return {
    id, statement: { en: text }, status: 'false', statusReason: 'Checked', statusDate: T0,
    statusHistory: [{ status: 'false', reason: 'Checked', date: T0, by: 'desk' }], tags: [], origin: 'import', createdAt: T0, updatedAt: T0,
  };
}

function version(id: string, claimId: string, quote: string, i: number): Version {
  return {
    id, claimId, outletId: `o${i % 3}`, url: `https://outlet${i % 3}.example/a/${id}`, title: `Article ${id}`, publishedAt: '2025-02-27', quote, lang: 'en',
    figures: [], places: [], attributions: [], dates: [], factsExtracted: true, origin: 'import', createdAt: T0, updatedAt: T0,
  };
}

/** One distinctive claim (the one a reader would meet on a page) among thousands of filler ones. */
const ICEBREAKERS = 'The harbour of Tromsø will host forty-two icebreakers from the Arctic Council next winter, officials said.';

function library(): ExportSelection {
  const claims = [claim('icebreakers', 'Tromsø will host forty-two Arctic Council icebreakers')];
  const versions = [version('icebreakers-v', 'icebreakers', ICEBREAKERS, 0)];
  for (let i = 0; i < VERSIONS - 1; i++) {
    const c = `filler-${Math.floor(i / PER_CLAIM)}`;
    if (i % PER_CLAIM === 0) claims.push(claim(c, `Filler statement number ${i} about municipal budgets`));
    versions.push(version(`filler-v${i}`, c, `Report ${i}: the municipal budget of district ${i} rose by ${i % 97} percent.`, i));
  }
  return { outlets, claims, versions, annotations: [] };
}

function parsed(selection: ExportSelection): ParsedImport {
  const result = parseImport(exportRecoupeJson(selection), { fileName: 'big.json' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Everything an import writes to, as it stands. */
async function state(db: RecoupeDb) {
  return {
    claims: await db.claims.toCollection().primaryKeys(),
    versions: await db.versions.count(),
    outlets: await db.outlets.count(),
    terms: await db.table(TERMS_TABLE).toArray(),
    journal: await db.matchChanges.toArray(),
    lastImport: await db.meta.get('lastImport'),
  };
}

/** Thousands of records in fake-indexeddb, on a shared machine: room, not a speed check (the benchmarks measure). */
const ROOM = { timeout: 60_000 };

const found = async (db: RecoupeDb, text: string) => (await queryClaims(db, { text, limit: 10 })).items.map((i) => i.claim.id);

describe('a large import', () => {
  it('that fails in the middle of its writes stores nothing: no record, no search word, no journal row', ROOM, async () => {
    const db = freshDb();
    await db.claims.put(claim('kept', 'Already in the library'));
    const before = await state(db);
    const file = parsed(library());
    // A value IndexedDB cannot store, in the second chunk of versions: the first chunk and every claim were issued before it.
    file.versions[7_000] = { ...file.versions[7_000], title: (() => 'not storable') as unknown as string };
    const plan = await planImport(db, file);
    expect(plan.records.versions.length).toBe(VERSIONS);
    const result = await applyImport(db, plan);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('nothing was changed') });
    expect(await state(db)).toEqual(before);
    expect(await found(db, 'municipal')).toEqual([]);
    expect(await found(db, 'library')).toEqual(['kept']);
  });

  it('is found by the library search and highlighted by the matcher on a page', ROOM, async () => {
    const db = freshDb();
    await db.claims.put(claim('kept', 'Already in the library'));
    const service = new MatcherService(db, undefined, 0);
    const page = { url: 'https://news.example/arctic', lang: 'en' };
    const blocks = [{ id: 0, text: `Last week, the council met. ${ICEBREAKERS}`, lang: 'en' }];
    // The matcher has its index before the import, as a running background would.
    expect((await service.scan(page, blocks, 'en')).matches).toEqual([]);
    const file = library();
    const result = await applyImport(db, await planImport(db, parsed(file)));
    expect(result).toMatchObject({ ok: true, written: { claims: file.claims.length, versions: VERSIONS } });
    expect(await found(db, 'icebreakers')).toEqual(['icebreakers']);
    expect(await found(db, 'harbour tromsø')).toEqual(['icebreakers']);
    // The background learns of the import from Dexie's storagemutated event.
    service.invalidate();
    const highlights = (await service.scan(page, blocks, 'en')).matches.filter((m) => m.level === 'highlight');
    expect(highlights.map((m) => [m.claimId, m.status])).toEqual([['icebreakers', 'false']]);
  });
});
