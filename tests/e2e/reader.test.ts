import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itWithShared } from '../shared-data';
import { SEED_CASES, clickHighlight, expectationsByOutlet, pageState, readHighlights, seedClaimIds, startHarness, waitForHighlights, waitForScans, type Harness, type Page } from './support';
import { STATUS_STYLES, isStatus } from '../../utils/core/statuses';
import { paintedShare } from './painted-colour';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function open(path: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`${h.server.url}${path}`);
  return page;
}

describe('reader on the demo pages', () => {
  // Needs the seed articles (the demo pages' text) and their expected claims.
  itWithShared('highlights the expected claims on each of the five outlet pages, and no claim a page does not state', [SEED_CASES, 'seeds'], async () => {
    const expectations = expectationsByOutlet();
    const seedIds = seedClaimIds();
    expect(h.server.pages.length).toBe(5);
    let expectedTotal = 0;
    const missed: string[] = [];
    for (const demo of h.server.pages) {
      const e = expectations.get(demo.outletId);
      expect(e, `expectations for ${demo.outletId}`).toBeDefined();
      const page = await open(`/${demo.slug}/`);
      await waitForHighlights(page);
      const found = await waitForScans(h, page);
      const ids = new Set(found.map((c) => c.claimId));
      expectedTotal += e!.expected.size;
      for (const id of e!.expected) if (!ids.has(id)) missed.push(`${demo.slug}: ${id}`);
      // Never a claim of the reading in seed-cases.json that the page does not state.
      for (const id of ids) if (seedIds.has(id)) expect(e!.allowed, `${demo.slug} must not show ${id}`).toContain(id);
      const highlighted = Object.values(await readHighlights(page)).flat();
      // Highlights cover sentences: never a lone word, a menu item, the form or the footer.
      for (const text of highlighted) expect(text.length).toBeGreaterThan(15);
      await page.close();
    }
    // The fitted matcher highlights only what it is confident about: its recall on these paragraphs,
    // held out from its fitting, is about 0.6 at precision 1.0 (npm run eval); the rest are possible matches.
    if (missed.length) console.info(`claims stated but not highlighted: ${missed.join('; ')}`);
    expect(1 - missed.length / expectedTotal).toBeGreaterThanOrEqual(0.6);
  });

  it('paints every highlight in its status colour on screen', async () => {
    const page = await open(`/${h.server.pages[0].slug}/`);
    const names = Object.keys(await waitForHighlights(page)).filter((n) => n !== 'recoupe-focus');
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const status = name.slice('recoupe-'.length);
      expect(isStatus(status), name).toBe(true);
      // Most of a highlighted line box is background (the rest is glyphs and the underline).
      expect(await paintedShare(page, name, STATUS_STYLES[status as keyof typeof STATUS_STYLES].background), name).toBeGreaterThan(0.3);
    }
    await page.close();
  });

  itWithShared('highlights nothing on real news pages that state none of the claims', ['corpora/readability/pages'], async () => {
    for (const name of ['nytimes-1', 'bbc-1', 'lemonde-1', 'guardian-1']) {
      const page = await open(`/corpus/${name}/`);
      const found = await waitForScans(h, page);
      expect(found, name).toEqual([]);
      expect(Object.values(await readHighlights(page)).flat(), name).toEqual([]);
      await page.close();
    }
  });

  it('opens a card with the other outlets’ versions, not the page’s own, and marks where they differ', async () => {
    const cnn = h.server.pages.find((p) => p.outletId === 'cnn')!;
    const page = await open(`/${cnn.slug}/`);
    await waitForHighlights(page);
    await clickHighlight(page, '12 000');
    const card = page.locator('recoupe-card [role="dialog"]');
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain('12');
    // The other outlet's wording of the 12,000 figure, attributed to the NIS.
    expect(text).toContain('Pyongyang prévoit d’envoyer jusqu’à 12 000 soldats en Russie');
    // Not CNN's own version.
    expect(text).not.toContain('le Nord enverrait un total de 12 000 soldats');
    expect(await card.locator('.version .outlet').allInnerTexts()).not.toContain('CNN');
    // The attribution differs between outlets and is marked.
    expect(await card.locator('.differences [data-kind="attribution"] mark').count()).toBeGreaterThanOrEqual(2);
    // Links only to http(s) sources.
    for (const href of await card.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) expect(href).toMatch(/^https?:/);
    // Escape closes it.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('recoupe-card').count()).toBe(0);
    await page.close();
  });

  it('closes the card when the reader clicks outside it', async () => {
    const page = await open(`/${h.server.pages[0].slug}/`);
    await waitForHighlights(page);
    await clickHighlight(page, '11 000');
    await page.locator('recoupe-card [role="dialog"]').waitFor();
    await page.mouse.click(5, 5);
    await expect.poll(() => page.locator('recoupe-card').count()).toBe(0);
    await page.close();
  });

  it('highlights an article body that loads two seconds late', async () => {
    const page = await open(`/late/${h.server.pages[1].slug}/`);
    const paragraphsAtLoad = await page.locator('article p').count();
    const before = Object.values(await readHighlights(page)).flat().length;
    // The body arrives after two seconds; its sentences get highlighted then.
    await page.waitForFunction((n) => document.querySelectorAll('article p').length > n, paragraphsAtLoad, { timeout: 10_000 });
    await expect
      .poll(async () => Object.values(await readHighlights(page)).flat().length, { timeout: 15_000 })
      .toBeGreaterThan(before + 1);
    await page.close();
  });

  it('rescans a single-page site when it swaps its article without reloading', async () => {
    const page = await open('/spa/');
    await waitForHighlights(page);
    const before = new Set((await waitForScans(h, page)).map((c) => c.claimId));
    // Outlet B's article states the Tsukuryne flag claim; the first article does not.
    expect(before.has('flag-tsukuryne')).toBe(false);
    const target = h.server.pages.find((p) => p.outletId === 'outlet-b')!;
    await page.locator(`a[data-spa="${target.slug}"]`).click();
    await page.waitForURL(`**/spa/${target.slug}/`);
    await expect
      .poll(async () => (await pageState(h, page)).claims.map((c) => c.claimId), { timeout: 15_000 })
      .toContain('flag-tsukuryne');
    await page.close();
  });

  it('steps through the claims with the keyboard, opens the card with Enter and gives focus back on Escape', async () => {
    const page = await open(`/${h.server.pages[2].slug}/`);
    await waitForHighlights(page);
    await page.locator('body').focus();
    const announced = () => page.locator('recoupe-live [role="status"]').innerText();
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(async () => (await readHighlights(page))['recoupe-focus']?.length ?? 0).toBe(1);
    // A screen reader hears which claim is selected, and where it is in the page's list.
    await expect.poll(announced).toMatch(/^(Claim|Affirmation) 1 (of|sur) \d+/);
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(announced).toMatch(/^(Claim|Affirmation) 2 (of|sur) \d+/);
    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(announced).toMatch(/^(Claim|Affirmation) 1 (of|sur) \d+/);
    await page.keyboard.press('Enter');
    const dialog = page.locator('recoupe-card [role="dialog"]');
    await dialog.waitFor();
    // Focus moved into the card (its close button).
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('recoupe-card');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('recoupe-card').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('recoupe-card');
    expect(await announced()).toMatch(/(Claim card opened|Fiche de l’affirmation ouverte)/);
    await page.close();
  });
});
