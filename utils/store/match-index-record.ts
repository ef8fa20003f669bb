import type { PackedStrings, SerialisedIndex } from '@/utils/core/matching/serialise-index';
import type { CodedColumn } from '@/utils/core/matching/claim-index';
import type { PackedText } from '@/utils/core/matching/packed-text';

/** The one record of table `matchIndex` (schema version 6): see match-index-store.ts. */
export interface StoredMatchIndex {
  key: string;
  /** engineStamp() of the code that wrote it: another engine rebuilds. */
  engine: string;
  /** The last matchChanges row it reflects. */
  seq: number;
  savedAt: string;
  index: SerialisedIndex;
  /** Per claim of the index, in its order: status, and statement as JSON (snapshot-tables.ts). */
  statuses: PackedStrings;
  statements: PackedStrings;
  /** Known article URLs, sorted (UTF-8 unless one holds a lone surrogate), and each one's outlet. */
  outletUrls: PackedText;
  urlOutlets: CodedColumn;
}
