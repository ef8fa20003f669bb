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
import { languageFiles, LEXICON_PAIRS, lexiconWithRelated } from '@/scripts/lib/language-assets';
import { lexiconScriptPrefix } from '@/utils/core/lexicon/lexicon-pairs';

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

  it('is all a matching lookup reads: the word lists are read on the first word lookup', async () => {
    await ensureLanguages(['fr', 'en']);
    const data = JSON.parse(lexiconWithRelated('fr-en')) as LexiconData;
    const whole = createLexicon(data);
    let reads = 0;
    const split = createLexicon(() => (reads++, { fr: data['fr'], en: data['en'] }), ['fr', 'en'], data.related);
    for (const stem of ['soldat', 'militair', 'army', 'zzz']) expect(split.relatedStems(stem, 'fr', 'en', 6)).toEqual(whole.relatedStems(stem, 'fr', 'en', 6));
    expect(reads).toBe(0);
    expect(split.translateWord('soldat', 'fr', 'en')).toEqual(whole.translateWord('soldat', 'fr', 'en'));
    expect(split.translateStem('soldat', 'fr', 'en')).toEqual(whole.translateStem('soldat', 'fr', 'en'));
    expect(reads).toBe(1);
  });

  it('ships apart from the word lists, each in its own script', () => {
    const files = new Map(languageFiles().map((f) => [f.relativeDest, f.contents]));
    const script = (name: string) => {
      const text = files.get(`words/${name}.js`)!;
      expect(text.startsWith(lexiconScriptPrefix(name))).toBe(true);
      return JSON.parse(text.slice(lexiconScriptPrefix(name).length, text.lastIndexOf(';'))) as LexiconData;
    };
    const whole = JSON.parse(lexiconWithRelated('fr-en')) as LexiconData;
    expect(script('fr-en-related')).toEqual({ related: whole.related });
    const words = script('fr-en');
    expect(words.related).toBeUndefined();
    expect(words['fr']).toEqual(whole['fr']);
  });
});
