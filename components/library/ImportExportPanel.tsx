import { t } from '@/utils/i18n';

export type ImportExportPanelProps = Record<string, never>;

/**
 * SLOT: import and export of the library. A placeholder for now: another part of the project fills it.
 * LibraryApp mounts it in its own section, so nothing else needs to change when it does.
 */
export function ImportExportPanel(_props: ImportExportPanelProps) {
  return <h2 id="import-export-heading">{t('libImportExport')}</h2>;
}
