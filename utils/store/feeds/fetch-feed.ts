import type { FeedErrorCode } from '@/utils/core/feeds/feed-types';

export interface FetchFeedOptions {
  fetch: typeof fetch;
  etag?: string;
  lastModified?: string;
  /** Largest body read, in bytes; enforced while reading, not only from Content-Length. */
  maxBytes: number;
  /** Abort when the server sends nothing (headers or body bytes) for this long. */
  idleTimeoutMs: number;
  onBytes?: (done: number, total: number) => void;
}

export type FetchFeedResult =
  | { kind: 'not-modified' }
  | { kind: 'body'; bytes: Uint8Array; etag?: string; lastModified?: string }
  | { kind: 'error'; code: FeedErrorCode; detail: string };

const mib = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MiB`;

/**
 * One request for a feed: conditional (If-None-Match / If-Modified-Since), without cookies or other
 * credentials, without a referrer, never following a redirect (it would be a request to an address the
 * user did not subscribe to). Never throws.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions): Promise<FetchFeedResult> {
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.idleTimeoutMs);
  };
  const headers: Record<string, string> = { Accept: 'application/ld+json, application/json;q=0.9, */*;q=0.1' };
  if (options.etag) headers['If-None-Match'] = options.etag;
  if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;
  const seconds = Math.round(options.idleTimeoutMs / 1000);
  arm();
  let response: Response;
  try {
    response = await options.fetch(url, {
      method: 'GET',
      headers,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'manual',
      cache: 'no-store',
      signal: controller.signal,
    });
  } catch (e) {
    clearTimeout(timer);
    if (timedOut) return { kind: 'error', code: 'timeout', detail: `No answer within ${seconds} s.` };
    return { kind: 'error', code: 'network', detail: e instanceof Error ? e.message : String(e) };
  }
  try {
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304)) {
      const to = response.headers.get('location');
      return { kind: 'error', code: 'redirected', detail: `The server redirects${to ? ` to ${to.slice(0, 200)}` : ''}; Recoupe only reads the address you subscribed to. Subscribe to the final address instead.` };
    }
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) return { kind: 'error', code: 'http-status', detail: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.` };
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      return { kind: 'error', code: 'too-large', detail: `The feed is ${mib(declared)}; Recoupe reads feeds of at most ${mib(options.maxBytes)}.` };
    }
    const body = await readBody(response, options, Number.isFinite(declared) ? declared : 0, arm);
    if (body.kind === 'error') return timedOut ? { kind: 'error', code: 'timeout', detail: `The server stopped sending for ${seconds} s.` } : body;
    if (Number.isFinite(declared) && body.bytes.byteLength < declared) {
      return { kind: 'error', code: 'truncated', detail: `Received ${body.bytes.byteLength} of the ${declared} bytes announced.` };
    }
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    return { kind: 'body', bytes: body.bytes, etag, lastModified };
  } finally {
    clearTimeout(timer);
  }
}

async function readBody(response: Response, options: FetchFeedOptions, total: number, arm: () => void): Promise<{ kind: 'body'; bytes: Uint8Array } | { kind: 'error'; code: FeedErrorCode; detail: string }> {
  if (!response.body) return { kind: 'body', bytes: new Uint8Array(await response.arrayBuffer()) };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      arm();
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > options.maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { kind: 'error', code: 'too-large', detail: `The feed is over ${mib(options.maxBytes)}, the most Recoupe reads.` };
      }
      chunks.push(value);
      options.onBytes?.(size, total);
    }
  } catch (e) {
    return { kind: 'error', code: 'truncated', detail: `The connection broke after ${size} bytes (${e instanceof Error ? e.message : String(e)}).` };
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { kind: 'body', bytes };
}
