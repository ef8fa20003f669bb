import { afterAll, describe, expect, it } from 'vitest';
import { extractFacts } from '@/utils/core/facts/extract';
import { ensureLanguages, setLanguageDataSource } from '@/utils/core/language/language-data';
import { nodeLanguageData } from '@/scripts/lib/node-language-data';

/**
 * The extension loads a language's tables asynchronously, when matching or an import's index first
 * needs them, and reads facts synchronously (inside Dexie transactions): a quote in a language not
 * loaded yet must still be read, never throw, or the import or save it belongs to fails.
 */
describe('figures of a quote whose language is not loaded yet', () => {
  afterAll(() => setLanguageDataSource(nodeLanguageData));

  it('are read with the shared number words, then with the language’s own once it is loaded', async () => {
    const { sync: _sync, ...asyncOnly } = nodeLanguageData;
    setLanguageDataSource(asyncOnly);
    const quote = 'Omkring 1,2 millioner fjerkræ er blevet aflivet.';
    expect(() => extractFacts(quote, { lang: 'da' })).not.toThrow();
    expect(extractFacts(quote, { lang: 'da' }).figures.map((f) => f.value)).toEqual([1.2]);
    await ensureLanguages(['da']);
    expect(extractFacts(quote, { lang: 'da' }).figures.map((f) => f.value)).toEqual([1_200_000]);
  });
});
