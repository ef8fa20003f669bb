/**
 * An import through the library page stores the matching index with its writes: when the page says
 * the import is done, the stored index already holds the imported claims and is current, and the
 * first page afterwards highlights an imported claim from it, without the background analysing
 * every text again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, waitForHighlights, type Harness, type Page } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

interface StoredState {
  claimIds: number;
  seq: number;
  /** Journal rows after the stored index: what a loading background would have to follow. */
  rowsAfter: number;
  claims: number;
}

/** The stored index record and the journal, read with plain IndexedDB. */
function storedState(page: Page): Promise<StoredState | null> {
  return page.evaluate(
    () =>
      new Promise<StoredState | null>((resolve, reject) => {
        const open = indexedDB.open('recoupe');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['matchIndex', 'matchChanges', 'claims']);
          const rec = tx.objectStore('matchIndex').get('current');
          const rows = tx.objectStore('matchChanges').getAllKeys();
          const claims = tx.objectStore('claims').count();
          tx.oncomplete = () => {
            db.close();
            const r = rec.result;
            if (!r) return resolve(null);
            const keys = rows.result as number[];
            resolve({ claimIds: r.claims, seq: r.seq, rowsAfter: keys.filter((k) => k > r.seq).length, claims: claims.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

const T0 = '2025-03-01T00:00:00.000Z';

/** A Recoupe JSON file with one new claim, stated by the sentence, and 400 filler claims. */
function importFile(sentence: string): Buffer {
  const claim = (id: string, text: string) => ({
    id, statement: { fr: text }, status: 'false', statusReason: 'Vérifié', statusDate: T0,
    statusHistory: [{ status: 'false', reason: 'Vérifié', date: T0, by: 'desk' }], tags: [], origin: 'import', createdAt: T0, updatedAt: T0,
  });
  const version = (id: string, claimId: string, quote: string) => ({
    id, claimId, outletId: 'imported-outlet', url: `https://imported.example/${id}`, title: id, publishedAt: '2025-02-27', quote, lang: 'fr',
    figures: [], places: [], attributions: [], dates: [], origin: 'import', createdAt: T0, updatedAt: T0,
  });
  const claims = [claim('imported-claim', sentence)];
  const versions = [version('imported-version', 'imported-claim', sentence)];
  for (let i = 0; i < 400; i++) {
    claims.push(claim(`filler-${i}`, `Le budget municipal du quartier ${i} a augmenté de ${i % 97} pour cent.`));
    versions.push(version(`filler-v${i}`, `filler-${i}`, `Selon le rapport ${i}, le budget du quartier ${i} a progressé de ${i % 97} %.`));
  }
  const outlets = [{ id: 'imported-outlet', name: 'Imported', domains: ['imported.example'], origin: 'import' }];
  return Buffer.from(JSON.stringify({ format: 'recoupe/1', exportedAt: T0, outlets, claims, versions, annotations: [] }));
}

describe('the matching index an import stores', () => {
  it('is current when the import is done, and the next page highlights an imported claim from it without a rebuild', async () => {
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
    const builtBefore = await h.inBackground((g) => (g as unknown as { recoupeIndexEvents: { built: number } }).recoupeIndexEvents.built);

    const library = await h.context.newPage();
    await library.goto(h.extensionUrl('options.html'));
    const panel = library.locator('#import-export');
    await panel.locator('input[type="file"]').setInputFiles({ name: 'claims.json', mimeType: 'application/json', buffer: importFile(sentence) });
    await panel.locator('table.ie-counts').waitFor();
    await panel.getByRole('button', { name: /^(Import|Importer)$/ }).click();
    await panel.locator('.ie-ok[role="status"]').waitFor();

    // Done: the stored index holds every claim of the library, with nothing left to follow.
    const stored = (await storedState(library))!;
    expect(stored).not.toBeNull();
    expect(stored.claims).toBeGreaterThan(400);
    expect(stored.claimIds).toBe(stored.claims);
    expect(stored.rowsAfter).toBe(0);
    await library.close();

    await probe.reload();
    await expect
      .poll(async () => Object.values(await probe.evaluate(() => Object.fromEntries([...CSS.highlights].map(([n, hl]) => [n, [...hl].map(String)])))).flat().some((s) => sentence.includes(s.trim()) && s.trim().length > 40))
      .toBe(true);
    // Loaded, not built from every text.
    const events = await h.inBackground((g) => (g as unknown as { recoupeIndexEvents: { built: number; loaded: number } }).recoupeIndexEvents);
    expect(events.built).toBe(builtBefore);
    expect(events.loaded).toBeGreaterThan(0);
    await probe.close();
  });
});
