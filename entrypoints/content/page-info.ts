import type { PageInfo } from '@/utils/protocol/messages';

/** What the background needs to know of this page to tell which outlet published it. */
export function pageInfo(): PageInfo {
  const siteName = document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content?.slice(0, 300);
  return { url: location.href.slice(0, 4096), siteName: siteName || undefined, lang: document.documentElement.lang?.slice(0, 35) || undefined };
}
