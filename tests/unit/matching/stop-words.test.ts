/**
 * The matcher's stop words are Snowball's lists (scripts/lib/snowball-stop-words.ts), not
 * stopwords-iso's, which hold content words ("year", "first", "big", "nearly"; French "seul"):
 * a sentence that shares those words with a claim is found. The language guesser keeps
 * stopwords-iso's lists, so the language of a short text is guessed as before.
 */
import { describe, expect, it } from 'vitest';
import { ClaimMatcher } from '@/utils/core/matching/index';
import { guessLanguage, languageTools } from '@/utils/core/matching/languages';

/** A claim and a sentence of The New York Times (tests/fixtures/matching/train/us-debt-interest.json, case debt:4). */
const DEFICIT = 'The US federal deficit is expected to total nearly $1 trillion next year, the first time it has been that big since 2012.';
const NYT = 'The deficit is expected to total nearly $1 trillion next year — the first time it has been that big since 2012, when the economy was still struggling to recover from the financial crisis and interest rates were near zero.';

const highlighted = (matcher: ClaimMatcher, text: string, lang: string) =>
  matcher.scan(text, { lang }).filter((m) => m.level === 'highlight').map((m) => m.claimId);

describe('stop words for matching', () => {
  it('highlights a sentence that shares the claim’s words "nearly", "next year", "first" and "big"', () => {
    const matcher = ClaimMatcher.build([{ id: 'deficit-1-trillion', statement: { en: DEFICIT }, versions: [] }]);
    expect(highlighted(matcher, NYT, 'en')).toEqual(['deficit-1-trillion']);
  });

  it('keeps content words that stopwords-iso lists, and drops function words', () => {
    const en = languageTools('en');
    // Words as the matcher reads them: lowercase, accents stripped.
    expect(['year', 'first', 'big', 'nearly', 'million', 'information'].filter(en.isStopWord)).toEqual([]);
    // Snowball leaves out the auxiliaries that are also nouns: the month of May, a will.
    expect(['may', 'will'].filter(en.isStopWord)).toEqual([]);
    expect(['the', 'has', 'been', 'until', 'when'].every(en.isStopWord)).toBe(true);
    const fr = languageTools('fr');
    expect(['seul', 'dire', 'nouveau', 'personne'].filter(fr.isStopWord)).toEqual([]);
    expect(['les', 'des', 'ete', 'dans'].every(fr.isStopWord)).toBe(true);
  });
});

describe('guessing the language of a short text', () => {
  it('still guesses English, French and German from a few words', () => {
    // On Snowball's lists these two would be guessed French ("on") and Italian ("a", "non").
    expect(guessLanguage('Police said on Friday.')).toBe('en');
    expect(guessLanguage('Le président a dit non.')).toBe('fr');
    expect(guessLanguage('He said it was not the first time.')).toBe('en');
    expect(guessLanguage('Il a dit que ce n’était pas la première fois.')).toBe('fr');
    expect(guessLanguage('Er sagte, es sei nicht das erste Mal.')).toBe('de');
    expect(guessLanguage('Selon lui, rien ne change.')).toBe('fr');
  });
});
