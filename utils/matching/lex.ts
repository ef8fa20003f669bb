import { stripAccents } from './normalise-text';

/**
 * Splits text into word and number tokens with offsets into that
 * string. Numbers keep their written grouping ("11 000", "11,000", "1,2") so the
 * figure parser can read them; apostrophes and hyphens split words
 * ("qu'environ", "nord-coréens", "Kim Jong-Un").
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

// A grouped number (thousands separated by space, comma or dot, exactly three
// digits per group) or a plain/decimal one, optionally an ordinal suffix; else a word.
const TOKEN =
  /(?<![\p{L}\p{N}])(\d{1,3}(?:[ ,.]\d{3}(?!\d))+(?:[.,]\d+(?!\d))?|\d+(?:[.,]\d+)?)(er|re|ere|e|eme|st|nd|rd|th|o|a|%)?(?![\p{L}\p{N}])|[\p{L}\p{N}]+/gu;

const GROUPED = /^\d{1,3}(?:[ ,.]\d{3})+/;

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
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    const written = m[0];
    const accented = written.toLowerCase();
    const lower = stripAccents(accented);
    if (m[1] !== undefined) {
      const suffix = m[2];
      tokens.push({
        text: written,
        accented,
        lower,
        kind: 'number',
        value: parseNumber(m[1]),
        ordinal: suffix !== undefined && suffix !== '%',
        start,
        end: start + written.length,
      });
    } else {
      tokens.push({ text: written, accented, lower, kind: 'word', value: NaN, ordinal: false, start, end: start + written.length });
    }
  }
  return tokens;
}
