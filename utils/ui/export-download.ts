import type { ExportSelection, ReviewerSettings } from '@/utils/core/formats/export-selection';
import type { ImportFormat } from '@/utils/core/import/import-types';
import type { Result } from '@/utils/protocol/messages';
import { exportRecoupeJson } from '@/utils/core/formats/export-recoupe-json';
import { exportWebAnnotation } from '@/utils/core/formats/export-web-annotation';
import { ClaimReviewSettingsError, exportClaimReview } from '@/utils/core/formats/export-claimreview';
import { exportCsv } from '@/utils/core/formats/export-csv';
import { exportClaimReviewFeed } from '@/utils/core/formats/export-claimreview-feed';
import { exportFileName, type ExportExtension } from '@/utils/core/formats/file-name';

/** The four import formats, and the ClaimReview DataFeed (a feed file to publish for a team). */
export type ExportFormat = ImportFormat | 'claimreview-feed';

export const EXPORT_FORMATS: Record<ExportFormat, { ext: ExportExtension; mime: string }> = {
  'recoupe-json': { ext: 'json', mime: 'application/json' },
  'web-annotation': { ext: 'jsonld', mime: 'application/ld+json' },
  claimreview: { ext: 'jsonld', mime: 'application/ld+json' },
  'claimreview-feed': { ext: 'json', mime: 'application/ld+json' },
  csv: { ext: 'csv', mime: 'text/csv;charset=utf-8' },
};

export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

/** Why an export produced no file; the UI words each reason in the reader's language. */
export type ExportRefusal = 'empty' | 'reviewer-missing';

/** Serialises a selection with the existing format writers. ClaimReview is signed with the reviewer from the settings. */
export function buildExportFile(
  format: ExportFormat,
  selection: ExportSelection,
  scopeLabel: string,
  reviewer: ReviewerSettings,
  now: Date = new Date(),
): Result<ExportFile> {
  const { ext, mime } = EXPORT_FORMATS[format];
  const prefix = format === 'claimreview' ? 'claimreview-' : format === 'claimreview-feed' ? 'feed-' : '';
  const name = exportFileName(`${prefix}${scopeLabel}`, ext, now);
  const exportedAt = now.toISOString();
  if (selection.claims.length + selection.versions.length + selection.annotations.length === 0) return { ok: false, error: 'empty' satisfies ExportRefusal };
  switch (format) {
    case 'recoupe-json':
      return { ok: true, value: { name, mime, text: exportRecoupeJson(selection, { exportedAt }) } };
    case 'web-annotation':
      return { ok: true, value: { name, mime, text: exportWebAnnotation(selection, { exportedAt, label: `Recoupe export: ${scopeLabel}` }) } };
    case 'csv':
      return { ok: true, value: { name, mime, text: exportCsv(selection) } };
    case 'claimreview':
    case 'claimreview-feed':
      try {
        const text = format === 'claimreview' ? exportClaimReview(selection, { settings: reviewer }) : exportClaimReviewFeed(selection, { settings: reviewer, exportedAt });
        return { ok: true, value: { name, mime, text } };
      } catch (e) {
        if (e instanceof ClaimReviewSettingsError) return { ok: false, error: 'reviewer-missing' satisfies ExportRefusal };
        throw e;
      }
  }
}

/**
 * Saves a text file through a temporary `<a download>` on a Blob URL: no `downloads` permission
 * needed. The URL is revoked a little later, not at once: Firefox starts reading the Blob after the
 * click returns, and revoking it synchronously can cancel the download.
 */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
