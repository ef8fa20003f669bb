import Dexie, { type EntityTable } from 'dexie';
import type { Annotation, Claim, Outlet, Settings, Version } from '@/utils/core/model';
import type { FeedItem, FeedRecord } from '@/utils/core/feeds/feed-types';
import { fillSearchTerms, fillSearchWords, SEARCH_TOKENS, SEARCH_TOKENS_MARK, searchWordsMiddleware } from '@/utils/store/search-words';
import { matchChangesMiddleware, type MatchChangeRow } from '@/utils/store/match-changes';
import type { StoredMatchIndex } from '@/utils/store/match-index-record';
import { groupStoredPacks, packStoredVersions, versionPacksMiddleware } from '@/utils/store/version-packs/packs-middleware';

export interface MetaRecord {
  key: string;
  value: unknown;
}

/** The user's answer to a possible match, for one page (normalised URL) and one claim. */
export interface MatchDecisionRecord {
  url: string;
  claimId: string;
  decision: 'confirmed' | 'dismissed';
  decidedAt: string;
}

export type RecoupeDb = Dexie & {
  claims: EntityTable<Claim, 'id'>;
  outlets: EntityTable<Outlet, 'id'>;
  versions: EntityTable<Version, 'id'>;
  annotations: EntityTable<Annotation, 'id'>;
  settings: EntityTable<Settings, 'key'>;
  meta: EntityTable<MetaRecord, 'key'>;
  matchDecisions: Dexie.Table<MatchDecisionRecord, [string, string]>;
  feeds: EntityTable<FeedRecord, 'id'>;
  feedItems: Dexie.Table<FeedItem, [string, string]>;
  matchIndex: EntityTable<StoredMatchIndex, 'key'>;
  matchChanges: Dexie.Table<MatchChangeRow, number>;
};

export const DB_NAME = 'recoupe';

/**
 * Schema versions. Never edit a released version: add a new one with its upgrade().
 * Only queried fields are indexed.
 */
export function defineSchema(db: Dexie): void {
  db.version(1).stores({
    claims: 'id, status, updatedAt, origin, *tags',
    outlets: 'id, name, *domains',
    versions: 'id, claimId, outletId, url, lang, publishedAt, updatedAt',
    annotations: 'id, claimId, versionId, url, updatedAt',
    settings: 'key',
    meta: 'key',
  });
  // Version 2: the library page's search and filter table (an inverted index kept in step with every
  // write by a middleware, see utils/store/search-words.ts) and each claim's outlets read from index keys.
  db.version(2)
    .stores({
      versions: 'id, claimId, outletId, url, lang, publishedAt, updatedAt, [claimId+outletId]',
      searchWords: 'id, *words',
    })
    .upgrade(fillSearchWords);
  // Version 3: the user's confirmed and dismissed possible matches, by page and claim.
  db.version(3).stores({ matchDecisions: '[url+claimId], url, claimId' });
  // Version 5: feed subscriptions, and which claims each feed brought (unsubscribing removes them).
  db.version(5).stores({
    feeds: 'id, &url',
    feedItems: '[feedId+claimId], feedId, claimId',
  });
  // Version 6: the matching index as built (so a worker start does not analyse every text again),
  // and the journal of claim and version writes it has yet to follow (see match-changes.ts).
  db.version(6).stores({ matchIndex: 'key', matchChanges: '++seq' });
  // Version 7: the search index as term buckets (utils/store/search-terms.ts) in place of one row per
  // record under a multi-entry index, which made imports slow; built from the records already stored.
  db.version(7).stores({ searchWords: null, searchTerms: 'key' }).upgrade(fillSearchTerms);
  // Version 9: no index that nothing queries. In Chromium every index entry is paid for at every
  // write (an import of 100,000 versions wrote 700,000 of them); the language menu reads the
  // search index's language facets instead of an index on versions.lang, and Dexie answers
  // where('claimId') on versions from [claimId+outletId] (a "virtual index").
  db.version(9).stores({
    claims: 'id, status, updatedAt, *tags',
    versions: 'id, url, [claimId+outletId]',
    annotations: 'id, claimId, url',
  });
  // Version 10: versions stored one pack per claim (utils/store/version-packs/): Chromium pays for
  // every record written, and an import of 100,000 versions as rows could not take under 20 s.
  db.version(10).stores({ versionPacks: 'claimId', versionHomes: 'key' }).upgrade(packStoredVersions);
  // The packs hold a group of claims each (pack-store.ts GROUPS): an import writes a fifth of the records.
  db.version(11).stores({}).upgrade(groupStoredPacks);
  // A database made now is indexed by today's cut of the texts from its first write: the library
  // page's one rebuild (search-refill.ts) is for libraries of earlier versions only, and on a new one
  // it would hold every table while the user's first import waits.
  db.on('populate', (tx) => {
    void tx.table('meta').put({ key: SEARCH_TOKENS_MARK, value: SEARCH_TOKENS });
  });
  db.use(versionPacksMiddleware);
  db.use(searchWordsMiddleware);
  db.use(matchChangesMiddleware);
}

export function openDb(name: string = DB_NAME): RecoupeDb {
  const db = new Dexie(name) as RecoupeDb;
  defineSchema(db);
  return db;
}

let shared: RecoupeDb | undefined;

/** The extension's database (background and extension pages; never the content script). */
export function getDb(): RecoupeDb {
  shared ??= openDb();
  return shared;
}
