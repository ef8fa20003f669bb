/**
 * Hostile and huge pages for the robustness tests and the page benchmark, served by a small
 * node:http server of their own (the demo server stays as it is). Each page is a demo article
 * (so known claims are on it) plus a page script that misbehaves:
 *   /hostile/huge/              500,000 text nodes after the article
 *   /hostile/mutating/          changes its DOM every 10 ms, forever; a claim paragraph arrives after 3 s
 *   /hostile/replace-body/      swaps document.body for a fresh copy once the first highlights show
 *   /hostile/frames/            iframes (srcdoc and same-origin src) and open and closed shadow roots
 *   /hostile/clear-highlights/  calls CSS.highlights.clear() each time our highlights appear (3 times)
 *   /hostile/frame-child/       the page the frames page embeds
 *   /hostile/paragraphs/, /hostile/big-text/  huge served markup (see huge-pages.ts)
 * PROBE_SCRIPT is meant for `context.addInitScript`: it records long tasks, a heartbeat and when
 * the first Recoupe highlight appeared, in `window.__probe`, on any page.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_ARTICLES, articleBody, type DemoArticle } from './demo-articles';
import { renderArticlePage } from './demo-pages';
import { escapeHtml } from './demo-html';
import { bigTextPage, manyParagraphsPage } from './huge-pages';

export interface HostilePage {
  name: string;
  path: string;
  what: string;
}

export const HOSTILE_PAGES: readonly HostilePage[] = [
  { name: 'huge', path: '/hostile/huge/', what: '500,000 text nodes' },
  { name: 'mutating', path: '/hostile/mutating/', what: 'DOM mutated every 10 ms' },
  { name: 'replace-body', path: '/hostile/replace-body/', what: 'document.body replaced after load' },
  { name: 'frames', path: '/hostile/frames/', what: 'iframes and shadow DOM' },
  { name: 'clear-highlights', path: '/hostile/clear-highlights/', what: 'CSS.highlights.clear() after load' },
  { name: 'paragraphs', path: '/hostile/paragraphs/', what: '30,000 paragraphs of served markup' },
  { name: 'big-text', path: '/hostile/big-text/', what: 'one 3 MB text node' },
];

/** Text nodes the huge page adds: PARAGRAPHS paragraphs of NODES_PER_PARAGRAPH nodes each. */
export const HUGE_PARAGRAPHS = 25_000;
export const HUGE_NODES_PER_PARAGRAPH = 20;

/** The article every hostile page carries, and the one whose paragraph arrives late on the mutating page. */
const MAIN = DEMO_ARTICLES[0];
const LATE = DEMO_ARTICLES[1];

/** The paragraphs of an article, for the tests to know what text must get highlighted. */
export function articleParagraphs(article: DemoArticle): string[] {
  return articleBody(article)
    .filter((b) => b.kind === 'p')
    .map((b) => b.text);
}

export const HOSTILE_ARTICLES = { main: MAIN, late: LATE } as const;

function withScript(html: string, script: string): string {
  return html.replace('</body>', `<script>${script}</script>\n</body>`);
}

const huge = `(() => {
  // Built by the page itself: the same text nodes as served markup, without 10 MB on the wire.
  const host = document.createElement('section');
  host.id = 'huge';
  const words = ['harbour', 'ledger', 'tariff', 'quarry', 'orchard', 'viaduct', 'lantern', 'granary'];
  for (let p = 0; p < ${HUGE_PARAGRAPHS}; p++) {
    const para = document.createElement('p');
    for (let n = 0; n < ${HUGE_NODES_PER_PARAGRAPH}; n++) para.appendChild(document.createTextNode(words[(p + n) % 8] + ' ' + p + '.' + n + ' '));
    host.appendChild(para);
  }
  document.body.appendChild(host);
  window.__hugeReady = true;
})();`;

const mutating = (late: string) => `(() => {
  const ticker = document.createElement('p');
  ticker.id = 'ticker';
  document.body.prepend(ticker);
  let n = 0;
  window.__mutations = 0;
  setInterval(() => {
    n++;
    ticker.textContent = 'Live ' + n;
    const flash = document.createElement('span');
    flash.textContent = ' ' + (n % 10);
    ticker.appendChild(flash);
    window.__mutations = n;
  }, 10);
  setTimeout(() => {
    const p = document.createElement('p');
    p.id = 'late-claim';
    p.textContent = ${JSON.stringify(late)};
    document.getElementById('article-body').appendChild(p);
    window.__lateAdded = true;
  }, 3000);
})();`;

const replaceBody = `(() => {
  const swap = () => {
    const fresh = document.createElement('body');
    fresh.className = document.body.className;
    // Every node the content script read is thrown away: only the new body is on screen.
    for (const child of [...document.body.childNodes]) if (!(child instanceof Element && child.localName.startsWith('recoupe-'))) fresh.appendChild(child.cloneNode(true));
    document.body = fresh;
    window.__replaced = true;
  };
  const wait = setInterval(() => {
    if ([...CSS.highlights.keys()].some((k) => k.startsWith('recoupe-'))) {
      clearInterval(wait);
      swap();
    }
  }, 50);
})();`;

const frames = (childUrl: string, claim: string) => `(() => {
  const body = document.getElementById('article-body');
  const srcdoc = document.createElement('iframe');
  srcdoc.title = 'srcdoc frame';
  srcdoc.srcdoc = '<!doctype html><p>' + ${JSON.stringify(escapeHtml(claim))} + '</p>';
  body.appendChild(srcdoc);
  const child = document.createElement('iframe');
  child.title = 'same-origin frame';
  child.src = ${JSON.stringify(childUrl)};
  child.width = '600';
  child.height = '300';
  body.appendChild(child);
  const open = document.createElement('div');
  open.id = 'open-shadow';
  open.attachShadow({ mode: 'open' }).innerHTML = '<p>' + ${JSON.stringify(escapeHtml(claim))} + '</p><slot></slot>';
  open.innerHTML = '<p>Slotted light-DOM paragraph with enough words to be a block of text.</p>';
  body.appendChild(open);
  const closed = document.createElement('div');
  closed.id = 'closed-shadow';
  closed.attachShadow({ mode: 'closed' }).innerHTML = '<p>' + ${JSON.stringify(escapeHtml(claim))} + '</p>';
  body.appendChild(closed);
  window.__framesReady = true;
})();`;

const clearHighlights = `(() => {
  window.__clears = 0;
  const check = setInterval(() => {
    if (![...CSS.highlights.keys()].some((k) => k.startsWith('recoupe-'))) return;
    CSS.highlights.clear();
    if (++window.__clears >= 3) clearInterval(check);
  }, 100);
})();`;

export interface Reply {
  status: number;
  type: string;
  body: string;
}

const HTML = 'text/html; charset=utf-8';

/** The page at `pathname`, or undefined when it is not a hostile page. */
export function hostileRoute(pathname: string, baseUrl: string): Reply | undefined {
  const page = (script: string, article: DemoArticle = MAIN): Reply => ({
    status: 200,
    type: HTML,
    body: withScript(renderArticlePage(article, { baseUrl }), script),
  });
  switch (pathname) {
    case '/hostile/huge/':
      return page(huge);
    case '/hostile/mutating/':
      return page(mutating(articleParagraphs(LATE).join(' ')));
    case '/hostile/replace-body/':
      return page(replaceBody);
    case '/hostile/frames/':
      return page(frames(`${baseUrl}/hostile/frame-child/`, articleParagraphs(LATE)[0]));
    case '/hostile/clear-highlights/':
      return page(clearHighlights);
    case '/hostile/paragraphs/':
      return { status: 200, type: HTML, body: manyParagraphsPage(MAIN, baseUrl) };
    case '/hostile/big-text/':
      return { status: 200, type: HTML, body: bigTextPage(MAIN, baseUrl) };
    case '/hostile/frame-child/':
      return { status: 200, type: HTML, body: renderArticlePage(LATE, { baseUrl }) };
    default:
      return undefined;
  }
}

export interface HostileServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the hostile pages, and the pages `extra` answers for, on 127.0.0.1 (port 0: a free one). */
export async function startHostileServer(port = 0, extra?: (pathname: string) => Reply | undefined): Promise<HostileServer> {
  let url = '';
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://hostile.invalid').pathname;
    const reply = hostileRoute(pathname, url) ?? extra?.(pathname) ?? { status: 404, type: HTML, body: '<!doctype html><title>404</title><p>Not found</p>' };
    res.writeHead(reply.status, { 'Content-Type': reply.type, 'Content-Length': Buffer.byteLength(reply.body), 'Cache-Control': 'no-store' });
    res.end(reply.body);
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolveClose()));
      }),
  };
}

export interface LongTask {
  start: number;
  duration: number;
  attribution: string;
}

export interface LongFrame {
  start: number;
  duration: number;
  /** Time spent in style and layout at the end of the frame, ms. */
  styleAndLayout: number;
  /** Time blocking user input (the frame's duration beyond 50 ms, as the API defines it), ms. */
  blocking: number;
  /** The frame's longest script: 'extension' or 'page', its invoker and duration (empty when no script). */
  script: string;
}

/** What PROBE_SCRIPT records in `window.__probe`. Times are performance.now() of the page. */
export interface ProbeData {
  longTasks: LongTask[];
  /** Heartbeat ticks (a 10 ms setTimeout chain) since the page started. */
  ticks: number;
  /** Longest wait between two ticks, ms. */
  maxGap: number;
  /** Longest wait between two ticks after the load event, ms (10 ms when nothing stalls). */
  maxGapAfterLoad: number;
  /** Long Animation Frames (over 50 ms) that started after the load event, where Chromium reports them. */
  framesAfterLoad: LongFrame[];
  domContentLoaded: number | null;
  load: number | null;
  firstHighlight: number | null;
}

/**
 * Runs in every page before its own scripts (addInitScript). Long tasks come from the page's
 * main thread, whoever caused them: the page's own scripts and Recoupe's content script alike.
 */
export const PROBE_SCRIPT = `(() => {
  if (window.__probe) return;
  const probe = { longTasks: [], ticks: 0, maxGap: 0, maxGapAfterLoad: 0, framesAfterLoad: [], domContentLoaded: null, load: null, firstHighlight: null };
  window.__probe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const a = (e.attribution || []).map((x) => [x.name, x.containerType, x.containerName || x.containerSrc || x.containerId].filter(Boolean).join(' ')).join(', ');
        probe.longTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration), attribution: e.name + (a ? ' (' + a + ')' : '') });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (probe.load === null || e.startTime < probe.load) continue;
        const styleAndLayout = e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0;
        const top = [...(e.scripts || [])].sort((a, b) => b.duration - a.duration)[0];
        const script = top ? (/^(chrome|moz)-extension:/.test(top.sourceURL) ? 'extension ' : 'page ') + top.invoker + ' ' + Math.round(top.duration) + ' ms' : '';
        probe.framesAfterLoad.push({ start: Math.round(e.startTime), duration: Math.round(e.duration), styleAndLayout: Math.round(styleAndLayout), blocking: Math.round(e.blockingDuration || 0), script });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  document.addEventListener('DOMContentLoaded', () => { probe.domContentLoaded = Math.round(performance.now()); });
  window.addEventListener('load', () => { probe.load = performance.now(); });
  let last = performance.now();
  const beat = () => {
    const now = performance.now();
    probe.maxGap = Math.max(probe.maxGap, Math.round(now - last));
    // A gap that began before the load event is the page's own loading, not a stall after it.
    if (probe.load !== null && last >= probe.load) probe.maxGapAfterLoad = Math.max(probe.maxGapAfterLoad, Math.round(now - last));
    last = now;
    probe.ticks++;
    if (probe.firstHighlight === null && typeof CSS !== 'undefined' && CSS.highlights && [...CSS.highlights.keys()].some((k) => k.startsWith('recoupe-'))) probe.firstHighlight = Math.round(now);
    setTimeout(beat, 10);
  };
  setTimeout(beat, 10);
})();`;
