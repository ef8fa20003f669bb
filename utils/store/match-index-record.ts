import type { PackedStrings, SerialisedIndex } from '@/utils/core/matching/serialise-index';

/** The one record of table `matchIndex` (schema version 6): see match-index-store.ts. */
export interface StoredMatchIndex {
  key: string;
  /** engineStamp() of the code that wrote it: another engine rebuilds. */
  engine: string;
  /** The last matchChanges row it reflects. */
  seq: number;
  savedAt: string;
  index: SerialisedIndex;
  /** Per claim of the index, in its order: status, and the statements as one JSON array. */
  statuses: PackedStrings;
  statements: string;
  outletUrls: PackedStrings;
  urlOutlets: PackedStrings;
}
