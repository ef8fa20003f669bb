import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageState, startHarness, waitForHighlights, type Harness, type Page } from './support';

/**
 * The reader's keys once a claim is selected with Alt+Shift+N: Enter opens the card only where it has
 * nothing else to do, and the open card follows the selection.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const dialog = (page: Page) => page.locator('recoupe-card [role="dialog"]');

/** The claim the open card is about (its title's id carries it), or null when no card is open. */
const cardClaim = (page: Page) =>
  page.evaluate(() => {
    const d = document.querySelector('recoupe-card')?.shadowRoot?.querySelector('[role="dialog"]');
    return d?.getAttribute('aria-labelledby')?.replace('recoupe-card-title-', '') ?? null;
  });

/** What has focus, seen from the page: inside the card, the element of its shadow root. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    const inner = a?.shadowRoot?.activeElement;
    return inner ? `${a!.localName} ${inner.localName}.${inner.className}` : (a?.localName ?? 'none');
  });

const announced = (page: Page) => page.locator('recoupe-live [role="status"]').innerText();

/** Selects the claims in turn until one whose card has a source link, and opens that card with Enter. */
async function openCardWithLink(page: Page): Promise<void> {
  await page.locator('body').focus();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Alt+Shift+N');
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    if ((await page.locator('recoupe-card a.source-link').count()) > 0) return;
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
  }
  throw new Error('no card with a source link on this page');
}

async function openArticle(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.server.pages.find((p) => p.outletId === 'kyiv-independent')!.url);
  await waitForHighlights(page);
  return page;
}

describe('Enter after Alt+Shift+N', () => {
  it('follows a link of the card that has focus, instead of opening the card again', async () => {
    const page = await openArticle();
    await openCardWithLink(page);
    // Tab from the close button to the first source link, as a keyboard user does.
    for (let i = 0; i < 10 && !(await focused(page)).includes('a.source-link'); i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('recoupe-card a.source-link');
    const href = await page.evaluate(() => (document.querySelector('recoupe-card')!.shadowRoot!.activeElement as HTMLAnchorElement).href);
    const browser = h.context.browser;
    const before = new Set(await browser.pages());
    // Every address a new tab is seen at: the starter data links to the demo's own port, where nothing
    // may answer, and Chromium then shows its error page's address.
    const seen = new Set<string>();
    const note = (t: { url(): string }) => void seen.add(t.url());
    browser.on('targetcreated', note);
    browser.on('targetchanged', note);
    await page.keyboard.press('Enter');
    // The link opens its page in a new tab; the card stays as it was, focus on the link.
    const opened = async () => {
      const pages = (await browser.pages()).filter((p) => !before.has(p));
      // Firefox reports a new tab's address late (about:blank first): ask its document too.
      const urls = await Promise.all(pages.map(async (p) => [p.url(), await p.evaluate(() => location.href).catch(() => '')]));
      return [...seen, ...urls.flat()];
    };
    await expect.poll(opened).toContain(href);
    browser.off('targetcreated', note);
    browser.off('targetchanged', note);
    for (const p of (await h.context.browser.pages()).filter((p) => !before.has(p))) await p.close();
    await page.bringToFront();
    expect(await focused(page)).toBe('recoupe-card a.source-link');
    await page.close();
  });

  it('activates the card’s close button, and a page link after Escape', async () => {
    const page = await openArticle();
    await page.locator('body').focus();
    await page.keyboard.press('Alt+Shift+N');
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    // Focus is on the close button: Enter closes the card, and it stays closed.
    expect(await focused(page)).toBe('recoupe-card button.close');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('recoupe-card').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(await page.locator('recoupe-card').count()).toBe(0);

    // The claim is still selected: Enter on the page opens its card, Escape closes it.
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('recoupe-card').count()).toBe(0);
    // A link of the page takes focus: Enter follows it, and no card opens.
    await page.locator('header a.brand').focus();
    expect(await focused(page)).toBe('a');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${h.server.url}/`);
    expect(await page.locator('recoupe-card').count()).toBe(0);
    await page.close();
  });
});

describe('Alt+Shift+N while the card is open', () => {
  it('shows the card of the newly selected claim', async () => {
    const page = await openArticle();
    const claims = (await pageState(h, page)).claims;
    expect(claims.length).toBeGreaterThanOrEqual(2);
    /** The claim the live region last named (the longest statement it contains). */
    const announcedClaim = async () => {
      const text = await announced(page);
      return claims.filter((c) => text.includes(c.statement)).sort((a, b) => b.statement.length - a.statement.length)[0]?.claimId;
    };
    await page.locator('body').focus();
    await page.keyboard.press('Alt+Shift+N');
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    const first = await cardClaim(page);
    expect(first).toBe(await announcedClaim());
    // Step on until another claim than the first is selected (one claim can be stated twice in a row).
    let selected = first;
    for (let i = 0; i < 10 && selected === first; i++) {
      const before = await page.evaluate(() => String([...(CSS.highlights.get('recoupe-focus') ?? [])][0]));
      await page.keyboard.press('Alt+Shift+N');
      await page.waitForFunction((b) => String([...(CSS.highlights.get('recoupe-focus') ?? [])][0]) !== b, before);
      await page.waitForTimeout(300);
      selected = (await announcedClaim()) ?? null;
    }
    expect(selected).not.toBe(first);
    await expect.poll(() => cardClaim(page)).toBe(selected);
    // The card's title is the selected claim's, and focus is still in the card.
    expect(await focused(page)).toBe('recoupe-card button.close');
    await page.close();
  });
});
