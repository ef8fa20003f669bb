import { readPageMetadata } from '@/utils/page/page-metadata';
import { MESSAGE_LIMITS as L, type PageInfo } from '@/utils/protocol/messages';

/**
 * A page as Recoupe names it everywhere (scans, cards, annotations, the popup): its address, the
 * canonical one it declares, who published it and its language, clamped to the sizes the
 * background accepts.
 */
export interface PageIdentity {
  url: string;
  /** Absolute http(s) URL from `<link rel=canonical>` or `og:url`. */
  canonicalUrl: string | null;
  /** The outlet's name (JSON-LD publisher, `og:site_name`, `application-name`), else the page's domain. */
  siteName: string;
  title: string;
  publishedTime: string | null;
  lang: string | null;
}

let cached: { doc: Document; href: string; identity: PageIdentity } | undefined;

/** The page's identity, read once per address (a single-page site that navigates is read again). */
export function readPageIdentity(doc: Document, href: string): PageIdentity {
  if (cached?.doc === doc && cached.href === href) return cached.identity;
  const meta = readPageMetadata(doc, href);
  const canonical = meta.canonicalUrl && meta.canonicalUrl.length <= L.maxUrlLength ? meta.canonicalUrl : null;
  const identity: PageIdentity = {
    url: href.slice(0, L.maxUrlLength),
    canonicalUrl: canonical,
    siteName: meta.siteName.slice(0, L.maxSiteNameLength),
    title: meta.title.slice(0, L.maxPageFieldLength),
    publishedTime: meta.publishedTime,
    lang: meta.lang?.slice(0, L.maxLangLength) || null,
  };
  cached = { doc, href, identity };
  return identity;
}

/** What the background needs to know of the page to tell which outlet published it. */
export function pageInfoOf(identity: PageIdentity): PageInfo {
  return { url: identity.url, siteName: identity.siteName || undefined, lang: identity.lang ?? undefined };
}

/** The addresses the page's annotations may be stored under: its own and the canonical one. */
export function annotationUrlsOf(identity: PageIdentity): string[] {
  return [...new Set([identity.url, ...(identity.canonicalUrl ? [identity.canonicalUrl] : [])])];
}
