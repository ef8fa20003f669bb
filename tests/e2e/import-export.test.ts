import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopup, readHighlights, startHarness, tabIdOf, waitForHighlights, waitForScans, wipeDatabase, type Harness, type Page } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Highlighted strings by highlight name, sorted, without the keyboard focus marker. */
async function highlightsOf(page: Page): Promise<Record<string, string[]>> {
  const all = await readHighlights(page);
  return Object.fromEntries(
    Object.entries(all)
      .filter(([name, list]) => name !== 'recoupe-focus' && list.length > 0)
      .map(([name, list]) => [name, [...list].sort()]),
  );
}

/** Clicks Export and returns the downloaded file's name and bytes. */
async function exportFile(library: Page): Promise<{ name: string; bytes: Buffer }> {
  const download = library.waitForEvent('download');
  await library.locator('#import-export').getByRole('button', { name: /^(Export|Exporter)$/ }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Windows-1252 bytes, as French Excel saves "CSV (séparateur : point-virgule)": Latin-1, with the euro sign and curly quotes at 0x80-0x9f. */
function windows1252(text: string): Buffer {
  const high: Record<string, number> = { '€': 0x80, '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Buffer.from([...text].map((c) => high[c] ?? (c.charCodeAt(0) < 0x100 ? c.charCodeAt(0) : 0x3f)));
}

describe('import and export in the library page', () => {
  it('exports Recoupe JSON, and importing it into a wiped library brings back the same highlights', async () => {
    const demo = h.server.pages.find((p) => p.outletId === 'kyiv-independent')!;
    const article = await h.context.newPage();
    await article.goto(`${h.server.url}/${demo.slug}/`);
    await waitForHighlights(article);
    const before = await highlightsOf(article);
    expect(Object.values(before).flat().length).toBeGreaterThan(0);

    const library = await h.context.newPage();
    await library.goto(h.extensionUrl('options.html'));
    const panel = library.locator('#import-export');
    await panel.getByRole('button', { name: /^(Export|Exporter)$/ }).waitFor();

    // Recoupe JSON of the whole library.
    const json = await exportFile(library);
    expect(json.name).toMatch(/^recoupe-\d{4}-\d{2}-\d{2}-all\.json$/);
    const doc = JSON.parse(json.bytes.toString('utf8'));
    expect(doc.format).toBe('recoupe/1');
    expect(doc.claims.length).toBeGreaterThan(0);
    expect(doc.versions.length).toBeGreaterThan(0);

    // CSV: a byte order mark, then the header row.
    await panel.getByLabel(/^Format$/).selectOption('csv');
    const csv = await exportFile(library);
    expect(csv.name).toMatch(/^recoupe-\d{4}-\d{2}-\d{2}-all\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // The columns of files written before come first, in their order.
    expect(csv.bytes.subarray(3).toString('utf8').split('\r\n')[0]).toMatch(
      /^claim_id,statement,statement_lang,status,outlet_id,outlet,url,date,quote,attribution,figures,version_id,title,lang,record,/,
    );
    // A row per version, one per statement in a language none of its claim's version rows carries,
    // one per status change of each claim's history, and one per annotation.
    const statementOf = new Map<string, Record<string, string>>(doc.claims.map((c: { id: string; statement: Record<string, string> }) => [c.id, c.statement]));
    const carried = new Set(
      doc.versions.map((v: { claimId: string; lang: string }) => `${v.claimId} ${v.lang in statementOf.get(v.claimId)! ? v.lang : Object.keys(statementOf.get(v.claimId)!)[0]}`),
    );
    const statementRows = [...statementOf].flatMap(([id, statement]) => Object.keys(statement).filter((lang) => !carried.has(`${id} ${lang}`)));
    const changeRows = doc.claims.reduce((n: number, c: { statusHistory: unknown[] }) => n + c.statusHistory.length, 0);
    expect(csv.bytes.toString('utf8').split('\r\n').filter(Boolean)).toHaveLength(doc.versions.length + statementRows.length + changeRows + doc.annotations.length + 1);

    // Wipe the library. Plain IndexedDB writes bypass Dexie, so the background's matcher would keep
    // its cached index: saving the settings (a Dexie write, broadcast to the other extension
    // contexts) tells it the data changed, as any edit in the library does.
    await wipeDatabase(library);
    await library.reload();
    await library.getByLabel(/^(Reviewer name|Nom du vérificateur)$/).fill('E2E desk');
    await library.locator('form.settings').getByRole('button', { name: /^(Save|Enregistrer)$/ }).click();
    await library.locator('form.settings [role="status"]').filter({ hasText: /saved|enregistrés/ }).waitFor();

    await article.reload();
    expect(await waitForScans(h, article)).toEqual([]);
    expect(await highlightsOf(article)).toEqual({});

    // Import the exported file through the page: preview first, nothing written yet.
    await panel.locator('input[type="file"]').setInputFiles({ name: json.name, mimeType: 'application/json', buffer: json.bytes });
    const counts = panel.locator('table.ie-counts');
    await counts.waitFor();
    const cell = (table: string, kind: string) => counts.locator(`tr[data-table="${table}"] td[data-kind="${kind}"]`).innerText();
    expect(await cell('claims', 'new')).toBe(String(doc.claims.length));
    expect(await cell('versions', 'new')).toBe(String(doc.versions.length));
    expect(await cell('outlets', 'new')).toBe(String(doc.outlets.length));
    expect(await cell('claims', 'conflict')).toBe('0');
    // The preview takes the keyboard focus; Import is reachable from there with Tab.
    await expect.poll(() => library.evaluate(() => document.activeElement?.id)).toBe('ie-preview-heading');

    await panel.getByRole('button', { name: /^(Import|Importer)$/ }).click();
    const done = panel.locator('.ie-ok[role="status"]');
    await done.waitFor();
    expect(await done.innerText()).toContain(String(doc.claims.length));

    // The same highlights as before the wipe.
    await article.reload();
    await waitForHighlights(article);
    await expect.poll(() => highlightsOf(article), { timeout: 15_000 }).toEqual(before);
    await library.close();
    await article.close();
  });

  it('imports a CSV that a French Excel saved in Windows-1252, accents and euro sign kept', async () => {
    const library = await h.context.newPage();
    await library.goto(h.extensionUrl('options.html'));
    const panel = library.locator('#import-export');
    const statement = 'Le café coûte 3 € de plus depuis l’été';
    const csv = `claim_id;statement;statement_lang;status;url;quote\r\ne2e-1252;${statement};fr;Faux;https://exemple.fr/cafe;« Le café coûte plus cher », a-t-il dit\r\n`;
    await panel.locator('input[type="file"]').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: windows1252(csv) });
    // A preview, not "not UTF-8 text": the library page reads the file's bytes, not File.text().
    await panel.locator('table.ie-counts').waitFor();
    await panel.getByRole('button', { name: /^(Import|Importer)$/ }).click();
    await panel.locator('.ie-ok[role="status"]').waitFor();
    const stored = await library.evaluate(
      (id) =>
        new Promise<{ statement: Record<string, string> } | undefined>((resolve, reject) => {
          const open = indexedDB.open('recoupe');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('claims').objectStore('claims').get(id);
            get.onsuccess = () => (open.result.close(), resolve(get.result));
            get.onerror = () => reject(get.error);
          };
        }),
      'e2e-1252',
    );
    expect(stored?.statement.fr).toBe(statement);
    await library.close();
  });

  it('refuses a file that is not an export, in words', async () => {
    const library = await h.context.newPage();
    await library.goto(h.extensionUrl('options.html'));
    const panel = library.locator('#import-export');
    await panel.locator('input[type="file"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": [1, 2') });
    const alert = panel.locator('[role="alert"]');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/notes\.json/);
    await library.close();
  });
});

describe('export from the toolbar popup', () => {
  it('downloads the claims found on the page as Recoupe JSON', async () => {
    const demo = h.server.pages.find((p) => p.outletId === 'cnn')!;
    const article = await h.context.newPage();
    await article.goto(`${h.server.url}/${demo.slug}/`);
    await waitForHighlights(article);
    const found = await waitForScans(h, article);
    const tabId = await tabIdOf(h, article);

    const popup = await openPopup(h, tabId);
    await popup.locator('details.ie-popup summary').click();
    const download = popup.waitForEvent('download');
    await popup.getByRole('button', { name: /^(Export|Exporter)$/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^recoupe-\d{4}-\d{2}-\d{2}-page-127-0-0-1\.json$/);
    const doc = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(doc.claims.map((c: { id: string }) => c.id).sort()).toEqual(found.map((c) => c.claimId).sort());
    await popup.close();
    await article.close();
  });
});
