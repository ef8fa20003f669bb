import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware, Table, Transaction } from 'dexie';
import type { Annotation, Claim, Version } from '@/utils/core/model';
import { endPhase } from '@/utils/core/phase-timing';
import { hasCjk } from '@/utils/core/matching/cjk';
import { applyTermDelta, FACET, TERMS_TABLE, TermDelta, type BucketStore, type TermBucket } from '@/utils/store/search-terms';

/*
 * The index behind the library page's search and filters (their queries are in library-query.ts):
 * for every claim, version and annotation, its folded words plus facet terms (outlet, language,
 * publication date, "annotated") under a prefix no word can contain, counted per claim in the
 * buckets of utils/store/search-terms.ts. A DBCore middleware keeps the index in step with every
 * write (the starter loader, the content script's annotations, edits, deletes), in the write's own
 * transaction, and keeps the word lists out of the records themselves: exports and the loader's
 * record comparison see no new field. A bulk writer (an import) turns the middleware off for its
 * transaction and hands over the changes of all its records at once (bulkIndexed).
 */

/** How searchTokens cuts texts (2: Chinese, Japanese and Korean as pairs of characters), stamped in the meta table under this key. */
export const SEARCH_TOKENS = 2;
export const SEARCH_TOKENS_MARK = 'searchTokens';

const INDEXED = new Set(['claims', 'versions', 'annotations']);
const MAX_WORD = 40;
const MAX_WORDS = 2000;

/** Lowercase, accents and ligatures folded: "Armée" and "armee" meet. */
export function foldForSearch(text: string): string {
  // Plain ASCII has nothing to fold but case (most English text: the normalisation is the costly part).
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '');
  return (LIGATURES.test(folded) ? folded.replace(/[œŒ]/g, 'oe').replace(/[æÆ]/g, 'ae').replace(/ß/g, 'ss') : folded).toLowerCase();
}

const NON_ASCII = /[^\x00-\x7f]/;
const LIGATURES = /[œŒæÆß]/;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Calls `visit` with each folded word of some texts, in order, each cut to MAX_WORD characters, until
 * it returns MAX_WORDS or more (the caller's count of distinct words). The texts are folded together,
 * a line break between them, so that words never join across them.
 */
function eachWord(texts: (string | undefined)[], visit: (word: string) => number): void {
  const folded = foldForSearch(texts.filter(Boolean).join('\n'));
  const cut = (w: string) => (w.length > MAX_WORD ? w.slice(0, MAX_WORD) : w);
  if (NON_ASCII.test(folded) && OTHER_WORD_CHAR.test(folded)) {
    for (const w of folded.match(WORD) ?? []) {
      if (!hasCjk(w)) {
        if (visit(cut(w)) >= MAX_WORDS) return;
        continue;
      }
      // Ideographs, kana or Hangul: Chinese and Japanese write no space between words, so a whole clause
      // was one term and a word inside it ("避難" in "山谷で避難指示") was never found. The word is cut
      // into its overlapping pairs of characters (a lone one as itself); a search's own pairs must all
      // be there (searchIds), wherever its words fall.
      if (w.length === 1 && visit(w) >= MAX_WORDS) return;
      for (let k = 0; k + 2 <= w.length; k++) if (visit(w.slice(k, k + 2)) >= MAX_WORDS) return;
    }
    return;
  }
  // Folded text with no letter or digit beyond ASCII (most Latin-script text, its accents folded away):
  // its words are the runs of a-z and 0-9, read without a regular expression or an array of matches.
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 0;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (visit(cut(folded.slice(start, i))) >= MAX_WORDS) return;
      start = -1;
    }
  }
}

/** A letter or digit beyond ASCII (Greek, Cyrillic, CJK, a ligature's letter...). */
const OTHER_WORD_CHAR = /(?![\x00-\x7f])[\p{L}\p{N}]/u;

/** The distinct folded words of some texts, at most MAX_WORDS (a search's words; a record's, see countRecord). */
export function searchTokens(...texts: (string | undefined)[]): string[] {
  const words = new Set<string>();
  eachWord(texts, (w) => words.add(w).size);
  return [...words];
}

export const facet = (name: string, value: string) => `${FACET}${name}:${value}`;

/** Counts the distinct words of some texts into the record begun last in `delta` (TermDelta.term counts each once). */
const countWords = (delta: TermDelta, texts: (string | undefined)[]) => eachWord(texts, (w) => delta.term(w));

/**
 * Adds (sign 1) or takes away (sign -1) a record's terms: the distinct words of its texts (those of
 * searchTokens) and its facets. Nothing for a table the index does not cover.
 */
export function countRecord(delta: TermDelta, table: string, record: unknown, sign: 1 | -1): void {
  if (table === 'claims') {
    const c = record as Claim;
    delta.begin(c.id, sign);
    countWords(delta, [...Object.values(c.statement ?? {}), ...(c.tags ?? []), ...(c.statusHistory ?? []).map((h) => h.note)]);
  } else if (table === 'versions') {
    const v = record as Version;
    delta.begin(v.claimId, sign);
    countWords(delta, [v.quote, v.title]);
    delta.term(facet('outlet', v.outletId ?? ''));
    delta.term(facet('lang', v.lang ?? ''));
    delta.term(facet('date', v.publishedAt ?? ''));
  } else if (table === 'annotations') {
    const a = record as Annotation;
    delta.begin(a.claimId, sign);
    countWords(delta, [a.note, a.selectors?.quote?.exact, ...(a.tags ?? [])]);
    delta.term(facet('annotated', ''));
  }
}

function coreBuckets(table: DBCoreTable, trans: DBCoreTransaction): BucketStore {
  return {
    getMany: (keys) => table.getMany({ trans, keys }) as Promise<(TermBucket | undefined)[]>,
    putMany: async (values) => void (await table.mutate({ type: 'put', trans, values })),
    deleteMany: async (keys) => void (await table.mutate({ type: 'delete', trans, keys })),
  };
}

function tableBuckets(table: Table<TermBucket, string>): BucketStore {
  return {
    getMany: (keys) => table.bulkGet(keys),
    putMany: async (rows) => void (await table.bulkPut(rows)),
    deleteMany: (keys) => table.bulkDelete(keys),
  };
}

/** Transactions whose writes the middleware leaves to their bulk writer. */
const bulkWriting = new WeakSet<object>();

/**
 * Runs `write` in `tx` (a read-write transaction over every table) with the middleware off: `write`
 * counts every record it replaces (-1) and writes (+1) in the delta, applied to the index at the end,
 * in the same transaction. Writes after it (feed bookkeeping) are indexed by the middleware again.
 */
export async function bulkIndexed<T>(tx: Transaction, write: (delta: TermDelta) => Promise<T>): Promise<T> {
  const delta = new TermDelta();
  bulkWriting.add(tx.idbtrans);
  let result: T;
  try {
    result = await write(delta);
  } finally {
    bulkWriting.delete(tx.idbtrans);
  }
  const start = performance.now();
  await applyTermDelta(tableBuckets(tx.table(TERMS_TABLE)), delta);
  endPhase('import:search-index', start);
  return result;
}

/** Keeps the index in step with claims, versions and annotations, in the same transaction as the write. */
export const searchWordsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'recoupeSearchWords',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        // IndexedDB fixes a transaction's scope when it opens: widen it so the index can be written too.
        const widen = mode === 'readwrite' && stores.some((s) => INDEXED.has(s)) && !stores.includes(TERMS_TABLE);
        return down.transaction(widen ? [...stores, TERMS_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!INDEXED.has(name)) return table;
        return {
          ...table,
          async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            const trans = req.trans;
            if (bulkWriting.has(trans)) return table.mutate(req);
            const delta = new TermDelta();
            let res: DBCoreMutateResponse;
            if (req.type === 'deleteRange') {
              const found = await table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: req.range } });
              res = await table.mutate(req);
              for (const record of found.result) countRecord(delta, name, record, -1);
            } else {
              const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v)));
              // An add never replaces a record (an existing key fails), so only puts and deletes read what was there.
              const stored = req.type === 'add' ? [] : await table.getMany({ trans, keys });
              res = await table.mutate(req);
              // Per key, the record before the request and the last one it wrote: a key given twice counts once.
              const changes = new Map<unknown, { before: unknown; after: unknown }>();
              keys.forEach((key, i) => {
                if (res.failures[i]) return;
                const change = changes.get(key) ?? { before: stored[i], after: undefined };
                change.after = req.type === 'delete' ? undefined : req.values[i];
                changes.set(key, change);
              });
              for (const { before, after } of changes.values()) {
                if (before) countRecord(delta, name, before, -1);
                if (after) countRecord(delta, name, after, 1);
              }
            }
            await applyTermDelta(coreBuckets(down.table(TERMS_TABLE), trans), delta);
            return res;
          },
        };
      },
    };
  },
};

/** upgrade() of version 2, which built the per-record rows of that version's index. Version 7 drops them and builds its own. */
export async function fillSearchWords(): Promise<void> {}

/** upgrade() of version 7: the index of the records already stored. */
export async function fillSearchTerms(tx: Transaction): Promise<void> {
  const delta = new TermDelta();
  for (const name of INDEXED) await tx.table(name).each((record: unknown) => countRecord(delta, name, record, 1));
  await applyTermDelta(tableBuckets(tx.table(TERMS_TABLE)), delta);
}
