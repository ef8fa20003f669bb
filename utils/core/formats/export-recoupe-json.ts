import type { RecoupeDocument } from '@/utils/core/model';
import type { ExportSelection } from '@/utils/core/formats/export-selection';
import { jsonText } from '@/utils/core/formats/json-text';

export interface RecoupeJsonOptions {
  /** ISO date-time written as `exportedAt`; defaults to now. */
  exportedAt?: string;
  /** Indent the output (readable, about a third larger). Default: only up to 5,000 records, so that
   * large exports stay well under the import's 100 MiB limit. */
  pretty?: boolean;
}

/** Recoupe JSON (`format: 'recoupe/1'`, see docs/recoupe-json-format.md): every record, every field. */
export function exportRecoupeJson(selection: ExportSelection, options: RecoupeJsonOptions = {}): string {
  const doc: RecoupeDocument = {
    format: 'recoupe/1',
    exportedAt: options.exportedAt ?? new Date().toISOString(),
    outlets: selection.outlets,
    claims: selection.claims,
    versions: selection.versions,
    annotations: selection.annotations,
  };
  return jsonText(doc, doc.outlets.length + doc.claims.length + doc.versions.length + doc.annotations.length, options.pretty);
}
