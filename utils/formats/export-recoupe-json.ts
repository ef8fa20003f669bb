import type { RecoupeDocument } from '@/utils/model';
import type { ExportSelection } from '@/utils/formats/export-selection';

export interface RecoupeJsonOptions {
  /** ISO date-time written as `exportedAt`; defaults to now. */
  exportedAt?: string;
  /** Indent the output (readable, larger). Default true. */
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
  return JSON.stringify(doc, null, options.pretty === false ? undefined : 2);
}
