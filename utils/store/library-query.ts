import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type Middleware, type Transaction } from 'dexie';
import type { RecoupeDb } from '@/utils/store/db';
import type { Annotation, Claim, Outlet, Version } from '@/utils/core/model';
import type { Status } from '@/utils/core/statuses';

/*
 * The library page's search and filters. They run on a `searchWords` table, an inverted index with one
 * row per claim, version and annotation: the row id starts with the claim id, and its multi-entry
 * `words` index holds the record's folded words plus facet terms (outlet, language, publication date,
 * "annotated") under a prefix no word can contain. A range on that index read with primaryKeys()
 * (one getAllKeys call, no cursor, no record loaded) yields the matching claim ids, so a search or a
 * filter over 100,000 versions never reads a version. A DBCore middleware keeps the rows in step with
 * every write (the starter loader, imports and the content script's annotations included), and keeps
 * the word lists out of the records themselves: exports and the loader's record comparison see no new field.
 */

/** Declared in version 2 of utils/db.ts: `searchWords: 'id, *words'`. */
export const SEARCH_TABLE = 'searchWords';
const INDEXED = new Set(['claims', 'versions', 'annotations']);
const SEP = '\u0000';
/** Facet terms start with a control character, which the tokeniser never keeps. */
const FACET = '\u0001';
const MAX_WORD = 40;
const MAX_WORDS = 2000;

interface SearchRow {
  id: string;
  words: string[];
}

/** Lowercase, accents and ligatures folded: "Armée" and "armee" meet. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

/** The distinct folded words of some texts. */
export function searchTokens(...texts: (string | undefined)[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const w of foldForSearch(text ?? '').match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (words.size >= MAX_WORDS) break;
      words.add(w.slice(0, MAX_WORD));
    }
  }
  return [...words];
}

const facet = (name: string, value: string) => `${FACET}${name}:${value}`;

function searchRow(table: string, record: unknown): SearchRow | undefined {
  let claimId: string;
  let words: string[];
  if (table === 'claims') {
    const c = record as Claim;
    claimId = c.id;
    words = searchTokens(...Object.values(c.statement ?? {}), ...(c.tags ?? []), ...(c.statusHistory ?? []).map((h) => h.note));
  } else if (table === 'versions') {
    const v = record as Version;
    claimId = v.claimId;
    words = searchTokens(v.quote, v.title);
    words.push(facet('outlet', v.outletId ?? ''), facet('lang', v.lang ?? ''), facet('date', v.publishedAt ?? ''));
  } else if (table === 'annotations') {
    const a = record as Annotation;
    claimId = a.claimId;
    words = searchTokens(a.note, a.selectors?.quote?.exact, ...(a.tags ?? []));
    words.push(facet('annotated', ''));
  } else return undefined;
  return { id: [claimId, table, (record as { id: string }).id].join(SEP), words };
}

const claimIdOfRow = (rowId: string) => rowId.slice(0, rowId.indexOf(SEP));

/** Keeps `searchWords` in step with claims, versions and annotations, in the same transaction as the write. */
export const searchWordsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'recoupeSearchWords',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        // IndexedDB fixes a transaction's scope when it opens: widen it so the index rows can be written too.
        const widen = mode === 'readwrite' && stores.some((s) => INDEXED.has(s)) && !stores.includes(SEARCH_TABLE);
        return down.transaction(widen ? [...stores, SEARCH_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!INDEXED.has(name)) return table;
        return {
          ...table,
          async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            const search = down.table(SEARCH_TABLE);
            const trans = req.trans;
            // The rows of the records as they were: their ids hold the claim id, which a merge changes.
            let before: unknown[];
            if (req.type === 'deleteRange') {
              const found = await table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: req.range } });
              before = found.result;
            } else {
              const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v)));
              before = (await table.getMany({ trans, keys })).filter(Boolean);
            }
            const res = await table.mutate(req);
            const after =
              req.type === 'add' || req.type === 'put' ? req.values.filter((_, i) => !res.failures[i]).flatMap((v) => searchRow(name, v) ?? []) : [];
            const keep = new Set(after.map((r) => r.id));
            const stale = before.flatMap((v) => searchRow(name, v)?.id ?? []).filter((id) => !keep.has(id));
            if (stale.length) await search.mutate({ type: 'delete', trans, keys: stale });
            if (after.length) await search.mutate({ type: 'put', trans, values: after });
            return res;
          },
        };
      },
    };
  },
};

/** upgrade() of version 2: builds the search rows of the records already stored. */
export async function fillSearchWords(tx: Transaction): Promise<void> {
  for (const name of INDEXED) {
    const rows: SearchRow[] = [];
    await tx.table(name).each((record: unknown) => {
      const row = searchRow(name, record);
      if (row) rows.push(row);
    });
    await tx.table(SEARCH_TABLE).bulkPut(rows);
  }
}

export interface LibraryQuery {
  text?: string;
  status?: Status;
  outletId?: string;
  tag?: string;
  /** A version language. */
  lang?: string;
  /** Publication dates of versions, ISO, inclusive (a partial `to` such as "2024-10" covers the whole month). */
  from?: string;
  to?: string;
  /** true: only claims with annotations; false: only claims without. */
  hasAnnotations?: boolean;
  offset?: number;
  limit?: number;
}

export interface ClaimListItem {
  claim: Claim;
  versionCount: number;
  outletCount: number;
}

/** Claim ids of the search rows whose words fall in [lower, upper]: index keys only, no record read. */
async function rowClaimIds(db: RecoupeDb, lower: string, upper: string): Promise<Set<string>> {
  const rowIds = (await db.table(SEARCH_TABLE).where('words').between(lower, upper, true, true).primaryKeys()) as string[];
  return new Set(rowIds.map(claimIdOfRow));
}

const prefixRange = (prefix: string): [string, string] => [prefix, prefix + '\uffff'];

/** Claim ids whose words include every word of `text` (the last one as a prefix, for search as you type). */
async function searchIds(db: RecoupeDb, text: string): Promise<Set<string>> {
  const tokens = searchTokens(text);
  const lastIsPrefix = !/[^\p{L}\p{N}]$/u.test(foldForSearch(text));
  const sets = await Promise.all(
    tokens.map((tok, i) => (i === tokens.length - 1 && lastIsPrefix ? rowClaimIds(db, ...prefixRange(tok)) : rowClaimIds(db, tok, tok))),
  );
  return intersect(sets) ?? new Set();
}

function intersect(sets: Set<string>[]): Set<string> | undefined {
  if (!sets.length) return undefined;
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...smallest].filter((id) => rest.every((s) => s.has(id))));
}

/** The ids the filters allow: `include` undefined means every claim. */
async function restrict(db: RecoupeDb, q: LibraryQuery): Promise<{ include?: Set<string>; exclude?: Set<string> }> {
  const sets: Promise<Set<string>>[] = [];
  const asSet = (p: Promise<string[]>) => p.then((ids) => new Set(ids));
  if (q.text && searchTokens(q.text).length) sets.push(searchIds(db, q.text));
  if (q.status) sets.push(asSet(db.claims.where('status').equals(q.status).primaryKeys()));
  if (q.tag) sets.push(asSet(db.claims.where('tags').equals(q.tag).primaryKeys()));
  if (q.outletId) sets.push(rowClaimIds(db, facet('outlet', q.outletId), facet('outlet', q.outletId)));
  if (q.lang) sets.push(rowClaimIds(db, facet('lang', q.lang), facet('lang', q.lang)));
  // A partial `to` ("2024-10") takes in every date that starts with it.
  if (q.from || q.to) sets.push(rowClaimIds(db, facet('date', q.from ?? ''), facet('date', q.to ?? '9999') + '\uffff'));
  let exclude: Set<string> | undefined;
  if (q.hasAnnotations !== undefined) {
    const annotated = rowClaimIds(db, facet('annotated', ''), facet('annotated', ''));
    if (q.hasAnnotations) sets.push(annotated);
    else exclude = await annotated;
  }
  return { include: intersect(await Promise.all(sets)), exclude };
}

/** Under this many matches, sorting the matched records beats walking the whole updatedAt index. */
const SMALL_MATCH = 1000;

/** One page of claims matching the search and filters, most recently updated first, with the total. */
export async function queryClaims(db: RecoupeDb, q: LibraryQuery): Promise<{ items: ClaimListItem[]; total: number }> {
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.max(1, q.limit ?? 50);
  return db.transaction('r', [db.claims, db.versions, db.annotations, db.table(SEARCH_TABLE)], async () => {
    const { include, exclude } = await restrict(db, q);
    let total: number;
    let page: Claim[];
    if (!include && !exclude) {
      total = await db.claims.count();
      page = await db.claims.orderBy('updatedAt').reverse().offset(offset).limit(limit).toArray();
    } else if (include && include.size <= SMALL_MATCH) {
      const all = (await db.claims.bulkGet([...include])).filter((c): c is Claim => !!c && !exclude?.has(c.id));
      all.sort(byRecent);
      total = all.length;
      page = all.slice(offset, offset + limit);
    } else {
      // Forward primaryKeys() is one getAllKeys call; reversed here rather than by a cursor.
      const ordered = (await db.claims.orderBy('updatedAt').primaryKeys()).reverse().filter(
        (id) => (!include || include.has(id)) && !exclude?.has(id),
      );
      total = ordered.length;
      page = (await db.claims.bulkGet(ordered.slice(offset, offset + limit))).filter((c): c is Claim => !!c);
    }
    return { items: await Promise.all(page.map((claim) => listItem(db, claim))), total };
  });
}

function byRecent(a: Claim, b: Claim): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1;
}

async function listItem(db: RecoupeDb, claim: Claim): Promise<ClaimListItem> {
  const keys = (await db.versions
    .where('[claimId+outletId]')
    .between([claim.id, Dexie.minKey], [claim.id, Dexie.maxKey])
    .keys()) as unknown as [string, string][];
  return { claim, versionCount: keys.length, outletCount: new Set(keys.map((k) => k[1])).size };
}

/** Outlets for the filter menu, by name. */
export async function listOutlets(db: RecoupeDb): Promise<Outlet[]> {
  return db.outlets.orderBy('name').toArray();
}

/** Every tag in use on claims, sorted. */
export async function listTags(db: RecoupeDb): Promise<string[]> {
  return (await db.claims.orderBy('tags').uniqueKeys()) as string[];
}

/** Every version language in use, sorted. */
export async function listVersionLangs(db: RecoupeDb): Promise<string[]> {
  return ((await db.versions.orderBy('lang').uniqueKeys()) as string[]).filter(Boolean);
}
