import Papa from 'papaparse';
import type { Annotation, Claim, Outlet, StatusChange, Version } from '@/utils/core/model';
import type { ExportSelection } from '@/utils/core/formats/export-selection';
import { CSV_COLUMNS, CSV_GUARDED, CSV_RECORDS, FACTS_BY_USER, UTF8_BOM, type CsvColumn } from '@/utils/core/formats/csv-columns';
import { joinCsvList } from '@/utils/core/formats/csv-list';

type Row = Record<CsvColumn, string>;

function statementFor(claim: Claim | undefined, lang: string): [string, string] {
  if (!claim) return ['', ''];
  if (Object.hasOwn(claim.statement, lang)) return [claim.statement[lang], lang];
  const first = Object.entries(claim.statement)[0];
  return first ? [first[1], first[0]] : ['', ''];
}

const EMPTY_ROW = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as Row;

/** The claim's current status and what goes with it, on each of its version and statement rows. */
function claimCells(claim: Claim | undefined): Partial<Row> {
  if (!claim) return {};
  return {
    status: claim.status, status_reason: claim.statusReason, status_date: claim.statusDate,
    tags: joinCsvList(claim.tags), claimant: claim.claimant ?? '', rating_label: claim.ratingLabel ?? '',
  };
}

function row(version: Version, claim: Claim | undefined, outlet: Outlet | undefined): Row {
  const [statement, statementLang] = statementFor(claim, version.lang);
  return {
    ...EMPTY_ROW,
    ...claimCells(claim),
    record: CSV_RECORDS.version,
    claim_id: version.claimId,
    statement,
    statement_lang: statementLang,
    outlet_id: version.outletId,
    outlet: outlet?.name ?? '',
    url: version.url,
    date: version.publishedAt,
    quote: version.quote,
    attribution: joinCsvList(version.attributions.map((a) => a.name)),
    figures: joinCsvList(version.figures.map((f) => f.text)),
    places: joinCsvList(version.places),
    dates: joinCsvList(version.dates),
    facts_by_user: version.factsByUser ? FACTS_BY_USER : '',
    version_id: version.id,
    title: version.title,
    lang: version.lang,
  };
}

/** One entry of a claim's status history. The statement is there for the reader of the sheet. */
function changeRow(claim: Claim, change: StatusChange): Row {
  const [statement, statementLang] = statementFor(claim, '');
  return {
    ...EMPTY_ROW, record: CSV_RECORDS.statusChange, claim_id: claim.id, statement, statement_lang: statementLang,
    status: change.status, status_reason: change.reason, status_date: change.date, status_by: change.by,
    note: change.note ?? '', evidence: joinCsvList(change.evidence ?? []),
  };
}

/** One annotation: its page, quote and selectors, note, tags, evidence and dates; the statement for the reader. */
function annotationRow(annotation: Annotation, claim: Claim | undefined): Row {
  const [statement, statementLang] = statementFor(claim, '');
  const { quote, position } = annotation.selectors;
  return {
    ...EMPTY_ROW, record: CSV_RECORDS.annotation, claim_id: annotation.claimId, statement, statement_lang: statementLang,
    url: annotation.url, quote: quote.exact, version_id: annotation.versionId ?? '', note: annotation.note,
    tags: joinCsvList(annotation.tags), evidence: joinCsvList(annotation.evidence), annotation_id: annotation.id,
    prefix: quote.prefix ?? '', suffix: quote.suffix ?? '', position_start: position ? String(position.start) : '',
    position_end: position ? String(position.end) : '', anchor_state: annotation.anchorState ?? '',
    created: annotation.createdAt, updated: annotation.updatedAt,
  };
}

/**
 * One row per outlet version, one per statement no version row carries, then one per status change
 * of each claim's history and one per annotation (csv-columns.ts). RFC 4180 (CRLF, fields with commas, quotes or line breaks quoted,
 * quotes doubled) via papaparse, UTF-8 with a BOM so that spreadsheet programs pick the encoding.
 * Quotes come from untrusted pages: a cell starting with = + - @ tab or CR gets a leading apostrophe so
 * that spreadsheets do not run it as a formula (CSV injection); the CSV import removes it again
 * (CSV_GUARDED).
 */
export function exportCsv(selection: ExportSelection): string {
  const claims = new Map(selection.claims.map((c) => [c.id, c]));
  const outlets = new Map(selection.outlets.map((o) => [o.id, o]));
  const rows = selection.versions.map((v) => row(v, claims.get(v.claimId), outlets.get(v.outletId)));
  // A claim's statements in the languages no row of its versions carries, and a claim no outlet has
  // printed yet: a row each, without page or quote (the import reads it as a statement).
  const written = new Set(rows.map((r) => `${r.claim_id}\u0000${r.statement_lang}`));
  for (const claim of selection.claims) {
    for (const [lang, text] of Object.entries(claim.statement)) {
      if (written.has(`${claim.id}\u0000${lang}`)) continue;
      rows.push({ ...EMPTY_ROW, ...claimCells(claim), record: CSV_RECORDS.statement, claim_id: claim.id, statement: text, statement_lang: lang });
    }
  }
  // After every version and statement row: an import that predates them takes a claim's status from
  // its first row, and reads these as statements it already has.
  for (const claim of selection.claims) rows.push(...claim.statusHistory.map((change) => changeRow(claim, change)));
  // An annotation has no status: an import that predates these rows leaves each out, and says where.
  for (const annotation of selection.annotations) rows.push(annotationRow(annotation, claims.get(annotation.claimId)));
  const body = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c])) },
    { newline: '\r\n', quotes: false, escapeFormulae: CSV_GUARDED },
  );
  return UTF8_BOM + body + '\r\n';
}
