// @vitest-environment happy-dom
/** Who made a claim, as the fact-checker named them, on the card a reader opens. */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClaimCard } from '@/components/ClaimCard';
import type { CardData } from '@/utils/protocol/card-data';

vi.mock('@/utils/locale/i18n', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/utils/locale/i18n')>();
  const { englishT } = await import('../import-export-ui/ui-helpers');
  return { ...original, uiLang: () => 'en', t: englishT };
});

const data: CardData = {
  claimId: 'c1',
  statement: { en: 'Wind turbines cause cancer' },
  status: 'false',
  statusReason: 'ClaimReview by Full Fact',
  statusDate: '2023-05-01T00:00:00Z',
  history: [],
  versions: [],
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

describe('the claim card', () => {
  it('says who made the claim when the fact-checker named them, and nothing when not', () => {
    render(<ClaimCard data={{ ...data, claimant: 'Ron Example' }} lang="en" onClose={() => undefined} />, root);
    expect(root.querySelector('.claimant')?.textContent).toBe('Claimed by Ron Example');
    render(<ClaimCard data={data} lang="en" onClose={() => undefined} />, root);
    expect(root.querySelector('.claimant')).toBeNull();
  });

  it('shows a claimant’s markup as text', () => {
    render(<ClaimCard data={{ ...data, claimant: '<img src=x onerror=alert(1)>' }} lang="en" onClose={() => undefined} />, root);
    expect(root.querySelector('.claimant')?.textContent).toBe('Claimed by <img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
  });
});
