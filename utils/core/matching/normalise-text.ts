/**
 * Text folding shared by indexing and scanning: both sides must fold the same
 * way or nothing meets. Case is kept (entity detection needs it); callers
 * lowercase tokens themselves.
 */

// Typographic variants that news sites mix freely, mapped to one ASCII form.
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u02BC\u02B9\u0060\u00B4\u2032\uFF07]/g;
const QUOTES = /[\u00AB\u00BB\u201C\u201D\u201E\u201F\u2033\u2039\u203A\u301D\u301E\uFF02]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D]/g;
// NFKC already maps U+00A0 and most spaces to U+0020, but not U+202F on every
// engine version, nor the thin spaces used as French thousands separators.
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss' };

/** ASCII but the backtick (an apostrophe above): NFKC and every mapping here leave it as it is. */
const PLAIN = /^[\x00-\x5F\x61-\x7F]*$/;
const ASCII = /^[\x00-\x7F]*$/;

/** NFKC with quotes/apostrophes/dashes/spaces unified; case and accents kept. */
export function unifyTypography(text: string): string {
  // Most sentences of an English page: one scan instead of a normalisation and six replacements.
  if (PLAIN.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(ZERO_WIDTH, '')
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .replace(/[œŒæÆß]/g, (c) => LIGATURES[c] ?? c);
}

/** Accents and other combining marks removed. */
export function stripAccents(text: string): string {
  if (ASCII.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/** {@link unifyTypography} then {@link stripAccents}; case kept. */
export function foldKeepCase(text: string): string {
  return stripAccents(unifyTypography(text));
}

/** Full folding for comparison: {@link foldKeepCase} then lowercase. */
export function foldText(text: string): string {
  return foldKeepCase(text).toLowerCase();
}
