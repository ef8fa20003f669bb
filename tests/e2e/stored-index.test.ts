/**
 * The matching index kept in the extension's IndexedDB: after the background restarts (Chromium:
 * the MV3 worker stopped; Firefox: the add-on reloaded), a page gets the same highlights from the
 * stored index, which is not built and stored again; a claim added afterwards highlights at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionMessage, startHarness, waitForHighlights, type Harness, type Page } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** When the stored index was written, and how many claims it holds (read with plain IndexedDB). */
function storedIndex(page: Page): Promise<{ savedAt: string; claims: number } | null> {
  return page.evaluate(
    () =>
      new Promise<{ savedAt: string; claims: number } | null>((resolve, reject) => {
        const open = indexedDB.open('recoupe');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('matchIndex').objectStore('matchIndex').get('current');
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result ? { savedAt: req.result.savedAt, claims: req.result.claims } : null);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

async function highlightsOf(path: string): Promise<Record<string, string[]>> {
  const page = await h.context.newPage();
  await page.goto(`${h.server.url}${path}`);
  const found = await waitForHighlights(page);
  await page.close();
  return found;
}

describe('stored matching index', () => {
  it('gives the same highlights after a background restart, from the stored index, and follows a new claim', async () => {
    const path = `/${h.server.pages[0]!.slug}/`;
    const before = await highlightsOf(path);
    expect(Object.values(before).flat().length).toBeGreaterThan(0);
    const library = await h.context.newPage();
    await library.goto(h.extensionUrl('options.html'));
    await expect.poll(() => storedIndex(library)).not.toBeNull();
    const stored = (await storedIndex(library))!;
    expect(stored.claims).toBeGreaterThan(10);
    await library.close();

    await h.restartBackground();
    expect(await highlightsOf(path)).toEqual(before);
    const ext = await h.context.newPage();
    await ext.goto(h.extensionUrl('options.html'));
    // Loaded, not built: a build would have stored the index again.
    expect((await storedIndex(ext))!.savedAt).toBe(stored.savedAt);

    // A sentence of another demo page, made a claim through the annotation path, highlights there.
    const other = h.server.pages[1]!;
    const probe = await h.context.newPage();
    await probe.goto(other.url);
    await waitForHighlights(probe).catch(() => ({}));
    const sentence = await probe.evaluate(() => {
      const marked = new Set([...CSS.highlights.values()].flatMap((hl) => [...hl].map((r) => (r as Range).startContainer.parentElement?.closest('p'))));
      const p = [...document.querySelectorAll('article p, main p, p')].find((el) => !marked.has(el as HTMLParagraphElement) && (el.textContent ?? '').length > 80);
      return (p?.textContent ?? '').trim();
    });
    expect(sentence.length).toBeGreaterThan(80);
    const saved = (await extensionMessage(ext, {
      type: 'saveAnnotation',
      draft: {
        page: { url: 'https://elsewhere.example/article/', title: 'Elsewhere', siteName: '', publishedAt: '', lang: 'fr' },
        selectors: { quote: { type: 'TextQuoteSelector', exact: sentence } },
        target: { kind: 'new', statement: sentence, lang: 'fr' },
        note: '',
        tags: [],
      },
    })) as { ok: boolean };
    expect(saved.ok).toBe(true);
    await ext.close();
    await probe.reload();
    await expect
      .poll(async () => Object.values(await probe.evaluate(() => Object.fromEntries([...CSS.highlights].map(([n, hl]) => [n, [...hl].map(String)])))).flat().some((s) => sentence.includes(s.trim()) && s.trim().length > 40))
      .toBe(true);
    await probe.close();
  });
});
