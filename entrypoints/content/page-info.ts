import type { PageInfo } from '@/utils/protocol/messages';
import { pageInfoOf, readPageIdentity } from '@/utils/page/page-identity';

/** This page as the background needs it: its address, outlet name and language. */
export function pageInfo(): PageInfo {
  return pageInfoOf(readPageIdentity(document, location.href));
}
