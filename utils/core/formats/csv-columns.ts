/**
 * CSV columns, in order. Export writes them; import requires the REQUIRED ones by name and reads the
 * others where the header has them (files written before `record` have only the first fourteen).
 *
 * `record` says what a row is (CSV_RECORDS); a row without it is a version, or a statement when it
 * has neither page nor quote. Version and statement rows carry their claim's current status, with
 * its reason and date, claimant, published label and tags. A status change row is one entry of the
 * claim's history (status, status_reason, status_date, status_by, note, evidence). An annotation row
 * is one annotation: its page in url, its quote in quote with the text around it (prefix, suffix)
 * and its place in the page (position_start, position_end), its version, note, tags, evidence and
 * dates (created, updated). Both repeat the claim's statement for the reader; the import takes the
 * statement from the other rows. A version row also carries the places and the dates its quote states,
 * and `facts_by_user` ("yes") when its facts were typed in the library, so that no extraction
 * replaces them after an import.
 */
export const CSV_COLUMNS = [
  'claim_id',
  'statement',
  'statement_lang',
  'status',
  'outlet_id',
  'outlet',
  'url',
  'date',
  'quote',
  'attribution',
  'figures',
  'version_id',
  'title',
  'lang',
  'record',
  'status_reason',
  'status_date',
  'status_by',
  'note',
  'evidence',
  'tags',
  'claimant',
  'rating_label',
  'annotation_id',
  'prefix',
  'suffix',
  'position_start',
  'position_end',
  'anchor_state',
  'created',
  'updated',
  'places',
  'dates',
  'facts_by_user',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const CSV_REQUIRED: readonly CsvColumn[] = ['claim_id', 'statement', 'status', 'url', 'quote'];

/** What a row is, in the `record` column. */
export const CSV_RECORDS = { version: 'version', statement: 'statement', statusChange: 'status change', annotation: 'annotation' } as const;
export type CsvRecord = (typeof CSV_RECORDS)[keyof typeof CSV_RECORDS];

/** `facts_by_user` of a version whose facts were typed in the library. */
export const FACTS_BY_USER = 'yes';

/** Joins several attributions or figures in one cell. */
export const CSV_LIST_SEPARATOR = ' | ';

export const UTF8_BOM = '\uFEFF';

/**
 * Cells a spreadsheet would run as a formula (= + - @ tab CR first), and cells that begin with
 * apostrophes before one (a text that itself began "'@POTUS"): the export puts one more apostrophe
 * before either, and the import takes exactly one away (CSV injection guard, undone losslessly).
 */
export const CSV_GUARDED = /^'*[=+\-@\t\r]/;
