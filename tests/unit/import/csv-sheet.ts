/** A CSV export read as an import reads it, and as a spreadsheet shows it: for the CSV round-trip tests. */
import Papa from 'papaparse';
import { parseImport } from '@/utils/core/import/parse-import';
import type { ParsedImport } from '@/utils/core/import/import-types';

export function parseCsv(text: string): ParsedImport {
  const parsed = parseImport(text, { fileName: 'recoupe.csv', now: '2025-01-01T00:00:00.000Z' });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** The file as a spreadsheet shows it: header names to cells, a row each. */
export function sheet(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
}

/** Rows as a spreadsheet saves them again. */
export function unsheet(rows: Record<string, string>[]): string {
  return Papa.unparse(rows, { newline: '\r\n' });
}
