/**
 * A word whose stem keeps part of its case ending reaches the other language as the headword the
 * word list has does (cross-language.ts, INFLECTING): Turkish "güvertesinde" (on its deck) stems to
 * "guverte", the list's "güverte" to "guver"; Polish "rannych" (injured) is cut to "rannyc", the
 * list has "ranny".
 */
import { describe, expect, it } from 'vitest';
import { translatedStems } from '@/utils/core/matching/cross-language';
import { languageTools } from '@/utils/core/matching/languages';

const stem = (word: string, lang: string) => languageTools(lang).stem(word.toLowerCase());

describe('stems that keep an inflection', () => {
  it('translate as the longest shorter stem the word list knows', () => {
    expect(translatedStems(stem('güvertesinde', 'tr'), 'tr', 'en')).toContain('deck');
    expect(translatedStems(stem('rannych', 'pl'), 'pl', 'en')).toContain('injur');
    expect(translatedStems(stem('filarach', 'pl'), 'pl', 'en')).toContain('pillar');
  });

  it('are not cut below five letters, nor in a language whose words start with a compound modifier', () => {
    // "kaptanı" (the captain) stems to "kapta"; the list's "kap" is a pot.
    expect(translatedStems(stem('kaptanı', 'tr'), 'tr', 'en')).toEqual([]);
    // A German stem the list lacks is no word its first letters spell.
    expect(translatedStems('berichtx', 'de', 'en')).toEqual([]);
  });
});
