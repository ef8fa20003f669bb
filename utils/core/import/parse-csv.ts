import Papa from 'papaparse';
import type { Annotation, Claim, Figure, StatusChange, Version } from '@/utils/core/model';
import type { Status } from '@/utils/core/statuses';
import { CSV_GUARDED, CSV_RECORDS, CSV_REQUIRED, FACTS_BY_USER, UTF8_BOM, type CsvColumn } from '@/utils/core/formats/csv-columns';
import { splitCsvList } from '@/utils/core/formats/csv-list';
import { IMPORT_LIMITS } from '@/utils/core/import/limits';
import { fail, type ParseResult } from '@/utils/core/import/import-types';
import { InvalidLog } from '@/utils/core/import/invalid-log';
import { languageOr, readId, readText, readUrl } from '@/utils/core/import/read-fields';
import { annotationOf } from '@/utils/core/import/read-csv-annotation';
import { claimFromRow, csvDateOf, setHistory, statusChangeOf, statusOf, type CsvRow } from '@/utils/core/import/read-csv-claim';
import { OutletSet, outletForUrl, stableHash } from '@/utils/core/import/derive-ids';
import type { ImportContext } from '@/utils/core/import/parse-web-annotation';

/**
 * Undoes the export's CSV-injection guard (CSV_GUARDED): "'=SUM(…)" was written for "=SUM(…)", and
 * "''@POTUS" for a text that itself began "'@POTUS".
 */
function unguard(cell: string): string {
  return cell.startsWith("'") && CSV_GUARDED.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** "11 000 soldiers" -> 11000; figures come back with the text as written and the first number in it. */
function figureOf(text: string): Figure | undefined {
  const match = /-?\d[\d\s\u00a0\u202f,.]*/.exec(text);
  if (!match) return undefined;
  const digits = match[0].replace(/[\s\u00a0\u202f]/g, '').replace(/,(?=\d{3}\b)/g, '').replace(',', '.');
  const value = Number.parseFloat(digits);
  return Number.isFinite(value) ? { value, text } : undefined;
}

/** "Claim ID", "CLAIM-ID", " claim_id " are the column claim_id; accents aside ("Statut" stays "statut"). */
function columnKey(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().replace(/^"|"$/g, '').toLowerCase().replace(/[\s\-.]+/g, '_');
}

/**
 * The separator, from Excel's "sep=;" line or else the header line (outside quotes): French and
 * German spreadsheets write ";", others "," or a tab. Guessing from the whole file would be misled
 * by the " | " inside list cells.
 */
function separatorOf(text: string): { delimiter: string; body: string } {
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) return { delimiter: sep[1]!, body: text.slice(sep[0].length) };
  const header = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return { delimiter: best[1] > 0 ? best[0] : ',', body: text };
}

/** The `record` cell as a kind of row ("Status change", "status_change" too); '' when blank. */
function recordOf(cell: string): string {
  return cell.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/** CSV as exportCsv writes it, and as spreadsheets save it again (header names decide, column order does not). */
export function parseCsvText(text: string, ctx: ImportContext, log: InvalidLog = new InvalidLog()): ParseResult {
  const { delimiter, body } = separatorOf(text.startsWith(UTF8_BOM) ? text.slice(1) : text);
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', delimiter });
  const [header, ...rows] = parsed.data;
  if (!header) return fail('empty', 'The CSV file has no rows.');
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = columnKey(name);
    if (!index.has(key)) index.set(key, i);
  });
  const missing = CSV_REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) {
    return fail('unknown-format', `Not a Recoupe CSV: the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`, 'row 1');
  }
  if (rows.length > IMPORT_LIMITS.maxRecords) return fail('too-many-records', `The file has ${rows.length} rows; one import takes at most ${IMPORT_LIMITS.maxRecords}.`);
  const unterminated = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unterminated) {
    // An open quote swallows the rest of the file into one cell: nothing after it can be trusted.
    return fail('truncated', 'A quoted cell is never closed: the file looks cut off or damaged. Export it again.', `row ${(unterminated.row ?? 0) + 1}`);
  }
  for (const error of parsed.errors.slice(0, 20)) {
    log.add(error.row !== undefined ? `row ${error.row + 1}` : 'file', `CSV: ${error.message}.`);
  }
  const outlets = new OutletSet();
  const claims = new Map<string, Claim>();
  const versions = new Map<string, Version>();
  const firstRow = new Map<string, number>();
  const changes = new Map<string, { change: StatusChange; row: number }[]>();
  const annotations = new Map<string, Annotation>();
  // A claim from its first row; a statement in another language from any row, the first one per language.
  // A blank statement on a claim's first row is taken from a later row of the claim (firstRow).
  const addStatement = (claimId: string, statement: string, statementLang: string, status: Status, r: number, row: CsvRow) => {
    let claim = claims.get(claimId);
    if (!claim) {
      claim = claimFromRow(claimId, status, row, ctx.now, log);
      claims.set(claimId, claim);
      firstRow.set(claimId, r + 2);
    }
    if (statement.trim() && !Object.hasOwn(claim.statement, statementLang)) claim.statement[statementLang] = statement;
  };
  rows.forEach((cells, r) => {
    const at = (column: CsvColumn) => `row ${r + 2}, column ${column}`;
    const cell = (column: CsvColumn) => {
      const i = index.get(column);
      return i === undefined ? '' : unguard(cells[i] ?? '');
    };
    const row: CsvRow = { cell, at, has: (column) => index.has(column) };
    // A row whose cells do not line up with the header: a line broken or a separator left unquoted
    // shifts every cell after it, so none of them can be trusted. Empty cells past the header (a
    // spreadsheet's trailing separators) and optional cells left off the end are not such a row.
    const extra = cells.slice(header.length).filter((c) => c.trim() !== '').length;
    const cut = CSV_REQUIRED.find((c) => index.get(c)! >= cells.length);
    if (extra > 0 || cut) {
      log.add(`row ${r + 2}`, extra > 0
        ? `The row has ${cells.length} cells where the header names ${header.length}: a separator inside an unquoted cell? The row is left out.`
        : `The row stops after ${cells.length} cells, before the column ${cut}: a line broken in two? The row is left out.`);
      return;
    }
    const claimId = readId(cell('claim_id'), at('claim_id'), log);
    const record = recordOf(cell('record'));
    if (record === CSV_RECORDS.statusChange) {
      const change = claimId && statusChangeOf(row, log);
      if (!change) return;
      const ofClaim = changes.get(claimId) ?? [];
      ofClaim.push({ change, row: r + 2 });
      changes.set(claimId, ofClaim);
      return;
    }
    if (record === CSV_RECORDS.annotation) {
      const annotation = claimId && annotationOf(row, claimId, ctx.now, log);
      if (annotation && annotations.has(annotation.id)) log.add(at('annotation_id'), `The annotation ${JSON.stringify(annotation.id)} appears twice; the later row is ignored.`);
      else if (annotation) annotations.set(annotation.id, annotation);
      return;
    }
    if (record && record !== CSV_RECORDS.version && record !== CSV_RECORDS.statement) {
      log.add(at('record'), `Unknown record ${JSON.stringify(cell('record').slice(0, 40))}: a row is a version, a statement, a status change or an annotation. The row is left out.`);
      return;
    }
    // A row with neither page nor quote only states the claim (in its statement_lang): how the
    // export writes a claim's other languages, and a claim no outlet has printed yet.
    if (claimId && (record === CSV_RECORDS.statement || (!record && !cell('url').trim() && !cell('quote').trim() && !cell('version_id').trim()))) {
      const statement = readText(cell('statement'), at('statement'), log)?.trim();
      const status = statusOf(cell('status'));
      if (!statement) log.add(at('statement'), 'A row without url and quote must state the claim.');
      else if (!status) log.add(at('status'), `Unknown status ${JSON.stringify(cell('status').slice(0, 40))}.`);
      else addStatement(claimId, statement, languageOr(cell('statement_lang') || cell('lang')), status, r, row);
      return;
    }
    const url = readUrl(cell('url'), at('url'), log);
    const quote = readText(cell('quote'), at('quote'), log);
    const statement = readText(cell('statement'), at('statement'), log);
    const status = statusOf(cell('status'));
    if (!status) log.add(at('status'), `Unknown status ${JSON.stringify(cell('status').slice(0, 40))}.`);
    const date = csvDate(cell('date').trim(), at('date'), log);
    if (!claimId || !url || quote === undefined || statement === undefined || !status) return;
    const statementLang = languageOr(cell('statement_lang') || cell('lang'));
    const lang = languageOr(cell('lang'), statementLang);
    addStatement(claimId, statement, statementLang, status, r, row);
    const outletId = cell('outlet_id') || undefined;
    const outlet = outletForUrl(url, cell('outlet'));
    const id = cell('version_id') || `csv-v-${stableHash(`${claimId} ${url} ${quote}`)}`;
    if (versions.has(id)) {
      log.add(at('version_id'), `The version ${JSON.stringify(id)} appears twice; the later row is ignored.`);
      return;
    }
    const version: Version = {
      id, claimId, outletId: outlets.add(outletId ? { ...outlet, id: outletId } : outlet), url, title: cell('title'),
      publishedAt: date, quote, lang, figures: splitCsvList(cell('figures')).map(figureOf).filter((f): f is Figure => f !== undefined),
      places: splitCsvList(cell('places')), attributions: splitCsvList(cell('attribution')).map((name) => ({ name })), dates: splitCsvList(cell('dates')),
      origin: 'import', createdAt: ctx.now, updatedAt: ctx.now,
    };
    // Facts typed in the library stay the user's: no extraction replaces them after the import.
    if (cell('facts_by_user').trim().toLowerCase() === FACTS_BY_USER) version.factsByUser = true;
    versions.set(id, version);
  });
  // A claim no row states: left out with its versions, and said where.
  for (const [id, claim] of claims) {
    if (Object.keys(claim.statement).length > 0) continue;
    log.add(`row ${firstRow.get(id)}, column statement`, `No row of the claim ${JSON.stringify(id)} gives its statement; its rows are left out.`);
    claims.delete(id);
    for (const [versionId, version] of versions) if (version.claimId === id) versions.delete(versionId);
  }
  for (const [id, rowsOfClaim] of changes) {
    if (claims.has(id)) continue;
    for (const { row } of rowsOfClaim) log.add(`row ${row}`, `No version or statement row of the claim ${JSON.stringify(id)}: its status change is left out.`);
  }
  for (const claim of claims.values()) setHistory(claim, (changes.get(claim.id) ?? []).map((c) => c.change), ctx.now);
  return {
    ok: true,
    value: { format: 'csv', outlets: outlets.list(), claims: [...claims.values()], versions: [...versions.values()], annotations: [...annotations.values()], invalid: log.finish() },
  };
}

/**
 * The date column, which is not required: a spreadsheet that saved "2024-04-30" back as "30/04/2024"
 * loses no row for it. Its form is read where it says which is the day (spreadsheetDate); another
 * leaves the version without a date, and says so.
 */
function csvDate(text: string, at: string, log: InvalidLog): string {
  const date = csvDateOf(text);
  if (date !== undefined) return date;
  log.add(at, `Not a date this import can read (${JSON.stringify(text.slice(0, 40))}): write it as 2024-04-30. The row is imported without its date.`);
  return '';
}
