import { afterAll, beforeAll, describe, expect } from 'vitest';
import { itWithShared } from '../shared-data';
import { startHarness, waitForHighlights, type Harness } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

// In the Kyiv Independent article (../shared/seeds/001), this sentence follows "Le chef du
// renseignement militaire ukrainien, Kyrylo Budanov, a déclaré que…" in the same paragraph.
const QUOTE = 'Il a déclaré que près de 11 000 soldats nord-coréens étaient en Russie';

describe('the source of an annotation named before the selection', () => {
  itWithShared('an annotation of "Il a déclaré…" is attributed to the person the paragraph names', ['seeds'], async () => {
    const demo = h.server.pages.find((p) => p.outletId === 'kyiv-independent')!;
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}/${demo.slug}/`);
    await waitForHighlights(page);
    // Select the words of QUOTE, across whatever highlight elements split the text.
    await page.evaluate((needle) => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(needle));
      if (!p) throw new Error(`no paragraph with ${needle}`);
      const at = p.textContent!.indexOf(needle);
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent!.length;
        if (seen <= at && at < seen + len) range.setStart(n, at - seen);
        if (seen < at + needle.length && at + needle.length <= seen + len) range.setEnd(n, at + needle.length - seen);
        seen += len;
      }
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    }, QUOTE);
    await page.keyboard.press('Alt+Shift+A');
    const form = page.locator('recoupe-annotate [role="dialog"]');
    await form.waitFor();
    await form.getByLabel(/states a new claim|avance une nouvelle affirmation/).check();
    await form.getByLabel(/Claim statement|Énoncé/).fill('Nearly 11,000 North Korean soldiers are in Russia.');
    await form.getByRole('button', { name: /^(Save|Enregistrer)$/ }).click();
    await expect.poll(() => page.locator('recoupe-annotate').count()).toBe(0);

    const stored = await h.inBackground(
      (g, quote) =>
        new Promise<{ attributions: { name: string; key?: string }[]; keys: string[]; context: string }>((resolve, reject) => {
          const open = g.indexedDB.open('recoupe');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            // Versions are stored in packs of a group of claims (utils/store/version-packs/).
            const get = open.result.transaction('versionPacks').objectStore('versionPacks').getAll();
            get.onsuccess = () => {
              // The starter data has its own version of this quote; the user's is the one just saved.
              const v = ((get.result as { versions: unknown[] }[]).flatMap((p) => p.versions) as { quote: string; origin: string; context: string; attributions: { name: string; key?: string }[] }[]).find((x) => x.quote === quote && x.origin === 'user');
              open.result.close();
              if (!v) reject(new Error('the annotation’s version is not stored'));
              else resolve({ attributions: v.attributions, keys: Object.keys(v), context: v.context });
            };
          };
        }),
      QUOTE,
    );
    expect(stored.attributions).toEqual([{ name: 'Le chef du renseignement militaire ukrainien, Kyrylo Budanov', key: 'p-budanov' }]);
    // The page text it was read from is kept with the version (bounded), so that an export carries it.
    expect(stored.keys).toContain('context');
    expect(stored.context.length).toBeLessThanOrEqual(2000);
    expect(stored.context).toContain('Kyrylo Budanov, a déclaré que le premier groupe');
    await page.close();
  });
});
