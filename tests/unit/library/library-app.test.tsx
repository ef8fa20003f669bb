// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '@/scripts/lib/locales-source';
import type { RecoupeDb } from '@/utils/store/db';
import { LibraryApp } from '@/components/library/LibraryApp';
import { annotation, claim, freshDb, outlet, version } from './library-fixtures';

// The page in English, as the browser would show it from _locales.
vi.mock('@/utils/locale/i18n', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/utils/locale/i18n')>();
  return {
    ...original,
    uiLang: () => 'en',
    t: (key: string, subs?: string | string[]) => {
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return (MESSAGES[key]?.en ?? key).replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
    },
  };
});

let db: RecoupeDb;
let root: HTMLElement;

async function until<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`Timed out waiting for ${what}. Page text: ${root.textContent}`);
}
const text = () => root.textContent ?? '';
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
const field = (label: string, scope: ParentNode = root) => {
  const l = [...scope.querySelectorAll('label')].find((x) => x.textContent === label);
  return l ? (root.querySelector(`#${CSS.escape(l.htmlFor)}`) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement) : null;
};
/** Preact re-renders after a microtask: let it, as a user's next keystroke would. */
const tick = () => new Promise((r) => setTimeout(r, 0));
const type = async (el: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await tick();
};

beforeEach(async () => {
  db = freshDb();
  await db.outlets.bulkPut([outlet('o1', 'Le Monde'), outlet('o2', 'BBC')]);
  await db.claims.bulkPut([
    claim('troops', { statement: { en: 'Soldiers are deployed in Russia' }, status: 'unverified', tags: ['north-korea'], updatedAt: '2026-02-01T00:00:00.000Z' }),
    claim('grain', { statement: { en: 'Grain exports doubled' }, status: 'false', updatedAt: '2026-01-01T00:00:00.000Z' }),
  ]);
  await db.versions.bulkPut([
    version('v1', 'troops', { outletId: 'o1', url: 'javascript:alert(1)', quote: '<img src=x onerror=alert(1)> quoted' }),
    version('v2', 'troops', { outletId: 'o2', url: 'https://bbc.example/story' }),
  ]);
  await db.annotations.put(annotation('a1', 'troops', { anchorState: 'detached', note: 'Checked with the ministry' }));
  root = document.createElement('div');
  document.body.append(root);
  render(<LibraryApp db={db} />, root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  // Not closed: a load the last step started (a list reload after an edit) may still be reading, and
  // a closed database would fail it after the test (an unhandled DatabaseClosedError, seen under
  // load). Each test has its own database (freshDb).
});

describe('LibraryApp', () => {
  it('lists claims with status words and counts, and narrows them by search', async () => {
    await until(() => text().includes('Claims 1 to 2 of 2'), 'the list');
    expect(text()).toContain('Soldiers are deployed in Russia');
    expect(text()).toContain('Unverified'); // status as a word, not colour alone
    expect(text()).toContain('Versions: 2, outlets: 2');
    await type(field('Search statements, quotes and notes') as HTMLInputElement, 'ministry');
    await until(() => text().includes('Claims 1 to 1 of 1'), 'the search result');
    expect(text()).not.toContain('Grain exports doubled');
  });

  it('shows a claim as text, links only http(s) addresses and marks detached annotations', async () => {
    (await until(() => root.querySelector<HTMLButtonElement>('.claim-row button'), 'a row')).click();
    await until(() => text().includes('Versions (2)'), 'the detail');
    expect(root.querySelector('img')).toBeNull(); // the quote's markup stays text
    expect(text()).toContain('<img src=x onerror=alert(1)> quoted');
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://bbc.example/story');
    expect(hrefs.some((h) => h?.startsWith('javascript'))).toBe(false);
    expect(text()).toContain('Detached: this quote was not found');
    expect(text()).toContain('annotated text a1');
  });

  it('records a status change in the history, and undoes a delete', async () => {
    (await until(() => root.querySelector<HTMLButtonElement>('.claim-row button'), 'a row')).click();
    (await until(() => button('Change the status'), 'the status button')).click();
    const form = await until(() => root.querySelector<HTMLFormElement>('form.edit-form'), 'the status form');
    const select = field('Status', form) as HTMLSelectElement;
    select.value = 'false';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await type(field('Reason', form) as HTMLTextAreaElement, 'The ministry denied it');
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => root.querySelector('.history')?.textContent?.includes('The ministry denied it'), 'the new history entry');
    expect((await db.claims.get('troops'))!.status).toBe('false');

    button('Delete this claim')!.click();
    await until(() => text().includes('Deleted “Soldiers are deployed in Russia”'), 'the undo toast');
    expect(await db.claims.get('troops')).toBeUndefined();
    await until(() => text().includes('Claims 1 to 1 of 1'), 'the list without it');
    button('Undo')!.click();
    await until(() => text().includes('Claim restored.'), 'the restore message');
    expect(await db.versions.where('claimId').equals('troops').count()).toBe(2);
    await until(() => text().includes('Claims 1 to 2 of 2'), 'the list with it again');
  });

  it('shows both values when another tab saved the claim first, and overwrites only on request', async () => {
    (await until(() => root.querySelector<HTMLButtonElement>('.claim-row button'), 'a row')).click();
    (await until(() => button('Edit statements and tags'), 'the edit button')).click();
    const form = await until(() => root.querySelector<HTMLFormElement>('form.edit-form'), 'the claim form');
    await type(field('Statement (en)', form) as HTMLTextAreaElement, 'Mine: soldiers deployed');
    // Meanwhile, another tab saves the same claim.
    await db.claims.update('troops', { statement: { en: 'Theirs: troops deployed' }, updatedAt: '2026-05-01T00:00:00.000Z' });
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const notice = await until(() => root.querySelector('.conflict'), 'the conflict notice');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('Theirs: troops deployed');
    expect(notice.textContent).toContain('Mine: soldiers deployed');
    expect((await db.claims.get('troops'))!.statement.en).toBe('Theirs: troops deployed');
    button('Save mine over it')!.click();
    await until(() => !root.querySelector('.conflict') && text().includes('Mine: soldiers deployed'), 'the overwrite');
    expect((await db.claims.get('troops'))!.statement.en).toBe('Mine: soldiers deployed');
  });

  it('keeps an open edit form on its own version when the list above it changes', async () => {
    (await until(() => root.querySelector<HTMLButtonElement>('.claim-row button'), 'a row')).click();
    (await until(() => button('Edit the outlet BBC'), 'the BBC card')).click();
    await until(() => root.querySelector('.version-card form'), 'the outlet form');
    // Another tab adds a version that sorts first; the pane reloads after a status change.
    await db.versions.put(version('v0', 'troops', { outletId: 'o1', quote: 'A newer quote' }));
    button('Change the status')!.click();
    const form = await until(() => [...root.querySelectorAll<HTMLFormElement>('form.edit-form')].find((f) => !f.closest('.version-card')), 'the status form');
    await type(field('Reason', form) as HTMLTextAreaElement, 'Seen again');
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => text().includes('Versions (3)'), 'the reloaded pane');
    const open = root.querySelectorAll('.version-card form');
    expect(open).toHaveLength(1);
    expect(open[0].closest('.version-card')!.querySelector('h4')!.textContent).toContain('BBC');
  });
});
