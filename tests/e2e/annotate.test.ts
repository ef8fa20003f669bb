import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itWithShared } from '../shared-data';
import { pageState, readHighlights, startHarness, waitForHighlights, waitForScans, type Harness, type Page } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const SENTENCE = 'Le Kyiv Independent n’a pas pu vérifier ces affirmations.';

/** Selects the whole text of the first paragraph containing `text`, as a user dragging over it would. */
async function selectParagraph(page: Page, text: string): Promise<void> {
  await page.evaluate((needle) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(needle));
    if (!p) throw new Error(`no paragraph with ${needle}`);
    const range = document.createRange();
    range.selectNodeContents(p);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }, text);
}

const allHighlighted = async (page: Page) => Object.entries(await readHighlights(page)).filter(([n]) => n !== 'recoupe-focus').flatMap(([, v]) => v);

describe('annotating a page', () => {
  // SENTENCE is a sentence of the real Kyiv Independent article (../shared/seeds), stating no known claim.
  itWithShared('saves a selection as a new claim, shows it at once, and anchors it again after a reload and after a small edit', ['seeds'], async () => {
    const demo = h.server.pages.find((p) => p.outletId === 'kyiv-independent')!;
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}/${demo.slug}/`);
    await waitForHighlights(page);
    expect(await allHighlighted(page)).not.toContain(SENTENCE);

    await selectParagraph(page, SENTENCE);
    await page.keyboard.press('Alt+Shift+A');
    const form = page.locator('recoupe-annotate [role="dialog"]');
    await form.waitFor();
    // The outlet comes from the page's metadata.
    expect(await form.locator('details.source summary').innerText()).toContain('The Kyiv Independent');
    await form.getByLabel(/states a new claim|avance une nouvelle affirmation/).check();
    await form.getByLabel(/Claim statement|Énoncé/).fill('The Kyiv Independent could not verify the video’s claims.');
    await form.locator('select').selectOption('confirmed');
    await form.getByLabel(/Why \(shown|Pourquoi/).fill('Stated by the outlet itself.');
    await form.getByLabel(/^Note$/).fill('checked on the page');
    await form.getByRole('button', { name: /^(Save|Enregistrer)$/ }).click();
    await expect.poll(() => page.locator('recoupe-annotate').count()).toBe(0);
    await expect.poll(async () => (await readHighlights(page))['recoupe-confirmed'] ?? []).toContain(SENTENCE);

    // A reload finds it again.
    await page.reload();
    await expect.poll(async () => (await readHighlights(page))['recoupe-confirmed'] ?? [], { timeout: 15_000 }).toContain(SENTENCE);

    // The page corrects its text slightly (curly apostrophe made straight, a word fixed): still anchored.
    await page.evaluate((s) => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent === s)!;
      p.textContent = s.replace('n’a', "n'a").replace('vérifier', 'verifier');
    }, SENTENCE);
    await expect
      .poll(async () => ((await readHighlights(page))['recoupe-confirmed'] ?? []).some((t) => t.includes('pas pu verifier ces affirmations')), { timeout: 15_000 })
      .toBe(true);

    // Rewritten entirely: the annotation is detached, not lost, and the popup lists it.
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('pas pu verifier'))!;
      p.textContent = 'Ce paragraphe a été entièrement réécrit par la rédaction.';
    });
    await expect.poll(async () => (await pageState(h, page)).detached.map((d) => d.quote), { timeout: 15_000 }).toContain(SENTENCE);
    await page.close();
  });

  it('suggests the likeliest known claim first for a selection that states one', async () => {
    const cnn = h.server.pages.find((p) => p.outletId === 'cnn')!;
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}/${cnn.slug}/`);
    await waitForScans(h, page);
    await selectParagraph(page, 'Les médias sud-coréens avaient précédemment rapporté');
    await page.keyboard.press('Alt+Shift+A');
    const form = page.locator('recoupe-annotate [role="dialog"]');
    await form.waitFor();
    const first = form.locator('.options li').first();
    expect(await first.innerText()).toMatch(/12[,  ]000/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('recoupe-annotate').count()).toBe(0);
    await page.close();
  });
});
