import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware, Transaction } from 'dexie';
import type { Annotation, Claim, Version } from '@/utils/core/model';

/*
 * The index behind the library page's search and filters (their queries are in library-query.ts): a
 * `searchWords` table, an inverted index with one row per claim, version and annotation. The row id
 * starts with the claim id, and its multi-entry `words` index holds the record's folded words plus
 * facet terms (outlet, language, publication date, "annotated") under a prefix no word can contain. A
 * range on that index read with primaryKeys() (one getAllKeys call, no cursor, no record loaded) yields
 * the matching claim ids, so a search or a filter over 100,000 versions never reads a version. A DBCore
 * middleware keeps the rows in step with every write (the starter loader, imports and the content
 * script's annotations included), and keeps the word lists out of the records themselves: exports and
 * the loader's record comparison see no new field.
 */

/** Declared in version 2 of utils/store/db.ts: `searchWords: 'id, *words'`. */
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

export const facet = (name: string, value: string) => `${FACET}${name}:${value}`;

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

export const claimIdOfRow = (rowId: string) => rowId.slice(0, rowId.indexOf(SEP));

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
