import type { FeedError, FeedProgress } from '@/utils/core/feeds/feed-types';
import { t, uiLang } from '@/utils/locale/i18n';
import { mebibytes } from '@/components/library/import-export/format-labels';

/** "Not found or refused by the server. (HTTP 404 Not Found.)": the summary in the reader's language, the precise reason after. */
export function feedErrorText(error: Pick<FeedError, 'code' | 'detail'>): string {
  return `${t(`feedErr_${error.code.replaceAll('-', '_')}`)} ${t('importErrDetail', error.detail)}`;
}

export function dateTimeText(iso: string | undefined): string {
  if (!iso) return t('feedNever');
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(uiLang(), { dateStyle: 'medium', timeStyle: 'short' });
}

export function progressText(p: FeedProgress | undefined): string {
  if (!p) return t('feedWaiting');
  if (p.phase === 'download') return p.total > 0 ? t('feedDownloading', `${mebibytes(p.done)} / ${mebibytes(p.total)}`) : t('feedDownloading', mebibytes(p.done));
  if (p.phase === 'read') return t('feedReading');
  return t('feedApplying', [p.done.toLocaleString(uiLang()), p.total.toLocaleString(uiLang())]);
}
