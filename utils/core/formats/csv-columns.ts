/** CSV columns, in order. Export writes them; import requires the REQUIRED ones by name. */
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
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const CSV_REQUIRED: readonly CsvColumn[] = ['claim_id', 'statement', 'status', 'url', 'quote'];

/** Joins several attributions or figures in one cell. */
export const CSV_LIST_SEPARATOR = ' | ';

export const UTF8_BOM = '\uFEFF';

/**
 * Cells a spreadsheet would run as a formula (= + - @ tab CR first), and cells that begin with
 * apostrophes before one (a text that itself began "'@POTUS"): the export puts one more apostrophe
 * before either, and the import takes exactly one away (CSV injection guard, undone losslessly).
 */
export const CSV_GUARDED = /^'*[=+\-@\t\r]/;
