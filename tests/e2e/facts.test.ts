import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickHighlight, readHighlights, startHarness, waitForHighlights, wipeDatabase, type Harness } from './support';

/*
 * The card's marked differences come from facts. Here the starter data's hand-entered facts are
 * removed (each version keeps its quote and the article text before it), the data is imported
 * through the library page, and the facts Recoupe extracts must mark the same kinds of differences,
 * card by card, on the five demo pages.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(async () => {
  await h?.close();
});

type Differences = Map<string, string[]>;

/** For every highlighted sentence of every demo page: the kinds of differences its card marks. */
async function cardDifferences(): Promise<Differences> {
  const out: Differences = new Map();
  for (const demo of h.server.pages) {
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}/${demo.slug}/`);
    await waitForHighlights(page);
    const sentences = [...new Set(Object.entries(await readHighlights(page)).filter(([n]) => n !== 'recoupe-focus').flatMap(([, l]) => l))].sort();
    for (const sentence of sentences) {
      const needle = sentence.slice(0, 40);
      await clickHighlight(page, needle);
      const card = page.locator('recoupe-card [role="dialog"]');
      await card.waitFor({ timeout: 10_000 });
      const kinds = await card.locator('.differences li[data-kind]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind') ?? ''));
      const sourcesNote = await card.locator('.sources-disagree').count();
      out.set(`${demo.slug} | ${needle}`, [...new Set(kinds)].sort().concat(sourcesNote ? ['sources-note'] : []));
      await page.keyboard.press('Escape');
      await page.locator('recoupe-card').waitFor({ state: 'detached' });
    }
    await page.close();
  }
  return out;
}

describe('facts extracted on import', () => {
  it('the starter data without its facts, imported, marks the same differences in the cards', async () => {
    const withHandFacts = await cardDifferences();
    expect(withHandFacts.size).toBeGreaterThan(10);
    expect([...withHandFacts.values()].some((k) => k.length > 0)).toBe(true);

    const starter = JSON.parse(readFileSync('public/starter-data.json', 'utf8'));
    for (const v of starter.versions) Object.assign(v, { figures: [], places: [], attributions: [], dates: [] });
    const library = await h.context.newPage();
    await library.goto(h.extensionUrl('options.html'));
    const panel = library.locator('#import-export');
    await panel.getByRole('button', { name: /^(Export|Exporter)$/ }).waitFor();
    await wipeDatabase(library);
    await library.reload();
    await panel.locator('input[type="file"]').setInputFiles({ name: 'starter-without-facts.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(starter)) });
    await panel.locator('table.ie-counts').waitFor();
    await panel.getByRole('button', { name: /^(Import|Importer)$/ }).click();
    await panel.locator('.ie-ok[role="status"]').waitFor();
    await library.close();

    const extracted = await cardDifferences();
    expect([...extracted.keys()]).toEqual([...withHandFacts.keys()]);
    const rows = [...withHandFacts].map(([key, hand]) => ({ key, hand, got: extracted.get(key) ?? [] }));
    // Figures, their hedges and dates: the same marks on every card.
    const numeric = (k: string[]) => k.filter((x) => ['figure', 'hedge', 'date'].includes(x)).join(',');
    for (const r of rows) expect(numeric(r.got), r.key).toBe(numeric(r.hand));
    // Places and sources too, every card: the starter versions keep the article text before their
    // quote (`context`, as an annotation keeps it), where sources like "Il a déclaré…" are named.
    const same = rows.filter((r) => r.got.join(',') === r.hand.join(','));
    const differing = rows.filter((r) => r.got.join(',') !== r.hand.join(',')).map((r) => `${r.key}: hand ${r.hand.join(',') || '-'}, extracted ${r.got.join(',') || '-'}`);
    console.info(`${same.length}/${rows.length} cards mark the same kinds of differences`);
    expect(differing).toEqual([]);
  }, 300_000);
});
