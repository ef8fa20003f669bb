import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopup, readHighlights, startHarness, tabIdOf, waitForHighlights, type Harness } from './support';
import { servePages, type PageServer } from './page-server';

const CLAIM = 'The Apollo 11 moon landing footage was filmed in a studio in Nevada';

/** A fact-checker's page (JSON-LD in @graph, plus a review attributed to another site) and a news page stating the claim. */
function pages(base: string): Record<string, string> {
  const graph = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebPage', url: `${base}/fact-check/` },
      {
        '@type': 'ClaimReview',
        url: `${base}/fact-check/`,
        claimReviewed: CLAIM,
        datePublished: '2026-11-20',
        author: { '@type': 'Organization', name: 'Local Checkers', url: `${base}/` },
        itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'A viral video' }, appearance: [{ url: `${base}/news/` }] },
        // The label is read from the extension's verdict file in the background; the value alone (3 of 5) would say partly true.
        reviewRating: { '@type': 'Rating', ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: 'Pants on Fire!' },
      },
      // Markup that tries to speak for another site: never proposed.
      { '@type': 'ClaimReview', url: 'https://other.example/review', author: { name: 'Other', url: 'https://other.example/' }, claimReviewed: 'Another site’s claim', reviewRating: { alternateName: 'True' } },
    ],
  };
  const html = (title: string, body: string, head = '') =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><main><article>${body}</article></main></body></html>`;
  // Hundreds of nodes, a malformed script, an oversized one, and a review that names a starter claim.
  const flood = { '@graph': Array.from({ length: 300 }, (_, i) => ({ '@type': 'ClaimReview', url: `${base}/flood/#${i}`, claimReviewed: `Flood claim number ${i}`, reviewRating: { alternateName: 'False' } })) };
  const takeover = { '@type': 'ClaimReview', identifier: 'urn:recoupe:claim:budanov-11000', url: `${base}/flood/`, claimReviewed: 'Overridden statement', reviewRating: { alternateName: 'True' } };
  const scripts = [takeover, flood].map((j) => `<script type="application/ld+json">${JSON.stringify(j)}</script>`).join('') +
    `<script type="application/ld+json">{"@type": "ClaimReview", "url": </script>` +
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'ClaimReview', claimReviewed: 'x'.repeat(700_000) })}</script>`;
  return {
    '/flood/': html('Flood', '<h1>A page with too much markup</h1><p id="alive">Still here.</p>', scripts),
    '/fact-check/': html('Fact check', `<h1>Fact check: the moon landing video</h1><p>We looked at a viral video about the 1969 landing.</p>`, `<script type="application/ld+json">${JSON.stringify(graph)}</script>`),
    '/news/': html(
      'News',
      `<h1>Old rumours return</h1><p>The city council met on Tuesday to discuss the budget for next year.</p>` +
        `<p>Viral posts claim that the Apollo 11 moon landing footage was filmed in a studio in Nevada, a rumour that resurfaces every summer.</p>` +
        `<p>Weather forecasters expect rain over the weekend.</p>`,
    ),
  };
}

let h: Harness;
let server: PageServer;
let base = '';
beforeAll(async () => {
  server = await servePages((path) => pages(base)[path]);
  base = server.base;
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
  await server?.close();
});

describe('fact-checks read from the page', () => {
  it('offers the page’s own fact-check in the popup, adds it, highlights the claim where it appeared and saves that sentence as the outlet’s version', async () => {
    const factCheck = await h.context.newPage();
    await factCheck.goto(`${base}/fact-check/`);
    const tabId = await tabIdOf(h, factCheck);
    const popup = await openPopup(h, tabId);
    const item = popup.locator('.page-factchecks li.factcheck');
    await item.first().waitFor({ timeout: 15_000 });
    // Only the page's own review: the one attributed to other.example is not offered.
    expect(await item.count()).toBe(1);
    const text = await item.first().innerText();
    expect(text).toContain(CLAIM);
    expect(text).toContain('Pants on Fire!');
    expect(text).toMatch(/False|Faux/);
    expect(text).toContain('Local Checkers');
    expect(text).toContain('A viral video');
    await item.first().locator('button.add-factcheck').click();
    await expect.poll(() => item.first().innerText()).toMatch(/Added to your library|Ajoutée à votre bibliothèque/);
    await popup.close();

    const news = await h.context.newPage();
    await news.goto(`${base}/news/`);
    const highlights = await waitForHighlights(news);
    expect(Object.values(highlights).flat().join(' ')).toContain('filmed in a studio in Nevada');
    expect(Object.keys(highlights)).toContain('recoupe-false');

    // The fact-check named this page as where the claim appeared: the popup offers to save the sentence as its version.
    const newsPopup = await openPopup(h, await tabIdOf(h, news));
    const save = newsPopup.locator('button.save-appearance');
    await save.waitFor({ timeout: 15_000 });
    expect(await newsPopup.locator('.appearance q').innerText()).toContain('filmed in a studio in Nevada');
    await save.click();
    await expect.poll(() => newsPopup.locator('.appearance').innerText()).toMatch(/Saved as this outlet’s version|Enregistrée comme version de ce média/);
    const sw = await h.sw();
    const quotes = await sw.evaluate(async (url) => {
      const open = indexedDB.open('recoupe');
      const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
      const rows = await new Promise<{ url: string; quote: string }[]>((resolve) => {
        // Versions are stored in packs of a group of claims (utils/store/version-packs/).
        const req = db.transaction('versionPacks').objectStore('versionPacks').getAll();
        req.onsuccess = () => resolve((req.result as { versions: { url: string; quote: string }[] }[]).flatMap((p) => p.versions));
      });
      db.close();
      return rows.filter((v) => v.url === url).map((v) => v.quote);
    }, `${base}/news/`);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toContain('filmed in a studio in Nevada');
    await newsPopup.close();
    await news.close();
    await factCheck.close();
  });

  it('caps a flood of markup, ignores the malformed and oversized scripts, and cannot override a starter claim', async () => {
    const page = await h.context.newPage();
    await page.goto(`${base}/flood/`);
    const tabId = await tabIdOf(h, page);
    const popup = await openPopup(h, tabId);
    const items = popup.locator('.page-factchecks li.factcheck');
    await items.first().waitFor({ timeout: 15_000 });
    expect(await items.count()).toBe(20);
    expect(await popup.locator('.page-factchecks').innerText()).toMatch(/Only the first 20|Seules les 20 premières/);
    // The review naming a starter claim by its Recoupe id is shown as another source's, with nothing to add.
    const takeover = items.filter({ hasText: 'Overridden statement' });
    expect(await takeover.innerText()).toMatch(/another source|autre source/);
    const add = popup.locator('button.add-factcheck');
    expect(await add.count()).toBe(19);
    while ((await add.count()) > 0) {
      const before = await add.count();
      await add.first().click();
      await expect.poll(() => add.count()).toBe(before - 1);
    }
    const sw = await h.sw();
    const starter = await sw.evaluate(async () => {
      const open = indexedDB.open('recoupe');
      const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
      const claim = await new Promise<{ status: string; statement: Record<string, string> }>((resolve) => {
        const req = db.transaction('claims').objectStore('claims').get('budanov-11000');
        req.onsuccess = () => resolve(req.result);
      });
      db.close();
      return claim;
    });
    expect(starter.status).toBe('unverified');
    expect(Object.values(starter.statement).join(' ')).not.toContain('Overridden');
    expect(await page.locator('#alive').innerText()).toBe('Still here.');
    await popup.close();
    await page.close();
  });
});
