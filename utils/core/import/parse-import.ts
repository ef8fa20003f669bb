import type { ParseResult } from '@/utils/core/import/import-types';
import { parseCsvText } from '@/utils/core/import/parse-csv';
import { parseImportWith, type ParseImportOptions } from '@/utils/core/import/parse-import-json';
import { parseWebAnnotationDocument } from '@/utils/core/import/parse-web-annotation';

export { checkFileSize, type ParseImportOptions } from '@/utils/core/import/parse-import-json';

/**
 * Reads an import file of any supported format: Recoupe JSON, W3C Web Annotation, ClaimReview or
 * CSV, detected from the content. Never throws: a refused file gives `{ ok: false, error }` with a
 * message for the user; records left out are listed in `value.invalid`.
 */
export function parseImport(input: string | ArrayBuffer | Uint8Array, options: ParseImportOptions = {}): ParseResult {
  return parseImportWith(input, options, parseCsvText, parseWebAnnotationDocument);
}
