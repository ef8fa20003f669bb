// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecoupeDb } from '@/utils/store/db';
import { ImportExportPanel } from '@/components/library/ImportExportPanel';
import { DbContext } from '@/components/db-context';
import { claim, freshDb, outlet, version } from '../library/library-fixtures';
import { buttonNamed, chooseFile, labelled, until } from './ui-helpers';

vi.mock('@/utils/locale/i18n', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/utils/locale/i18n')>();
  const { englishT } = await import('./ui-helpers');
  return { ...original, uiLang: () => 'en', t: englishT };
});

let db: RecoupeDb;
let root: HTMLElement;
let imported: number;

beforeEach(() => {
  db = freshDb();
  imported = 0;
  root = document.createElement('div');
  document.body.append(root);
  render(
    <DbContext.Provider value={db}>
      <ImportExportPanel onImported={() => imported++} />
    </DbContext.Provider>,
    root,
  );
});

afterEach(() => {
  render(null, root);
  root.remove();
  db.close();
});

const text = () => root.textContent ?? '';
const fileInput = () => labelled<HTMLInputElement>(root, 'Choose a file to import');
const jsonFile = (doc: unknown, name = 'library.json') => new File([JSON.stringify(doc)], name, { type: 'application/json' });
const recoupe = (parts: Record<string, unknown[]>) => ({ format: 'recoupe/1', exportedAt: '2026-01-01T00:00:00.000Z', ...parts });

/** The preview's counts table as { claims: { new: 1, … }, … }. */
function previewCounts(): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const row of root.querySelectorAll('table.ie-counts tbody tr')) {
    const cells: Record<string, number> = {};
    for (const td of row.querySelectorAll('td')) cells[td.dataset.kind!] = Number(td.textContent);
    out[(row as HTMLElement).dataset.table!] = cells;
  }
  return out;
}

describe('import from the library page', () => {
  it('previews a Recoupe JSON file, lists the invalid record with its position, and imports on request', async () => {
    const doc = recoupe({
      outlets: [outlet('o1', 'Le Monde', ['lemonde.fr'])],
      claims: [claim('c1', { statement: { en: 'Troops were sent' } }), claim('c2', { statement: { en: 'Second claim' } })],
      versions: [version('v1', 'c1', { outletId: 'o1', url: 'https://lemonde.fr/a' }), { ...version('v2', 'c2', { outletId: 'o1' }), url: 42 }],
    });
    chooseFile(fileInput(), jsonFile(doc));
    await until(root, () => root.querySelector('table.ie-counts'), 'the preview');
    expect(text()).toContain('Preview of library.json');
    expect(text()).toContain('Format found: Recoupe JSON (complete backup)');
    expect(previewCounts()).toEqual({
      claims: { new: 2, updated: 0, duplicate: 0, conflict: 0 },
      versions: { new: 1, updated: 0, duplicate: 0, conflict: 0 },
      outlets: { new: 1, updated: 0, duplicate: 0, conflict: 0 },
      annotations: { new: 0, updated: 0, duplicate: 0, conflict: 0 },
    });
    const invalid = root.querySelector('.ie-invalid')!;
    expect(invalid.getAttribute('tabindex')).toBe('0'); // scrollable with the keyboard
    expect(invalid.textContent).toContain('versions[1].url');
    // The preview heading takes focus, so keyboard users land on it.
    await until(root, () => document.activeElement?.textContent === 'Preview of library.json', 'focus on the preview');
    expect(await db.claims.count()).toBe(0); // nothing written before the user confirms

    buttonNamed(root, 'Import')!.click();
    await until(root, () => text().includes('Import finished'), 'the result');
    expect(text()).toContain('Written: claims 2, versions 1, outlets 1, annotations 0');
    expect((await db.claims.get('c1'))?.statement).toEqual({ en: 'Troops were sent' });
    expect(await db.versions.count()).toBe(1);
    expect(imported).toBe(1);
  });

  it('keeps the claim the user edited by default, and takes the file’s version when asked', async () => {
    await db.claims.put(claim('c1', { statement: { en: 'My own wording' }, userModified: true }));
    const file = () => jsonFile(recoupe({ claims: [claim('c1', { statement: { en: 'The file’s wording' } })] }));

    chooseFile(fileInput(), file());
    await until(root, () => root.querySelector('fieldset.ie-conflicts'), 'the conflict choice');
    expect(previewCounts().claims.conflict).toBe(1);
    const keep = labelled<HTMLInputElement>(root, /Keep my version/);
    const take = labelled<HTMLInputElement>(root, /Take the file’s version/);
    expect(keep.checked).toBe(true);
    expect(take.checked).toBe(false);
    expect(root.querySelector('.ie-conflicts')!.textContent).toContain('Claims “c1”, fields: statement');
    buttonNamed(root, 'Import')!.click();
    await until(root, () => text().includes('Import finished'), 'the keep-local result');
    expect(text()).toContain('Kept as you edited them: 1');
    expect((await db.claims.get('c1'))?.statement).toEqual({ en: 'My own wording' });

    chooseFile(fileInput(), file());
    await until(root, () => root.querySelector('fieldset.ie-conflicts'), 'the conflict choice again');
    const take2 = labelled<HTMLInputElement>(root, /Take the file’s version/);
    take2.click();
    await until(root, () => labelled<HTMLInputElement>(root, /Take the file’s version/).checked, 'the choice');
    buttonNamed(root, 'Import')!.click();
    await until(root, () => text().includes('Import finished'), 'the take-incoming result');
    expect((await db.claims.get('c1'))?.statement).toEqual({ en: 'The file’s wording' });
    expect((await db.claims.get('c1'))?.userModified).toBe(true);
  });

  it('shows a hostile file’s bad records as text and stores nothing unsafe', async () => {
    const hostile = `{"format":"recoupe/1","exportedAt":"2026-01-01T00:00:00.000Z",
      "outlets":[{"id":"o1","name":"<img src=x onerror=alert(1)>","domains":["evil.example"],"origin":"user"}],
      "claims":[{"__proto__":{"polluted":true},"id":"c1","statement":{"en":"<script>alert('x')</script>Troops"},"status":"false","statusReason":"<b>r</b>",
        "statusDate":"2026-01-01","statusHistory":[],"tags":[],"origin":"user","createdAt":"2026-01-01","updatedAt":"2026-01-01"}],
      "versions":[${JSON.stringify(version('v1', 'c1', { outletId: 'o1', url: 'javascript:alert(1)' }))},
                  ${JSON.stringify(version('v2', 'c1', { outletId: 'o1', url: 'https://evil.example/a', quote: '<img src=x onerror=alert(2)>' }))}]}`;
    chooseFile(fileInput(), new File([hostile], 'evil.json', { type: 'application/json' }));
    await until(root, () => root.querySelector('.ie-invalid'), 'the invalid list');
    const invalid = root.querySelector('.ie-invalid')!.textContent!;
    expect(invalid).toContain('versions[0].url');
    expect(invalid).toContain('__proto__');
    expect(root.querySelector('script, img')).toBeNull();

    buttonNamed(root, 'Import')!.click();
    await until(root, () => text().includes('Import finished'), 'the result');
    expect(root.querySelector('script, img')).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await db.versions.toArray()).toHaveLength(1);
    for (const v of await db.versions.toArray()) expect(v.url).toMatch(/^https?:/);
    // Markup stays plain text: stored as written, never as live HTML.
    const stored = await db.claims.get('c1');
    expect(stored?.statement.en).toBe("<script>alert('x')</script>Troops");
    expect(Object.keys(stored!)).not.toContain('__proto__');
  });

  it('refuses a file over the size limit before reading it, naming the limit', async () => {
    const huge = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(huge, 'size', { value: 150 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'text');
    chooseFile(fileInput(), huge);
    const alert = await until(root, () => root.querySelector('[role="alert"]'), 'the refusal');
    expect(alert.textContent).toContain('huge.json is 150 MiB: Recoupe imports files of at most 100 MiB.');
    expect(read).not.toHaveBeenCalled();
    expect(await db.claims.count()).toBe(0);
  });

  it('refuses a file that is not an export with the parser’s reason and position', async () => {
    chooseFile(fileInput(), new File(['{"format":"recoupe/1","claims":[1,'], 'cut.json', { type: 'application/json' }));
    const alert = await until(root, () => root.querySelector('[role="alert"]'), 'the refusal');
    expect(alert.textContent).toContain('cut.json cannot be imported.');
    expect(alert.textContent).toMatch(/line 1/);
  });

  it('labels every control', () => {
    for (const el of root.querySelectorAll('input, select, button')) {
      const id = el.getAttribute('id');
      const named = (el.tagName === 'BUTTON' && el.textContent?.trim()) || (id && root.querySelector(`label[for="${id}"]`)) || el.closest('label');
      expect(named, el.outerHTML).toBeTruthy();
    }
  });
});
