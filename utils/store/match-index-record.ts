import type { PackedStrings, SerialisedIndex } from '@/utils/core/matching/serialise-index';
import type { CodedColumn } from '@/utils/core/matching/claim-index';
import type { DeferredText, PackedText } from '@/utils/core/matching/packed-text';
import type { AnalysisSample } from '@/utils/core/matching/engine-version';

/** The one record of table `matchIndex` (schema version 6): see match-index-store.ts. */
export interface StoredMatchIndex {
  key: string;
  /** engineStamp() of the code that wrote it and the record's layout (RECORD_FORMAT): another rebuilds. */
  engine: string;
  /** The last matchChanges row it reflects. */
  seq: number;
  savedAt: string;
  /** Claims in the index (tests and benchmarks read it without decoding the rest). */
  claims: number;
  /** Languages of the indexed documents, most used first: what a first scan will read word lists for. */
  langs: string[];
  /**
   * What the index holds for a spread of its documents (engine-version.ts), outside the Blob: a
   * restarted worker analyses them again while the Blob is read. Records stored before it have none
   * and are checked after the read, as before.
   */
  samples?: AnalysisSample[];
  /** StoredIndexParts, its arrays and long strings in `columns` (blob-columns.ts), but the documents' texts. */
  shape: unknown;
  columns: Blob;
  /** The documents' texts as UTF-8, end to end (their ends are in `columns`), read when asked for (blob-texts.ts); absent when they hold a lone surrogate and stay in `shape`. */
  texts?: Blob;
  /** The known article URLs as UTF-8, end to end (their ends, and every URL_BLOCK-th URL, are in `columns`): a lookup reads its block (snapshot-tables.ts). */
  urlTexts?: Blob;
  /** The claims' statements (JSON, UTF-8, end to end; their ends are in `columns`): a scan reads its matched claims' (snapshot-tables.ts). */
  statementTexts?: Blob;
  /** Where the samples' texts are in `texts` ([start, end] byte pairs, laid flat): a load takes a sample's text from `samples` where its place agrees with the stored ends, and reads no slice of `texts` for it. */
  sampleRanges?: number[];
}

/** What the record holds, decoded. */
export interface StoredIndexParts {
  index: SerialisedIndex;
  /** Per claim of the index, in its order: status, and statement as JSON (snapshot-tables.ts; UTF-8 unless one holds a lone surrogate). */
  statuses: PackedStrings;
  statements: PackedText | DeferredText;
  /** Known article URLs, sorted (UTF-8 unless one holds a lone surrogate), and each one's outlet. */
  outletUrls: PackedText | DeferredText;
  urlOutlets: CodedColumn;
  /** Every URL_BLOCK-th URL of outletUrls (snapshot-tables.ts). */
  urlFirsts?: string[];
}
