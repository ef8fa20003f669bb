/**
 * A German weak verb's forms reach the other language as its dictionary form does
 * (german-verb-forms.ts): Snowball's German stemmer leaves "schickte", "umgeleitet" and "errichtet"
 * as they are, and the word list knows only "schicken", "umleiten" and "errichten".
 */
import { describe, expect, it } from 'vitest';
import { translatedStems } from '@/utils/core/matching/cross-language';
import { weakVerbStems } from '@/utils/core/matching/german-verb-forms';
import { languageTools } from '@/utils/core/matching/languages';

const stem = (word: string) => languageTools('de').stem(word.toLowerCase());

describe('German weak verb forms', () => {
  it('translate as their verb does: past tense, participle with and without a separable prefix, third person', () => {
    expect(translatedStems(stem('umgeleitet'), 'de', 'en')).toContain('divers');
    expect(translatedStems(stem('errichtet'), 'de', 'en')).toContain('build');
    expect(translatedStems(stem('mitteilte'), 'de', 'en')).toContain('announc');
    expect(translatedStems(stem('ausgelöst'), 'de', 'en').length).toBeGreaterThan(0);
    expect(translatedStems(stem('stürzten'), 'de', 'en')).toContain('fall');
  });

  it('are read in German only, and a stem the list knows keeps its own translations', () => {
    expect(weakVerbStems('umgeleitet', 'de')).toContain('umleit');
    expect(weakVerbStems('vermisst', 'de')).toContain('vermiss');
    expect(weakVerbStems('umgeleitet', 'nl')).toEqual([]);
    // "Arbeit" is a noun the list knows: its translations are its own, not those of a verb "arbei".
    expect(translatedStems(stem('Arbeit'), 'de', 'en')).toContain('work')
    expect(translatedStems(stem('Bericht'), 'de', 'en')).toContain('report');
  });
});
