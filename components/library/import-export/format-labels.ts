import type { ExportFormat } from '@/utils/ui/export-download';
import { t } from '@/utils/locale/i18n';

export const FORMAT_ORDER: ExportFormat[] = ['recoupe-json', 'web-annotation', 'claimreview', 'claimreview-feed', 'csv'];

/** "Recoupe JSON (complete backup)", in the reader's language. */
export function formatLabel(format: ExportFormat): string {
  return t(`ieFormat_${format.replace(/-/g, '_')}`);
}

/** What the format carries and leaves out. */
export function formatHint(format: ExportFormat): string {
  return t(`ieFormatHint_${format.replace(/-/g, '_')}`);
}

/** "12.5 MiB": sizes in the unit the documented limit uses. */
export function mebibytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}
