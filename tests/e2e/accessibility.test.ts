import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopup, startHarness, tabIdOf, waitForHighlights, waitForScans, type Harness, type Page } from './support';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/**
 * Runs axe-core on `selector` (the whole document when absent). The source is evaluated rather than
 * added as a <script>: extension pages' CSP (script-src 'self') would block an inline script.
 */
async function axe(page: Page, selector?: string): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (sel) => {
    const w = window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } };
    const context = sel ? document.querySelector(sel) : document;
    const result = await w.axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, selector);
}

/** Serious and critical violations fail; the others are printed for the record. */
function check(where: string, violations: Violation[]): void {
  for (const v of violations) console.log(`[axe] ${where}: ${v.impact} ${v.id} (${v.help}) on ${v.nodes.length} node(s): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`),
    where,
  ).toEqual([]);
}

async function openCard(page: Page): Promise<void> {
  await waitForHighlights(page);
  await page.locator('body').focus();
  await page.keyboard.press('Alt+Shift+N');
  await page.keyboard.press('Enter');
  await page.locator('recoupe-card [role="dialog"]').waitFor();
}

describe('accessibility', () => {
  it('the claim card has no serious or critical axe violation', async () => {
    const page = await h.context.newPage();
    await page.goto(h.server.pages.find((p) => p.outletId === 'cnn')!.url);
    await openCard(page);
    check('card', await axe(page, 'recoupe-card'));
    await page.close();
  });

  it('the popup and the library page have no serious or critical axe violation', async () => {
    const article = await h.context.newPage();
    await article.goto(h.server.pages[0].url);
    await waitForScans(h, article);
    const tabId = await tabIdOf(h, article);
    const popup = await openPopup(h, tabId);
    await popup.locator('button.claim').first().waitFor();
    check('popup', await axe(popup));

    const library = await h.context.newPage();
    await library.goto(h.extensionUrl('options.html'));
    await library.locator('.claim-row button').first().click();
    await library.locator('.detail-pane h2').first().waitFor();
    check('library', await axe(library));
    for (const p of [popup, library, article]) await p.close();
  });

  it('Enter on “Change the status” in the library moves focus, visibly, to the form’s Status control', async () => {
    const library = await h.context.newPage();
    await library.goto(h.extensionUrl('options.html'));
    // On a fresh profile the starter data is still loading.
    await library.locator('.claim-row button').first().waitFor({ timeout: 60_000 });
    await library.locator('.claim-row button').first().click();
    await library.locator('.detail-pane h2').first().waitFor();
    await library.getByRole('button', { name: /^(Change the status|Changer le statut)$/ }).focus();
    await library.keyboard.press('Enter');
    await library.locator('form.edit-form').waitFor();
    const focused = await library.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      const style = getComputedStyle(el);
      return { tag: el.localName, label, inForm: !!el.closest('form.edit-form'), outline: `${style.outlineStyle} ${style.outlineWidth}` };
    });
    expect(focused).toMatchObject({ tag: 'select', inForm: true });
    expect(focused.label).toMatch(/^(Status|Statut)$/);
    expect(focused.outline, 'a visible focus indicator').toMatch(/^solid [1-9]/);
    await library.close();
  });

  it('Tab reaches every control of the card, each with a visible focus indicator', async () => {
    const page = await h.context.newPage();
    await page.goto(h.server.pages.find((p) => p.outletId === 'kyiv-independent')!.url);
    await openCard(page);
    const countControls = () =>
      page.evaluate(() => {
        const root = document.querySelector('recoupe-card')!.shadowRoot!;
        const all = [...root.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])')];
        all.forEach((el, i) => el.setAttribute('data-a11y-test', String(i)));
        return all.length;
      });
    // The first highlight's claim may have no other outlet's version (on the pages written from the starter
    // data it has none), and then its card has only the close button: walk on to a card with source links.
    let controls = await countControls();
    for (let i = 0; controls < 2 && i < 20; i++) {
      await page.keyboard.press('Escape');
      await page.locator('recoupe-card [role="dialog"]').waitFor({ state: 'detached' });
      await page.keyboard.press('Alt+Shift+N');
      await page.keyboard.press('Enter');
      await page.locator('recoupe-card [role="dialog"]').waitFor();
      controls = await countControls();
    }
    expect(controls, 'a card on this page with the close button and at least one source link').toBeGreaterThanOrEqual(2);
    const reached = new Map<string, { outline: string; shadow: string; visible: boolean }>();
    for (let i = 0; i < controls + 3; i++) {
      const focused = await page.evaluate(() => {
        const host = document.querySelector('recoupe-card');
        const el = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
        if (!el || document.activeElement !== host) return null;
        const style = getComputedStyle(el);
        const outline = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
        const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        return { id: el.getAttribute('data-a11y-test') ?? el.outerHTML.slice(0, 60), outline, shadow: style.boxShadow, visible };
      });
      if (focused) reached.set(focused.id, focused);
      await page.keyboard.press('Tab');
    }
    for (let i = 0; i < controls; i++) expect(reached.has(String(i)), `control ${i} reached with Tab`).toBe(true);
    for (const [id, f] of reached) expect(f.visible, `focus indicator of control ${id}: outline ${f.outline}, box-shadow ${f.shadow}`).toBe(true);
    await page.close();
  });
});
