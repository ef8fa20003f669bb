import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopup, readHighlights, startHarness, tabIdOf, waitForHighlights, waitForScans, type Harness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('toolbar popup', () => {
  it('lists the page’s claims by status, jumps to one, and switches the site off and on (remembered)', async () => {
    const demo = h.server.pages.find((p) => p.outletId === 'kyiv-independent')!;
    const article = await h.context.newPage();
    await article.goto(`${h.server.url}/${demo.slug}/`);
    await waitForHighlights(article);
    const found = await waitForScans(h, article);
    const tabId = await tabIdOf(h, article);

    const popup = await openPopup(h, tabId);
    const items = popup.locator('button.claim');
    await items.first().waitFor();
    expect(await items.count()).toBe(found.length);
    // Grouped by status, each group labelled with its status word (not colour alone).
    const groups = await popup.locator('section.group h2').allInnerTexts();
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.join(' ')).toMatch(/Unverified|Confirmed|Disputed|Non vérifié|Confirmé|Contesté/);

    // Jumping selects that claim in the page.
    const target = found[found.length - 1];
    await popup.locator('button.claim', { hasText: target.statement.slice(0, 30) }).first().click();
    await expect.poll(async () => (await readHighlights(article))['recoupe-focus']?.length ?? 0).toBe(1);

    // Off for this site: highlights go away at once.
    const popup2 = await openPopup(h, tabId);
    const toggle = popup2.locator('.switch input');
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(async () => Object.values(await readHighlights(article)).flat().length).toBe(0);

    // Remembered: a reload shows nothing either.
    await article.reload();
    await article.waitForTimeout(1500);
    expect(Object.values(await readHighlights(article)).flat()).toEqual([]);

    // On again.
    await popup2.reload();
    await popup2.locator('.switch input').check();
    await waitForHighlights(article);
    await popup.close();
    await popup2.close();
    await article.close();
  });
});
