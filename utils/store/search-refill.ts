import type { RecoupeDb } from '@/utils/store/db';
import { fillSearchTerms, SEARCH_TOKENS, SEARCH_TOKENS_MARK as MARK } from '@/utils/store/search-words';
import { TERMS_TABLE } from '@/utils/store/search-terms';

/**
 * Builds the library search's index again from every record as stored (fillSearchTerms, versions read
 * from their packs through the middleware), once, where it was built by an earlier cut of the texts: a
 * Chinese or Japanese clause had been one term, so that a word inside it was never found. Run by the
 * library page when it opens (the only page that searches), not at the worker's start. True when it rebuilt.
 */
export async function ensureSearchTokens(db: RecoupeDb): Promise<boolean> {
  if ((await db.meta.get(MARK))?.value === SEARCH_TOKENS) return false;
  await db.transaction('rw', db.tables, async (tx) => {
    await tx.table(TERMS_TABLE).clear();
    await fillSearchTerms(tx);
    await tx.table('meta').put({ key: MARK, value: SEARCH_TOKENS });
  });
  return true;
}
