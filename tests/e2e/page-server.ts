/**
 * A local web server for the end-to-end tests' own pages, and what the highlights cover on them: the
 * pages are made in the test (their text is what the matcher under Node is compared with), served
 * over http as any news page would be, so the content script runs on them.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from './support';

export interface PageServer {
  /** http://127.0.0.1:PORT */
  base: string;
  close(): Promise<void>;
}

/** Serves the HTML `page(path)` returns for a request's path, 404 where it returns undefined. */
export async function servePages(page: (path: string) => string | undefined): Promise<PageServer> {
  const server = createServer((req, res) => {
    const html = page(req.url ?? '/');
    if (html === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/**
 * For each range Recoupe highlights on the page (the focus ring aside), the number in the id of the
 * paragraph it starts in (`<p id="{prefix}{n}">`), in order: a paragraph appears once per range.
 */
export function highlightedParagraphs(page: Page, prefix: string): Promise<number[]> {
  return page.evaluate((idPrefix: string) => {
    const out: number[] = [];
    for (const [name, hl] of CSS.highlights) {
      if (!name.startsWith('recoupe-') || name === 'recoupe-focus') continue;
      for (const r of hl) out.push(Number((r as Range).startContainer.parentElement?.closest('p')?.id.replace(idPrefix, '') ?? -1));
    }
    return out.sort((a, b) => a - b);
  }, prefix);
}
