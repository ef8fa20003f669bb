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
/** ASCII, the Latin-1 letters but the ligatures, and the commonest typography of European pages: NFKC
 *  leaves each as it is (U+00A0 but for a space, which SPACES gives as well) and composes none with
 *  its neighbour (no combining mark), so each maps alone, in one replacement. */
const COMMON = /^[\x00-\x7F\u00A0\u00AD\u00C0-\u00C5\u00C7-\u00DE\u00E0-\u00E5\u00E7-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D]*$/;
const COMMON_MAPPED = /[`\u00A0\u00AD\u2013\u2014\u2018\u2019\u201C\u201D]/g;
const COMMON_TO: Record<string, string> = { '`': "'", '\u00A0': ' ', '\u00AD': '', '\u2013': '-', '\u2014': '-', '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"' };
const commonTo = (c: string) => COMMON_TO[c]!;

/** NFKC with quotes/apostrophes/dashes/spaces unified, digits of every script as ASCII ones; case
 *  and accents kept. */
export function unifyTypography(text: string): string {
  // Most sentences of an English page: one scan instead of a normalisation and six replacements.
  if (PLAIN.test(text)) return text;
  // Most of the rest (curly quotes, dashes, accented Latin letters): one scan and one replacement.
  if (COMMON.test(text)) return text.replace(COMMON_MAPPED, commonTo);
  return unifyTypographyInFull(text);
}

/** What unifyTypography returns, the long way: exported for the test of its shortcuts. */
export function unifyTypographyInFull(text: string): string {
  const unified = text
    .normalize('NFKC')
    .replace(ZERO_WIDTH, '')
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .replace(/[œŒæÆß]/g, (c) => LIGATURES[c] ?? c);
  const ascii = OTHER_DIGIT.test(unified) ? unified.replace(OTHER_DIGITS, asciiDigit) : unified;
  const digits = ARABIC_SIGN.test(ascii) ? ascii.replace(ARABIC_SIGNS, (c) => '%.,'[c.charCodeAt(0) - 0x66a]!) : ascii;
  // NFKC splits Thai and Lao SARA AM ("กำลัง"), which no dictionary of either language spells so.
  return THAI_LAO.test(digits) ? digits.replace(/\u0e4d\u0e32/g, '\u0e33').replace(/\u0ecd\u0eb2/g, '\u0eb3') : digits;
}

const THAI_LAO = /[\u0e00-\u0eff]/;

// "۱۲۰۰۰" (Persian), "١٢٠٠٠" (Arabic), "१२,०००" (Devanagari): the same figure as "12,000".
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;
const OTHER_DIGITS = /(?![0-9])\p{Nd}/gu;
/** Arabic's percent sign, decimal and thousands separators ("١٢٬٥٠٠", "٥٪"), as ASCII's: one character each. */
const ARABIC_SIGN = /[\u066a-\u066c]/;
const ARABIC_SIGNS = /[\u066a-\u066c]/g;
/** A decimal digit's value: Unicode encodes each script's digits 0 to 9 in a row, so the value is how
 *  far back the row starts (in the Basic Multilingual Plane no two rows touch). */
function asciiDigit(digit: string): string {
  // Beyond that plane (a surrogate pair), left as written: NFKC already mapped the mathematical digits.
  if (digit.length > 1) return digit;
  const code = digit.charCodeAt(0);
  let value = 0;
  while (value < 9 && /\p{Nd}/u.test(String.fromCharCode(code - value - 1))) value++;
  return String(value);
}

/** Marks are letters' vowels in the scripts of South and South-East Asia ("सैनिक", "ทหาร") and the
 *  voicing of kana (が): only marks on Latin, Greek, Cyrillic, Arabic and Hebrew letters are accents. */
const VOWEL_MARK_SCRIPTS = /[\u0900-\u0DFF\u0E00-\u0FFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF]/;
const BASE_AND_MARKS = /(\P{M})(\p{M}+)/gu;
const ACCENTED_SCRIPTS = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Common}]/u;

/** Accents removed: combining marks on letters of the alphabets that write accents with them. */
export function stripAccents(text: string): string {
  if (ASCII.test(text)) return text;
  const nfd = text.normalize('NFD');
  const stripped = VOWEL_MARK_SCRIPTS.test(nfd)
    ? nfd.replace(BASE_AND_MARKS, (all, base: string) => (ACCENTED_SCRIPTS.test(base) ? base : all))
    : nfd.replace(/\p{M}+/gu, '');
  return stripped.normalize('NFC');
}

/** {@link unifyTypography} then {@link stripAccents}; case kept. */
export function foldKeepCase(text: string): string {
  return stripAccents(unifyTypography(text));
}

/** Full folding for comparison: {@link foldKeepCase} then lowercase. */
export function foldText(text: string): string {
  return foldKeepCase(text).toLowerCase();
}
