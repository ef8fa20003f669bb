import { lex, type RawToken } from '@/utils/core/matching/lex';

/**
 * Typography unified one character for one character, so that token offsets are offsets into
 * the quote as the user wrote it (the matcher's unifyTypography may change lengths).
 */
const ONE_FOR_ONE: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u02BC\u02B9\u0060\u00B4\u2032\uFF07]/g, "'"],
  [/[\u00AB\u00BB\u201C\u201D\u201E\u201F\u2033\u2039\u203A\u301D\u301E\uFF02]/g, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D]/g, '-'],
  [/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' '],
];

export function unifyKeepLength(text: string): string {
  let out = text;
  for (const [re, to] of ONE_FOR_ONE) out = out.replace(re, to);
  return out;
}

export function tokens(quote: string): RawToken[] {
  return lex(unifyKeepLength(quote));
}

/** Lowercase, accents off, typography unified: how phrases are compared. */
export function fold(text: string): string {
  return unifyKeepLength(text).normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** A set of the words of a space-separated list. */
export const wordSet = (words: string) => new Set(words.split(' '));

export const isCapitalised = (t: RawToken) => /^\p{Lu}/u.test(t.text);

/** A word token written with a capital. */
export const isCapitalisedWord = (t: RawToken | undefined): boolean => t?.kind === 'word' && isCapitalised(t);

/** Capitalised run from i ("Tsukuryne", "Nouvelle Kakhovka"); -1 when none. */
export function capitalRun(toks: RawToken[], i: number, quote: string): number {
  let j = i;
  while (toks[j] && isCapitalised(toks[j]!) && toks[j]!.kind === 'word') {
    const gap = toks[j + 1] ? quote.slice(toks[j]!.end, toks[j + 1]!.start) : '';
    if (!(gap === ' ' || gap === '-') || !toks[j + 1] || !isCapitalised(toks[j + 1]!)) break;
    j++;
  }
  return toks[i] && isCapitalised(toks[i]!) && toks[i]!.kind === 'word' ? j : -1;
}

/** Whether the folded words of `phrase` are the tokens' from token i on. */
export const wordsAt = (toks: RawToken[], i: number, phrase: readonly string[]) => phrase.every((w, k) => toks[i + k]?.lower === w);

/** Folded words of a phrase, as the lexer splits them ("Corée du Nord" -> "coree du nord"). */
export function phraseKey(text: string): string {
  return tokens(text)
    .map((t) => t.lower)
    .join(' ');
}

/** Matches a folded word sequence at token i; returns the index after it, or -1. */
export function matchWords(toks: RawToken[], i: number, words: string[]): number {
  for (let k = 0; k < words.length; k++) if (toks[i + k]?.lower !== words[k]) return -1;
  return i + words.length;
}

/** What ends a clause for the source readers: a sentence's end, a colon, a semicolon, a quotation mark. */
export const HARD_STOP = /[.;:!?"«»]/;

/** The text between two tokens, Arabic's comma read as a comma. */
export const gap = (quote: string, a: RawToken, b: RawToken) => quote.slice(a.end, b.start).replace('\u060C', ',');
