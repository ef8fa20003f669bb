// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { itWithShared } from '../../shared-data';
import type { RecoupeDb } from '@/utils/store/db';
import { ImportExportPanel } from '@/components/library/ImportExportPanel';
import { DbContext } from '@/components/db-context';
import { StatusBadge } from '@/components/StatusBadge';
import { parseImport } from '@/utils/core/import/parse-import';
import { freshDb } from '../library/library-fixtures';
import { buttonNamed, chooseFile, labelled, until } from '../import-export-ui/ui-helpers';

vi.mock('@/utils/locale/i18n', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/utils/locale/i18n')>();
  const { englishT } = await import('../import-export-ui/ui-helpers');
  return { ...original, uiLang: () => 'en', t: englishT };
});

const SAMPLE = '../shared/real-data/claimreview/feed-sample.json';
let db: RecoupeDb;
let root: HTMLElement;

beforeEach(() => {
  db = freshDb();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  db.close();
});

describe('verdicts Recoupe cannot read, in the interface', () => {
  itWithShared('the import preview of real ClaimReview says how many verdicts were not understood, and the labels are kept', ['real-data/claimreview/feed-sample.json'], async () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const parsed = parseImport(text, { now: '2026-11-30T00:00:00.000Z', fileName: 'feed-sample.json' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const unmapped = parsed.value.unmappedVerdicts!;
    expect(unmapped).toBeGreaterThan(0);
    render(
      <DbContext.Provider value={db}>
        <ImportExportPanel onImported={() => undefined} />
      </DbContext.Provider>,
      root,
    );
    chooseFile(labelled<HTMLInputElement>(root, 'Choose a file to import'), new File([text], 'feed-sample.json', { type: 'application/json' }));
    await until(root, () => root.querySelector('.ie-unmapped'), 'the verdict count');
    expect(root.querySelector('.ie-unmapped')!.textContent).toContain(`Verdicts not understood: ${unmapped}.`);
    buttonNamed(root, 'Import')!.click();
    await until(root, () => root.textContent?.includes('Import finished'), 'the result');
    const claims = await db.claims.toArray();
    const kept = claims.filter((c) => c.status === 'unverified' && c.ratingLabel);
    expect(kept.length).toBeGreaterThanOrEqual(unmapped);
    expect(claims.find((c) => c.ratingLabel === 'Engañoso')?.status).toBe('misleading');
  });

  it('shows the fact-checker’s label beside unverified only', () => {
    render(<StatusBadge status="unverified" lang="en" ratingLabel="Not really, charts say" />, root);
    expect(root.textContent).toContain('Unverified');
    expect(root.textContent).toContain('fact-checker’s verdict:');
    expect(root.querySelector('q')?.textContent).toBe('Not really, charts say');
    render(<StatusBadge status="false" lang="en" ratingLabel="Falso" />, root);
    expect(root.textContent).not.toContain('Falso');
  });
});
