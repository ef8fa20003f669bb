/**
 * The related-stems table shipped with the lexicon (scripts/build-lexicon-related.ts) is what the
 * lexicon computes from its word lists: a restarted worker that reads the table translates a page
 * exactly as one that stems every entry. Fails after a change to the word list, a stemmer or the
 * lexicon's rules until the table is written again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureLanguages } from '@/utils/core/language/language-data';
import { createLexicon, RELATED_LIMIT, type LexiconData } from '@/utils/core/lexicon/lexicon';
import { relatedTables } from '@/scripts/build-lexicon-related';
import { LEXICON_PAIRS, lexiconWithRelated } from '@/scripts/lib/language-assets';

describe('Related-stems tables of the word lists', () => {
  it.each(LEXICON_PAIRS)('%s: is what the lexicon computes from its word lists, in both directions', async (pair) => {
    const shipped = (JSON.parse(lexiconWithRelated(pair)) as LexiconData).related;
    expect(Object.keys(shipped?.[`${pair.split('-')[0]}>en`] ?? {}).length).toBeGreaterThan(1000);
    expect(shipped).toEqual(await relatedTables(pair));
  }, 30_000);

  it('gives the same related stems, at every limit, as a lexicon without it', async () => {
    await ensureLanguages(['fr', 'en']);
    const data = JSON.parse(lexiconWithRelated('fr-en')) as LexiconData;
    const withTable = createLexicon(data);
    const without = createLexicon({ fr: data['fr'], en: data['en'] });
    const samples = ['militair', 'soldat', 'soldier', 'army', 'armé', 'uniform', 'vidéo', 'election', 'constructor', 'toString', 'zzz'];
    for (const stem of samples) {
      for (const [from, to] of [['fr', 'en'], ['en', 'fr']] as const) {
        for (const limit of [1, 6, RELATED_LIMIT, RELATED_LIMIT + 4]) expect(withTable.relatedStems(stem, from, to, limit)).toEqual(without.relatedStems(stem, from, to, limit));
      }
    }
    expect(withTable.relatedStems('soldat', 'fr', 'en').length).toBeGreaterThan(0);
  });
});
