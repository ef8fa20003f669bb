/**
 * Returns the URL when it is an absolute http(s) URL, else ''. Stored and imported data is untrusted:
 * only these become links (never javascript:, data:, file:…).
 */
export function safeHttpUrl(value: unknown): string {
  if (typeof value !== 'string' || value.length > 4096) return '';
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}
