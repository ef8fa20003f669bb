/**
 * A Spanish page (with German and Portuguese paragraphs) against the starter library, whose claims
 * are known in French and English only: the background compares each paragraph through the word
 * list of its language (read from the extension's files on first use: importScripts in Chrome's
 * service worker, a synchronous request in Firefox's background page) and highlights what the
 * matcher under Node highlights, and nothing where it finds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimMatcher } from '../../utils/core/matching';
import { escapeHtml } from '../../scripts/lib/demo-html';
import { pageState, startHarness, waitForScans, type Harness, starterIndexClaims } from './support';
import { highlightedParagraphs, servePages, type PageServer } from './page-server';

const PARAGRAPHS: { lang: string; text: string }[] = [
  { lang: 'es', text: 'Unos 11.000 soldados norcoreanos se entrenan en el este de Rusia, según el jefe de la inteligencia militar ucraniana, Kyrylo Budanov.' },
  { lang: 'es', text: 'El Real Madrid ganó la Liga de Campeones con un gol en el último minuto.' },
  { lang: 'pt', text: 'Cerca de 11.000 soldados norte-coreanos estão a treinar no leste da Rússia, segundo o chefe da inteligência militar ucraniana, Kyrylo Budanov.' },
  { lang: 'de', text: 'Die Bundesregierung will die Mehrwertsteuer auf Lebensmittel senken.' },
  { lang: 'es', text: 'Los ministros de Agricultura de la Unión Europea se reunieron el lunes en Bruselas para hablar del precio de los cereales.' },
];

const starterClaims = starterIndexClaims();

let h: Harness;
let server: PageServer;

function pageHtml(): string {
  const body = PARAGRAPHS.map((p, i) => `<p id="p-${i}"${p.lang === 'es' ? '' : ` lang="${p.lang}"`}>${escapeHtml(p.text)}</p>`).join('');
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Noticias</title></head><body><main>${body}</main></body></html>`;
}

beforeAll(async () => {
  server = await servePages((path) => (path.startsWith('/noticias') ? pageHtml() : undefined));
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
  await server?.close();
});


describe('a Spanish page against claims known in French and English', () => {
  it('highlights the paragraphs, Spanish and Portuguese, that state a claim, as the matcher under Node does', async () => {
    const matcher = ClaimMatcher.build(starterClaims);
    const expected = PARAGRAPHS.map((p) => matcher.scan(p.text, { lang: p.lang }).filter((m) => m.level === 'highlight').map((m) => m.claimId));
    // Meaningful only if the word lists find the troops claim in both languages.
    expect(expected[0]).toContain('budanov-11000');
    expect(expected[2]).toContain('budanov-11000');

    const page = await h.context.newPage();
    await page.goto(`${server.base}/noticias`);
    await waitForScans(h, page);
    await expect.poll(async () => [...new Set(await highlightedParagraphs(page, 'p-'))]).toEqual(expected.flatMap((ids, i) => (ids.length ? [i] : [])));
    const state = await pageState(h, page);
    expect(state.claims.map((c) => c.claimId).sort()).toEqual([...new Set(expected.flat())].sort());
    await page.close();
  });
});
