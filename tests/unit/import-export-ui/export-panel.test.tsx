// @vitest-environment happy-dom
import { render, type ComponentChild } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecoupeDb } from '@/utils/store/db';
import { ImportExportPanel } from '@/components/library/ImportExportPanel';
import { DbContext } from '@/components/db-context';
import { PopupExport } from '@/components/PopupExport';
import { ImportProgress } from '@/components/library/import-export/ImportProgress';
import { annotation, claim, freshDb, outlet, version } from '../library/library-fixtures';
import { CSV_COLUMNS } from '@/utils/core/formats/csv-columns';
import { buttonNamed, captureDownloads, labelled, until } from './ui-helpers';

vi.mock('@/utils/locale/i18n', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/utils/locale/i18n')>();
  const { englishT } = await import('./ui-helpers');
  return { ...original, uiLang: () => 'en', t: englishT };
});

let db: RecoupeDb;
let root: HTMLElement;
let downloads: ReturnType<typeof captureDownloads>;
const today = new Date().toISOString().slice(0, 10);

beforeEach(async () => {
  db = freshDb();
  await db.outlets.bulkPut([outlet('o1', 'Le Monde', ['lemonde.fr']), outlet('o2', 'BBC', ['bbc.example'])]);
  await db.claims.bulkPut([
    claim('troops', { statement: { en: 'Soldiers are deployed in Russia' }, status: 'confirmed', tags: ['north-korea'] }),
    claim('grain', { statement: { en: 'Grain exports doubled' }, status: 'unverified' }),
  ]);
  await db.versions.bulkPut([
    version('v1', 'troops', { outletId: 'o1', url: 'https://lemonde.fr/a', quote: '=1+1 soldiers' }),
    version('v2', 'grain', { outletId: 'o2', url: 'https://bbc.example/story' }),
  ]);
  await db.annotations.put(annotation('a1', 'grain', { url: 'https://bbc.example/story' }));
  downloads = captureDownloads();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  downloads.restore();
  db.close();
});

const show = (ui: ComponentChild, library: RecoupeDb = db) => render(<DbContext.Provider value={library}>{ui}</DbContext.Provider>, root);
const select = (label: string, value: string) => {
  const el = labelled<HTMLSelectElement>(root, label);
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
};
const tick = () => new Promise((r) => setTimeout(r, 0));
const status = () => root.querySelector('.ie-export [role="status"]')?.textContent ?? '';

async function exportOnce(): Promise<{ name: string; text: string }> {
  const before = downloads.files.length;
  buttonNamed(root, 'Export')!.click();
  await until(root, () => downloads.files.length > before, 'the download');
  const file = downloads.files[before];
  return { name: file.name, text: await file.blob.text() };
}

describe('export from the library page', () => {
  it('downloads the whole library as Recoupe JSON, named by date and scope', async () => {
    show(<ImportExportPanel />);
    const { name, text } = await exportOnce();
    expect(name).toBe(`recoupe-${today}-all.json`);
    const doc = JSON.parse(text);
    expect(doc.format).toBe('recoupe/1');
    expect(doc.claims.map((c: { id: string }) => c.id).sort()).toEqual(['grain', 'troops']);
    expect(doc.versions).toHaveLength(2);
    expect(doc.annotations).toHaveLength(1);
    expect(status()).toContain(`Saved recoupe-${today}-all.json (claims: 2, versions: 2, annotations: 1).`);
  });

  it('offers the current search and the selected claim as scopes when the library gives them', async () => {
    show(<ImportExportPanel query={{ status: 'confirmed' }} selectedClaimId="grain" />);
    await until(root, () => root.textContent?.includes('The selected claim:'), 'the claim choice');
    const options = [...labelled<HTMLSelectElement>(root, 'What to export').options].map((o) => o.textContent);
    expect(options).toContain('The claims of the current search and filters');
    expect(options).toContain('The selected claim: Grain exports doubled');

    select('What to export', 'search');
    await tick();
    const search = JSON.parse((await exportOnce()).text);
    expect(search.claims.map((c: { id: string }) => c.id)).toEqual(['troops']);
    expect(search.outlets.map((o: { id: string }) => o.id)).toEqual(['o1']);

    select('What to export', 'claim');
    await tick();
    const one = await exportOnce();
    expect(one.name).toBe(`recoupe-${today}-claim.json`);
    expect(JSON.parse(one.text).annotations.map((a: { id: string }) => a.id)).toEqual(['a1']);
  });

  it('exports one page by its web address, and refuses an address that is not http(s)', async () => {
    show(<ImportExportPanel />);
    select('What to export', 'page');
    await tick();
    const url = labelled<HTMLInputElement>(root, 'Web address of the page');
    url.value = 'javascript:alert(1)';
    url.dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    buttonNamed(root, 'Export')!.click();
    await until(root, () => status().includes('http or https'), 'the refusal');
    expect(downloads.files).toHaveLength(0);

    url.value = 'https://bbc.example/story/';
    url.dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    const { name, text } = await exportOnce();
    expect(name).toBe(`recoupe-${today}-page-bbc-example.json`);
    const doc = JSON.parse(text);
    expect(doc.versions.map((v: { id: string }) => v.id)).toEqual(['v2']);
    expect(doc.annotations.map((a: { id: string }) => a.id)).toEqual(['a1']);
  });

  it('signs ClaimReview with the reviewer from the settings, and says what is missing without one', async () => {
    show(<ImportExportPanel />);
    select('Format', 'claimreview');
    await tick();
    expect(root.textContent).toContain('unverified claims are left out');
    buttonNamed(root, 'Export')!.click();
    await until(root, () => status().includes('reviewer name'), 'the settings message');
    expect(downloads.files).toHaveLength(0);

    await db.settings.put({ key: 'settings', reviewerName: 'Desk', reviewerUrl: 'https://desk.example/checks', disabledSites: [] });
    const { name, text } = await exportOnce();
    expect(name).toBe(`recoupe-${today}-claimreview-all.jsonld`);
    const graph = JSON.parse(text)['@graph'];
    expect(graph).toHaveLength(1); // the unverified claim has no verdict to publish
    expect(graph[0].author).toMatchObject({ name: 'Desk', url: 'https://desk.example/checks' });
  });

  it('writes CSV with a byte order mark, the header row and formula-safe cells; W3C as JSON-LD', async () => {
    show(<ImportExportPanel />);
    select('Format', 'csv');
    await tick();
    const csv = await exportOnce();
    expect(csv.name).toBe(`recoupe-${today}-all.csv`);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv.text).toContain("'=1+1 soldiers");

    select('Format', 'web-annotation');
    await tick();
    const w3c = await exportOnce();
    expect(w3c.name).toBe(`recoupe-${today}-all.jsonld`);
    expect(JSON.parse(w3c.text).type).toBe('AnnotationCollection');
  });

  it('says there is nothing to export in an empty library', async () => {
    const empty = freshDb();
    show(<ImportExportPanel />, empty);
    buttonNamed(root, 'Export')!.click();
    await until(root, () => status().includes('Nothing to export'), 'the message');
    expect(downloads.files).toHaveLength(0);
    empty.close();
  });
});

describe('export from the popup', () => {
  it('exports the claims found on the page and those of its detached annotations', async () => {
    show(
      <PopupExport
        db={db}
        host="www.lemonde.fr"
        claims={[{ claimId: 'troops', status: 'confirmed', statement: 'Soldiers', count: 2 }]}
        detached={[{ id: 'a1' }]}
      />,
    );
    expect(labelled<HTMLSelectElement>(root, 'What to export').value).toBe('page');
    const { name, text } = await exportOnce();
    expect(name).toBe(`recoupe-${today}-page-www-lemonde-fr.json`);
    expect(JSON.parse(text).claims.map((c: { id: string }) => c.id).sort()).toEqual(['grain', 'troops']);
  });

  it('offers only the whole library on a page without claims', () => {
    show(<PopupExport db={db} host="example.org" claims={[]} detached={[]} />);
    expect([...labelled<HTMLSelectElement>(root, 'What to export').options].map((o) => o.value)).toEqual(['all']);
  });
});

describe('import progress', () => {
  it('is a labelled progressbar with its value as a number and in words', () => {
    show(<ImportProgress done={30} total={120} />);
    const bar = root.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(bar.getAttribute('aria-label')).toBe('Import progress');
    expect(root.textContent).toContain('Records processed: 30 of 120');
  });
});
