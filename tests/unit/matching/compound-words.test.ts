/**
 * German and Dutch compounds the word lists lack, read through their parts (compound-words.ts): a
 * German page writes "Schlankheitspillen" and "Industriechemikalie" where the English claim says
 * "slimming pills" and "industrial chemical".
 */
import { describe, expect, it } from 'vitest';
import { compoundTranslation } from '@/utils/core/matching/compound-words';
import { translatedStems } from '@/utils/core/matching/cross-language';
import { ClaimMatcher, type IndexClaim } from '@/utils/core/matching/index';
import { languageTools } from '@/utils/core/matching/languages';

const english = (word: string, lang = 'de') => translatedStems(languageTools(lang).stem(word.toLowerCase()), lang, 'en');
const stemEn = (word: string) => languageTools('en').stem(word);

describe('a compound the word list lacks', () => {
  it('is translated through its head and its modifier, linking letters taken off', () => {
    expect(english('Verteidigungshaushalt')).toEqual(expect.arrayContaining([stemEn('budget'), stemEn('defend')]));
    expect(english('Schlankheitspillen')).toEqual(expect.arrayContaining([stemEn('pill'), stemEn('slim')]));
    expect(english('Parlamentswahl')).toEqual(expect.arrayContaining([stemEn('parliament'), stemEn('election')]));
    expect(english('belastingbetaler', 'nl')).toEqual(expect.arrayContaining([stemEn('taxpayer')]));
  });

  it('leaves a word the list knows, and the languages that do not compound, as the list has them', () => {
    const list = { zins: ['interest'], zahl: ['number'], haushalt: ['budget'] } as Record<string, string[]>;
    const related = (s: string) => list[s] ?? [];
    const stem = (w: string) => w;
    expect(compoundTranslation('zinshaushalt', 'de', related, stem)).toEqual(['budget', 'interest']);
    expect(compoundTranslation('zinshaushalt', 'fr', related, stem)).toEqual([]);
    expect(english('Haushalt')).toEqual(translatedStems('haushalt', 'de', 'en'));
    expect(english('Haushalt')).not.toContain(stemEn('hold'));
  });

  it('does not take a noun ending ("-heit") for a head, nor split a word into parts the list does not know', () => {
    const list = { heit: ['cheer'], schlank: ['slim'] } as Record<string, string[]>;
    const related = (s: string) => list[s] ?? [];
    expect(compoundTranslation('schlankheit', 'de', related, (w) => w)).toEqual([]);
    expect(compoundTranslation('zweidrittelmehr', 'de', related, (w) => w)).toEqual([]);
  });
});

const CLAIMS: IndexClaim[] = [{ id: 'pills', statement: { en: 'The slimming pills she bought online contained an industrial chemical, police said.' }, versions: [] }];

describe('a German sentence written with compounds, against a claim known in English', () => {
  const matcher = ClaimMatcher.build(CLAIMS);
  const highlighted = (text: string) => matcher.scan(text, { lang: 'de' }).filter((m) => m.level === 'highlight').map((m) => m.claimId);

  it('is highlighted for the claim it states ("Schlankheitspillen", "Industriechemikalie")', () => {
    expect(highlighted('Die Schlankheitspillen, die sie online gekauft hatte, enthielten eine Industriechemikalie, sagte die Polizei.')).toEqual(['pills']);
  });

  it('is not for another claim with the same shape', () => {
    expect(highlighted('Die Vitamintabletten, die er im Supermarkt gekauft hatte, enthielten nur Zucker, sagte der Hersteller.')).toEqual([]);
  });
});
