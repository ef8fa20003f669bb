// Which page this is and which outlet published it: the one place every part of Recoupe (scanning,
// the claim card, annotating, appearances, match decisions, the popup) asks.

/** Normalises a URL for comparing pages: no fragment, no trailing slash, no default port. */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href.replace(/\/$/, '');
  } catch {
    return url;
  }
}

/** The stored forms a page's URL may take (with and without the trailing slash), to look it up by index. */
export function pageKeyVariants(url: string): string[] {
  const key = pageKey(url);
  return [...new Set([key, `${key}/`, url])];
}

/** The host that names a site: lower-case, without a leading `www.`; '' when the URL is not one. */
export function siteHost(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Whether an outlet's domain covers a host (the domain itself or one of its subdomains). */
export function domainCovers(domain: string, host: string): boolean {
  const d = domain.trim().toLowerCase().replace(/^www\./, '');
  return d !== '' && (host === d || host.endsWith(`.${d}`));
}

export interface OutletNaming {
  id: string;
  name: string;
  domains: string[];
}

/**
 * Which known outlet published a page: the outlet of a version known at that address, else one
 * whose domains cover the page's host, else one of the page's site name. Null when none is known.
 */
export function outletOfPage(page: { url: string; siteName?: string }, outlets: readonly OutletNaming[], outletAtUrl?: string): string | null {
  if (outletAtUrl) return outletAtUrl;
  const host = siteHost(page.url);
  const byDomain = host ? outlets.find((o) => o.domains.some((d) => domainCovers(d, host))) : undefined;
  if (byDomain) return byDomain.id;
  const site = page.siteName?.trim().toLowerCase();
  return (site && outlets.find((o) => o.name.trim().toLowerCase() === site)?.id) || null;
}
