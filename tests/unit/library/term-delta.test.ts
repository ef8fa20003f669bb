import { describe, expect, it } from 'vitest';
import { applyTermDelta, TermDelta, type BucketStore, type TermBucket } from '@/utils/store/search-terms';
import { countRecord, facet, foldForSearch, searchTokens } from '@/utils/store/search-words';

/** A bucket table in memory that records what each apply read and wrote. */
function memoryBuckets(): BucketStore & { rows: Map<string, TermBucket>; written: string[]; deleted: string[] } {
  const rows = new Map<string, TermBucket>();
  const store = {
    rows,
    written: [] as string[],
    deleted: [] as string[],
    getMany: async (keys: string[]) => keys.map((k) => (rows.has(k) ? structuredClone(rows.get(k)!) : undefined)),
    putMany: async (put: TermBucket[]) => {
      for (const b of put) rows.set(b.key, structuredClone(b));
      store.written.push(...put.map((b) => b.key));
    },
    deleteMany: async (keys: string[]) => {
      for (const k of keys) rows.delete(k);
      store.deleted.push(...keys);
    },
  };
  return store;
}

/** One record of a claim, with its terms. */
function add(delta: TermDelta, claimId: string, terms: string[], sign: 1 | -1): void {
  delta.begin(claimId, sign);
  for (const term of terms) delta.term(term);
}

const counts = (store: ReturnType<typeof memoryBuckets>, term: string) => Object.fromEntries(store.rows.get(term.slice(0, 3))?.terms.get(term) ?? []);

describe('the library search index counts each claim’s records per word', () => {
  it('counts a claim’s records wherever they come in the write (versions of one claim apart from each other)', async () => {
    const store = memoryBuckets();
    const delta = new TermDelta();
    add(delta, 'troops', ['soldats', 'russie'], 1);
    add(delta, 'grain', ['soldats', 'blé'], 1);
    add(delta, 'troops', ['soldats'], 1);
    add(delta, 'troops', ['soldats', 'corée'], 1);
    await applyTermDelta(store, delta);
    expect(counts(store, 'soldats')).toEqual({ troops: 3, grain: 1 });
    expect(counts(store, 'russie')).toEqual({ troops: 1 });
  });

  it('writes nothing for edits that keep their records’ words, even when several claims are edited together', async () => {
    const store = memoryBuckets();
    const first = new TermDelta();
    add(first, 'troops', ['soldats', 'russie'], 1);
    add(first, 'grain', ['soldats', 'blé'], 1);
    await applyTermDelta(store, first);
    store.written.length = 0;
    // A bulk put of both claims with the same words: both taken away, then both added back.
    const edit = new TermDelta();
    add(edit, 'troops', ['soldats', 'russie'], -1);
    add(edit, 'grain', ['soldats', 'blé'], -1);
    add(edit, 'troops', ['soldats', 'russie'], 1);
    add(edit, 'grain', ['soldats', 'blé'], 1);
    await applyTermDelta(store, edit);
    expect(store.written).toEqual([]);
    expect(counts(store, 'soldats')).toEqual({ troops: 1, grain: 1 });
  });

  it('takes a claim off a word when its last record with the word goes, and the bucket when its last word goes', async () => {
    const store = memoryBuckets();
    const first = new TermDelta();
    add(first, 'troops', ['soldats', 'russie'], 1);
    add(first, 'grain', ['soldats'], 1);
    await applyTermDelta(store, first);
    const edit = new TermDelta();
    add(edit, 'troops', ['soldats', 'russie'], -1);
    add(edit, 'grain', ['soldats'], -1);
    add(edit, 'grain', ['soldats', 'blé'], 1);
    await applyTermDelta(store, edit);
    expect(counts(store, 'soldats')).toEqual({ grain: 1 });
    expect(store.deleted).toEqual(['rus']);
    expect(counts(store, 'blé')).toEqual({ grain: 1 });
  });
});

describe('the library search folds what a reader would not type', () => {
  it('files accents, ligatures and case under the plain letters, and keeps ASCII words as they are', () => {
    expect(searchTokens('Le cœur de l’Armée', 'Straße ÆON')).toEqual(['le', 'coeur', 'de', 'l', 'armee', 'strasse', 'aeon']);
    expect(searchTokens('Kim Jong-un, 12,000 troops')).toEqual(['kim', 'jong', 'un', '12', '000', 'troops']);
    expect(searchTokens('Северная Корея отправила 12 000 солдат', 'Κόρεα')).toEqual(['северная', 'корея', 'отправила', '12', '000', 'солдат', 'κορεα']);
    // Japanese has no spaces: its runs are indexed as pairs of characters (cjk-search.test.ts).
    expect(searchTokens('北朝鮮は兵士を派遣した 12000')).toEqual(['北朝', '朝鮮', '鮮は', 'は兵', '兵士', '士を', 'を派', '派遣', '遣し', 'した', '12000']);
    expect(foldForSearch('Cœur')).toBe(foldForSearch('coeur'));
  });
});

describe('a record is found by the words a search for it is split into', () => {
  /** The terms a version is indexed under, as stored. */
  async function indexedTerms(quote: string, title?: string): Promise<string[]> {
    const store = memoryBuckets();
    const delta = new TermDelta();
    countRecord(delta, 'versions', { id: 'v', claimId: 'c', outletId: 'o', lang: 'xx', quote, title, publishedAt: '2024-10-22' }, 1);
    await applyTermDelta(store, delta);
    return [...store.rows.values()].flatMap((b) => [...b.terms.keys()]).sort();
  }
  const facets = [facet('outlet', 'o'), facet('lang', 'xx'), facet('date', '2024-10-22')];

  it.each([
    ['Pyongyang a envoyé « environ 12 000 soldats » en Russie, selon le NIS', 'L’armée nord-coréenne'],
    ['Straße, Œuvre and ÆON: 3MB, ½ and x² in one line', undefined],
    ['Северная Корея отправила 12 000 солдат', 'Κόρεα'],
    ['北朝鮮は兵士を派遣した 12000', undefined],
    ['Word word WORD wörd Word', 'word'],
    [`${'a'.repeat(60)} ${'b'.repeat(45)}x ${'b'.repeat(45)}y`, undefined],
  ])('indexes %j under the words searchTokens gives it', async (quote, title) => {
    expect(await indexedTerms(quote, title)).toEqual([...new Set([...searchTokens(quote, title), ...facets])].sort());
  });

  it('indexes at most 2,000 distinct words of a huge text, the first ones', async () => {
    const huge = Array.from({ length: 2500 }, (_, i) => `w${i} w${i}`).join(' ');
    const terms = await indexedTerms(huge);
    expect(terms).toHaveLength(2000 + facets.length);
    expect(terms).toContain('w1999');
    expect(terms).not.toContain('w2000');
  });
});
