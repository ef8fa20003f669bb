import Papa from 'papaparse';
import type { Claim, Outlet, Version } from '@/utils/core/model';
import type { ExportSelection } from '@/utils/core/formats/export-selection';
import { CSV_COLUMNS, CSV_GUARDED, UTF8_BOM, type CsvColumn } from '@/utils/core/formats/csv-columns';
import { joinCsvList } from '@/utils/core/formats/csv-list';

function statementFor(claim: Claim | undefined, lang: string): [string, string] {
  if (!claim) return ['', ''];
  if (Object.hasOwn(claim.statement, lang)) return [claim.statement[lang], lang];
  const first = Object.entries(claim.statement)[0];
  return first ? [first[1], first[0]] : ['', ''];
}

const EMPTY_ROW = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as Record<CsvColumn, string>;

function row(version: Version, claim: Claim | undefined, outlet: Outlet | undefined): Record<CsvColumn, string> {
  const [statement, statementLang] = statementFor(claim, version.lang);
  return {
    claim_id: version.claimId,
    statement,
    statement_lang: statementLang,
    status: claim?.status ?? '',
    outlet_id: version.outletId,
    outlet: outlet?.name ?? '',
    url: version.url,
    date: version.publishedAt,
    quote: version.quote,
    attribution: joinCsvList(version.attributions.map((a) => a.name)),
    figures: joinCsvList(version.figures.map((f) => f.text)),
    version_id: version.id,
    title: version.title,
    lang: version.lang,
  };
}

/**
 * One row per outlet version, and one per statement no version row carries. RFC 4180 (CRLF, fields with commas, quotes or line breaks quoted,
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
      rows.push({ ...EMPTY_ROW, claim_id: claim.id, statement: text, statement_lang: lang, status: claim.status });
    }
  }
  const body = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c])) },
    { newline: '\r\n', quotes: false, escapeFormulae: CSV_GUARDED },
  );
  return UTF8_BOM + body + '\r\n';
}
