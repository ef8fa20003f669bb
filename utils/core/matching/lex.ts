import { isCjkCode } from './cjk';
import { stripAccents } from './normalise-text';

/**
 * Splits text into word and number tokens with offsets into that
 * string. Numbers keep their written grouping ("11 000", "11,000", "1,2") so the
 * figure parser can read them; apostrophes and hyphens split words
 * ("qu'environ", "nord-coréens", "Kim Jong-Un"), but an apostrophe between two Cyrillic letters.
 */

export interface RawToken {
  /** Text as written after typographic unification (case and accents kept). */
  text: string;
  /** Lowercase, accents kept: what stemmers expect. */
  accented: string;
  /** Lowercase, accents stripped: what everything else compares. */
  lower: string;
  kind: 'word' | 'number';
  /** For numbers: the parsed value. */
  value: number;
  /** For numbers written as ordinals ("1er", "1st"). */
  ordinal: boolean;
  start: number;
  end: number;
}

const ORDINAL_SUFFIXES = new Set(['er', 're', 'ere', 'e', 'eme', 'st', 'nd', 'rd', 'th', 'o', 'a']);

/** Per UTF-16 code unit above ASCII: 0 not yet asked, 1 a word's, 2 not. 64 KB, read by index where a
 *  map was looked up for every letter outside ASCII (the development folder's Greek, Russian and Turkish
 *  ferry story lexed in 14% less time). */
const wordChars = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Letter, digit or combining mark. Hand-rolled scanning: a Unicode regex
 *  with lookbehind was the slowest step of indexing 100,000 quotes. */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let known = wordChars[code]!;
  if (known === 0) wordChars[code] = known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Number of digits from i on. */
function digitsAt(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  return j - i;
}

/** End of a number written from `start` (which is a digit), or -1 if the run is a word ("155mm"). */
/** Scales glued to a figure as news writes them: "$1.5bn", "2tn", "3 mln". */
const SCALE_SUFFIXES = new Map([['bn', 1e9], ['tn', 1e12], ['mn', 1e6], ['mln', 1e6], ['mrd', 1e9]]);
/** "m" and "k" scale only an amount of money ("£100m", "€20m", "$30k"): "100m" alone is metres. */
const MONEY_SUFFIXES = new Map([['m', 1e6], ['k', 1e3]]);
const CURRENCY_SIGNS = '$£€¥₹';
/** Letters only, two or more. */
const UNIT_LETTERS = /^\p{L}{2,}$/u;
const MERIDIEMS = new Set(['am', 'pm']);

/** Whether the letters glued after a figure's digits are a unit of their own ("mb", "km"). */
const gluedUnit = (suffix: string) => !MERIDIEMS.has(suffix) && !ORDINAL_SUFFIXES.has(suffix) && UNIT_LETTERS.test(suffix);

/** Arabic's one-letter prefixes, written on a figure as on a word: "و5" is "and 5", "ب12" "with 12". */
const ARABIC_PREFIXES = new Set([0x648, 0x628, 0x644, 0x641, 0x643]);

/**
 * Where the digits glued after a word's letters start ("HDR10", "PS4": the word and its figure, as
 * "HDR 10" is written apart), or -1: two letters at least before them (not "G7", "F16", "A380"), or
 * one of Arabic's prefixes, and nothing but digits after.
 */
function gluedDigitsAt(text: string, start: number, runEnd: number): number {
  let k = runEnd;
  while (k > start && isDigit(text.charCodeAt(k - 1))) k--;
  if (k === runEnd || (k - start < 2 && !(k - start === 1 && ARABIC_PREFIXES.has(text.charCodeAt(start))))) return -1;
  for (let j = start; j < k; j++) if (isDigit(text.charCodeAt(j))) return -1;
  return k;
}

function numberEnd(text: string, start: number, runEnd: number): { end: number; numeric: number; suffix: string; scale: number } | undefined {
  let i = start + digitsAt(text, start);
  // Thousands groups: "11 000", "11,000", "11.000" (1-3 leading digits, then groups of exactly 3).
  if (i - start <= 3) {
    while (i + 4 <= text.length && ' ,.'.includes(text[i]!) && digitsAt(text, i + 1) === 3) i += 4;
  }
  // Decimal part: "1,2", "1.5".
  if ((text[i] === ',' || text[i] === '.') && isDigit(text.charCodeAt(i + 1))) i += 1 + digitsAt(text, i + 1);
  const numeric = i;
  let suffix = '';
  if (text[i] === '%') {
    suffix = '%';
    i++;
  } else if (i < runEnd || (i > runEnd && i < text.length && isWordChar(text.charCodeAt(i)) && !isCjkCode(text.charCodeAt(i)))) {
    // The letters after the digits; past a decimal ("1.5bn") they are beyond the first run.
    if (i > runEnd) for (runEnd = i; runEnd < text.length && isWordChar(text.charCodeAt(runEnd)); ) runEnd++;
    // Folded: "4ème", "1ère" are ordinals as "4eme" is.
    suffix = stripAccents(text.slice(i, runEnd).toLowerCase());
    const sign = start > 0 ? text[start - 1]! : '';
    const scale = SCALE_SUFFIXES.get(suffix) ?? (sign !== '' && CURRENCY_SIGNS.includes(sign) ? MONEY_SUFFIXES.get(suffix) : undefined);
    if (scale !== undefined) return { end: runEnd, numeric, suffix: '', scale };
    // "3MB", "10km", "155mm": the figure and its unit, as "3 MB" is written apart (not "5G", "4K",
    // "100m": one letter glued on is as often a name's as a unit's; nor "9pm": time-of-day.ts reads it).
    if (gluedUnit(suffix)) return { end: i, numeric, suffix: '', scale: 1 };
    if (!ORDINAL_SUFFIXES.has(suffix)) return undefined;
    i = runEnd;
  }
  // "155mm" is a word; "1000人" a figure and its counter.
  if (i < text.length && isWordChar(text.charCodeAt(i)) && !isCjkCode(text.charCodeAt(i))) return undefined;
  return { end: i, numeric, suffix, scale: 1 };
}

/** Chinese, Japanese and Korean units of ten thousand and of a hundred million ("1万1000", "1만1000": 11,000). */
const CJK_SCALES = new Map([['万', 1e4], ['萬', 1e4], ['만', 1e4], ['億', 1e8], ['亿', 1e8], ['억', 1e8]]);

/** A figure's value and end with the CJK unit written after its digits, and the digits after it. */
function cjkScaled(text: string, at: number, value: number): { value: number; end: number } | undefined {
  const scale = CJK_SCALES.get(text[at] ?? '');
  if (scale === undefined) return undefined;
  let end = at + 1;
  let total = value * scale;
  const rest = digitsAt(text, end);
  if (rest > 0 && Number(text.slice(end, end + rest)) < scale) {
    total += Number(text.slice(end, end + rest));
    end += rest;
  }
  return { value: Math.round(total), end };
}

/** Digits written in groups of three ("11 000", "1,900", "2.000"), at the start of a number as written. */
export const GROUPED = /^\d{1,3}(?:[ ,.]\d{3})+/;

/** "11 000" / "11,000" / "11.000" -> 11000; "1,2" / "1.2" -> 1.2. */
export function parseNumber(written: string): number {
  const grouped = GROUPED.exec(written);
  if (grouped) {
    const intPart = grouped[0].replace(/[ ,.]/g, '');
    const rest = written.slice(grouped[0].length).replace(/^[.,]/, '');
    return Number(rest ? `${intPart}.${rest}` : intPart);
  }
  return Number(written.replace(',', '.'));
}

/** `text` should have gone through unifyTypography (spaces, apostrophes, dashes). */
export function lex(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let runEnd = i;
    // A run of ideographs, kana or Hangul is a run of its own (cjk.ts reads it in pairs).
    const cjk = isCjkCode(text.charCodeAt(start));
    // Whether the run is all ASCII, and whether it has capitals: see `accented` below.
    let ascii = true;
    let capitals = false;
    while (runEnd < text.length) {
      const code = text.charCodeAt(runEnd);
      if (!isWordChar(code) || isCjkCode(code) !== cjk) {
        // Ukrainian and Belarusian write an apostrophe inside a word ("п'ять", five; "сім'я"): between two
        // Cyrillic letters it is the word's, where it cut "п'ять" into "п" and "ять".
        if (code === 39 && runEnd > start && isCyrillic(text.charCodeAt(runEnd - 1)) && isCyrillic(text.charCodeAt(runEnd + 1))) {
          ascii = false;
          runEnd++;
          continue;
        }
        break;
      }
      if (code >= 128) ascii = false;
      else if (code <= 90 && code >= 65) capitals = true;
      runEnd++;
    }
    // Most words end with a letter: the test for digits glued on only when the last one is a digit.
    if (!cjk && isDigit(text.charCodeAt(runEnd - 1)) && !isDigit(text.charCodeAt(start))) {
      const digits = gluedDigitsAt(text, start, runEnd);
      if (digits > 0) runEnd = digits;
    }
    const number = isDigit(text.charCodeAt(start)) ? numberEnd(text, start, runEnd) : undefined;
    let value = number ? parseNumber(text.slice(start, number.numeric)) * number.scale : NaN;
    let end = number ? number.end : runEnd;
    const scaled = number && number.suffix === '' ? cjkScaled(text, end, value) : undefined;
    if (scaled) ({ value, end } = scaled);
    const written = text.slice(start, end);
    // A token that is its run of ASCII letters and digits: lowercasing changes only its capitals (none:
    // nothing), and folding it changes nothing. Most tokens of a page are; the calls cost a scan 2%.
    const plain = ascii && end === runEnd;
    const accented = plain && !capitals ? written : written.toLowerCase();
    const lower = plain ? accented : foldLower(accented);
    tokens.push({
      text: written,
      accented,
      lower,
      kind: number ? 'number' : 'word',
      value,
      ordinal: number !== undefined && number.suffix !== '' && number.suffix !== '%',
      start,
      end,
    });
    i = end;
  }
  return tokens;
}

/** A letter of the Cyrillic block. */
const isCyrillic = (code: number) => code >= 0x400 && code <= 0x4ff;

const foldCache = new Map<string, string>();

/** stripAccents with a fast path for ASCII and a cache (words repeat a lot): a token's `lower` from its `accented`. */
export function foldLower(word: string): string {
  if (/^[\x00-\x7f]*$/.test(word)) return word;
  let folded = foldCache.get(word);
  if (folded === undefined) {
    folded = stripAccents(word);
    if (foldCache.size < 100_000) foldCache.set(word, folded);
  }
  return folded;
}
