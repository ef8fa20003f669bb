/**
 * The demo web server (node:http). URL scheme:
 *   /                      index of the demo pages
 *   /<slug>/               one seed article as a news page
 *   /late/<slug>/          the same page; its body is fetched from body.html 2 s after load
 *   /late/<slug>/body.html the body fragment
 *   /spa/, /spa/<slug>/    a single-page app that swaps articles with history.pushState
 *   /spa/api/<slug>.json   the article data the app fetches
 *   /corpus/<name>/        ../shared/corpora/readability/pages/<name>/source.html without scripts
 * Anything else is 404. Slugs and corpus names are looked up in fixed lists, never joined to a path.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_ARTICLES, DEMO_HOST, DEMO_PORT, findArticle } from './demo-articles';
import { corpusPage, listCorpusPages } from './demo-corpus';
import { renderArticlePage, renderIndexPage, renderLateBody } from './demo-pages';
import { renderSpaPage, spaArticleJson } from './demo-spa';

export interface DemoServerOptions {
  /** 0 picks a free port (tests); the returned url then carries the real one. */
  port?: number;
  host?: string;
}

export interface DemoPage {
  slug: string;
  outletId: string;
  title: string;
  url: string;
}

export interface DemoServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:8642 */
  url: string;
  pages: DemoPage[];
  close(): Promise<void>;
}

interface Reply {
  status: number;
  type: string;
  body: string | Buffer;
}

const HTML = 'text/html; charset=utf-8';
const notFound = (): Reply => ({ status: 404, type: HTML, body: '<!doctype html><html lang="fr"><title>Page introuvable</title><h1>404 : page introuvable</h1><p><a href="/">Retour à l’index</a></p></html>' });

export function route(pathname: string, baseUrl: string, corpusNames: readonly string[]): Reply {
  const ok = (body: string | Buffer, type = HTML): Reply => ({ status: 200, type, body });
  if (pathname === '/') return ok(renderIndexPage(corpusNames));

  let m = /^\/([a-z0-9-]+)\/$/.exec(pathname);
  if (m && findArticle(m[1])) return ok(renderArticlePage(findArticle(m[1])!, { baseUrl }));

  m = /^\/late\/([a-z0-9-]+)\/(body\.html)?$/.exec(pathname);
  const late = m && findArticle(m[1]);
  if (late) return ok(m![2] ? renderLateBody(late) : renderArticlePage(late, { baseUrl, mode: 'late' }));

  if (pathname === '/spa/') return ok(renderSpaPage());
  m = /^\/spa\/([a-z0-9-]+)\/$/.exec(pathname);
  if (m && findArticle(m[1])) return ok(renderSpaPage(findArticle(m[1])));
  m = /^\/spa\/api\/([a-z0-9-]+)\.json$/.exec(pathname);
  if (m && findArticle(m[1])) return ok(spaArticleJson(findArticle(m[1])!), 'application/json; charset=utf-8');

  m = /^\/corpus\/([^/]+)\/$/.exec(pathname);
  const page = m ? corpusPage(safeDecode(m[1]), corpusNames) : undefined;
  // No charset in the header: the corpus pages declare their own in a <meta>.
  if (page) return ok(page, 'text/html');

  return notFound();
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

function handler(baseUrl: () => string, corpusNames: readonly string[]) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let reply: Reply;
    try {
      reply = route(new URL(req.url ?? '/', 'http://demo.invalid').pathname, baseUrl(), corpusNames);
    } catch (err) {
      reply = { status: 500, type: 'text/plain; charset=utf-8', body: `Demo server error: ${(err as Error).message}` };
    }
    res.writeHead(reply.status, {
      'Content-Type': reply.type,
      'Content-Length': Buffer.byteLength(reply.body),
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : reply.body);
  };
}

export async function startDemoServer({ port = DEMO_PORT, host = DEMO_HOST }: DemoServerOptions = {}): Promise<DemoServer> {
  const corpusNames = listCorpusPages();
  let url = '';
  const server = createServer(handler(() => url, corpusNames));
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`Port ${port} on ${host} is already in use: is another demo server running?`) : err),
    );
    server.listen(port, host, () => resolveListen());
  });
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  url = `http://${hostForUrl}:${address.port}`;
  return {
    url,
    pages: DEMO_ARTICLES.map((a) => ({ slug: a.slug, outletId: a.outletId, title: a.title, url: `${url}/${a.slug}/` })),
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolveClose()));
      }),
  };
}
