import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, waitForHighlights, type Harness, type Page } from './support';
import { paintedContrast } from './painted-colour';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** A dark theme as news sites ship it: near-black background, light grey text on every element. */
const DARK_THEME = `html, body { background: #121212 !important; color: #e8e8e8 !important; }
body * { color: #e8e8e8 !important; background-color: transparent !important; border-color: #333 !important; }`;

async function openArticle(theme?: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.server.pages[0].url);
  if (theme) await page.evaluate((css: string) => document.head.append(Object.assign(document.createElement('style'), { textContent: css })), theme);
  await waitForHighlights(page);
  return page;
}

/** For each status painted on the page, the contrast of its first ranges' text with its background, as painted. */
async function contrasts(page: Page): Promise<{ name: string; ratio: number; text: string; background: string }[]> {
  const names = await page.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('recoupe-') && n !== 'recoupe-focus'));
  const out = [];
  for (const name of names)
    for (let i = 0; i < 3; i++) {
      const c = await paintedContrast(page, name, i);
      if (c) out.push({ name: `${name}[${i}]`, ...c });
    }
  return out;
}

describe('highlighted text is readable', () => {
  for (const [label, theme] of [
    ['on a light page', undefined],
    ['on a dark page (background #121212, text #e8e8e8)', DARK_THEME],
  ] as const) {
    it(`${label}: WCAG contrast of 4.5 or more between the painted text and its highlight`, async () => {
      const page = await openArticle(theme);
      const measured = await contrasts(page);
      expect(measured.length).toBeGreaterThan(0);
      for (const m of measured) expect(m.ratio, `${m.name}: text ${m.text} on ${m.background}`).toBeGreaterThanOrEqual(4.5);
      // The selected claim (Alt+Shift+N) too.
      await page.locator('body').focus();
      await page.keyboard.press('Alt+Shift+N');
      await page.waitForFunction(() => CSS.highlights.has('recoupe-focus'));
      const focus = await paintedContrast(page, 'recoupe-focus');
      expect(focus, 'the selected claim is painted').toBeDefined();
      expect(focus!.ratio, `focus: text ${focus!.text} on ${focus!.background}`).toBeGreaterThanOrEqual(4.5);
      await page.close();
    });
  }
});
