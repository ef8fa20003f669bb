/** File extensions of the export formats. */
export type ExportExtension = 'json' | 'jsonld' | 'csv';

/**
 * `recoupe-YYYY-MM-DD-<scope>.<ext>`. The scope is reduced to lower-case ASCII letters, digits and
 * hyphens so that the name is safe on every file system (Windows forbids `:` and friends).
 */
export function exportFileName(scope: string, ext: ExportExtension, date: Date = new Date()): string {
  const day = date.toISOString().slice(0, 10);
  const safeScope =
    scope
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'export';
  return `recoupe-${day}-${safeScope}.${ext}`;
}
