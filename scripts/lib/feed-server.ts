import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the feed address answers the next requests. */
export type FeedMode = 'normal' | 'error-500' | 'slow' | 'truncated';

export interface FeedServer {
  url: string;
  feedUrl: string;
  /** The feed's current body; a new body gets a new ETag. */
  setBody(body: string): void;
  mode: FeedMode;
  /** Every request to the feed: its headers and the status answered. */
  requests: { headers: IncomingHttpHeaders; status: number }[];
  /** Other pages served as they are (path -> HTML). */
  pages: Map<string, string>;
  close(): Promise<void>;
}

/**
 * A static feed host on 127.0.0.1 that behaves like a real one: ETag and Last-Modified, 304 to a
 * matching conditional request; and, on demand, a 500, a slow answer (the body in pieces over about
 * two seconds) or a truncated one (the connection cut halfway through the announced length).
 */
export async function startFeedServer(path = '/feed.json'): Promise<FeedServer> {
  let body = '';
  let etag = '';
  let lastModified = '';
  let version = 0;
  const state: FeedServer = {
    url: '',
    feedUrl: '',
    mode: 'normal',
    requests: [],
    pages: new Map(),
    setBody(next: string) {
      body = next;
      version++;
      etag = `"v${version}-${next.length}"`;
      lastModified = new Date(Date.UTC(2026, 5, 16, 12, version)).toUTCString();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = createServer((req, res) => {
    const page = state.pages.get(req.url ?? '');
    if (page !== undefined) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    if (req.url !== path) return res.writeHead(404).end('not found');
    const answer = (status: number) => state.requests.push({ headers: req.headers, status });
    if (state.mode === 'error-500') {
      answer(500);
      return res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error');
    }
    if (req.headers['if-none-match'] === etag || (!req.headers['if-none-match'] && req.headers['if-modified-since'] === lastModified)) {
      answer(304);
      return res.writeHead(304, { etag, 'last-modified': lastModified }).end();
    }
    answer(200);
    const bytes = Buffer.from(body, 'utf8');
    res.writeHead(200, { 'content-type': 'application/ld+json', 'content-length': String(bytes.length), etag, 'last-modified': lastModified });
    if (state.mode === 'truncated') {
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      setTimeout(() => res.destroy(), 50);
      return;
    }
    if (state.mode === 'slow') {
      const pieces = 10;
      const size = Math.ceil(bytes.length / pieces);
      let i = 0;
      const next = () => {
        if (i >= pieces) return res.end();
        res.write(bytes.subarray(i * size, (i + 1) * size));
        i++;
        setTimeout(next, 200);
      };
      return next();
    }
    res.end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  state.url = `http://127.0.0.1:${port}`;
  state.feedUrl = `${state.url}${path}`;
  return state;
}
