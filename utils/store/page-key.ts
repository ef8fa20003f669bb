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
