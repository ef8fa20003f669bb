// @vitest-environment happy-dom
/** The card's quotes and statement in their own languages' direction, whatever the interface's. */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClaimCard } from '@/components/ClaimCard';
import type { CardData, CardVersion } from '@/utils/protocol/card-data';
import { textDirection } from '@/utils/core/text-direction';

vi.mock('@/utils/locale/i18n', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/utils/locale/i18n')>();
  const { englishT } = await import('./import-export-ui/ui-helpers');
  return { ...original, uiLang: () => 'en', t: englishT };
});

const version = (id: string, lang: string, quote: string): CardVersion =>
  ({ id, outletName: `Outlet ${id}`, lang, quote, marks: [], url: `https://example.org/${id}` }) as unknown as CardVersion;

const data: CardData = {
  claimId: 'c1',
  statement: { he: 'כ-11,000 חיילים צפון קוריאנים ברוסיה' },
  status: 'unverified',
  statusReason: 'Reported by several outlets',
  statusDate: '',
  history: [],
  versions: [version('a', 'ar', 'نحو 11 ألف جندي كوري شمالي في روسيا'), version('b', 'fr', 'Environ 11 000 soldats nord-coréens'), version('c', '', '11,000 soldiers')],
  ownVersions: [],
  differences: [],
  related: [],
};

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('text direction in the card', () => {
  it('gives each quote its language and direction, and the statement its own', () => {
    render(<ClaimCard data={data} lang="en" onClose={() => undefined} />, root);
    const quotes = [...root.querySelectorAll('blockquote.quote')].map((q) => [q.getAttribute('lang'), q.getAttribute('dir')]);
    expect(quotes).toEqual([
      ['ar', 'rtl'],
      ['fr', 'ltr'],
      ['', 'auto'],
    ]);
    const h2 = root.querySelector('h2.statement')!;
    expect([h2.getAttribute('lang'), h2.getAttribute('dir')]).toEqual(['he', 'rtl']);
  });

  it('reads the direction from the language tag', () => {
    for (const [tag, dir] of [
      ['ar', 'rtl'], ['he-IL', 'rtl'], ['fa', 'rtl'], ['ur', 'rtl'], ['pa-Arab', 'rtl'], ['az-Arab-IR', 'rtl'],
      ['fr', 'ltr'], ['en-US', 'ltr'], ['zh-Hant-TW', 'ltr'], ['ku-Latn', 'ltr'],
      ['', 'auto'], [undefined, 'auto'], ['und', 'auto'], ['x-private', 'auto'],
    ] as const)
      expect(textDirection(tag), String(tag)).toBe(dir);
  });
});
