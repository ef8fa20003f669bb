import { beforeEach, describe, expect, it } from 'vitest';
import type { RecoupeDb } from '@/utils/store/db';
import { queryClaims } from '@/utils/store/library-query';
import { ensureSearchTokens } from '@/utils/store/search-refill';
import { claim, freshDb, version } from './library-fixtures';

let db: RecoupeDb;
const ids = async (text: string) => (await queryClaims(db, { text })).items.map((i) => i.claim.id).sort();

beforeEach(async () => {
  db = freshDb();
  await db.claims.bulkPut([
    claim('flood-ja', { statement: { ja: '山谷で避難指示が出され、約3000人が避難した' } }),
    claim('flood-zh', { statement: { zh: '当局下令山谷居民撤离，约三千人离开家园' } }),
    claim('minister-ko', { statement: { ko: '장관은 북한군이 러시아에 도착했다고 말했다' } }),
    claim('other', { statement: { en: 'Grain exports doubled' } }),
  ]);
  await db.versions.bulkPut([version('v1', 'other', { lang: 'ja', quote: '輸出が倍増したと農林水産省が発表した' })]);
});

describe('library search in scripts without spaces', () => {
  it('finds a word inside a Japanese or Chinese clause, not only at its start', async () => {
    expect(await ids('避難')).toEqual(['flood-ja']);
    expect(await ids('撤离')).toEqual(['flood-zh']);
    expect(await ids('山谷')).toEqual(['flood-ja', 'flood-zh']);
    // Every pair of the search must be there, in the statement or a version's quote.
    expect(await ids('避難指示')).toEqual(['flood-ja']);
    expect(await ids('農林水産省')).toEqual(['other']);
    expect(await ids('避難撤离')).toEqual([]);
  });

  it('finds a Korean word with its particle, and a Latin word beside it as before', async () => {
    expect(await ids('북한군')).toEqual(['minister-ko']);
    expect(await ids('grain')).toEqual(['other']);
  });

  it('a library indexed by an earlier cut of the texts is indexed again once, when the library page opens', async () => {
    // As an earlier version left it: no pair of the clause in the index, and no mark.
    await db.table('searchTerms').clear();
    await db.meta.delete('searchTokens');
    expect(await ids('避難')).toEqual([]);
    expect(await ensureSearchTokens(db)).toBe(true);
    expect(await ids('避難')).toEqual(['flood-ja']);
    expect(await ids('農林水産省')).toEqual(['other']);
    expect(await ids('grain')).toEqual(['other']);
    expect(await ensureSearchTokens(db)).toBe(false);
  });

  it('a library made by this version is not indexed again: its first import does not wait for a rebuild', async () => {
    // The records of beforeEach were indexed by the middleware as they were written.
    expect(await ensureSearchTokens(db)).toBe(false);
    expect(await ids('避難')).toEqual(['flood-ja']);
  });
});
