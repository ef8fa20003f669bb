/**
 * The words that scale a figure written before them ("12 ألف", "5 juta", "3 мільярди", "10 लाख",
 * "2 milioane"), in every language the platform's CLDR data knows, read off Intl's compact notation:
 * a sentence that writes "12 thousand" in one of the many languages without a number table of its
 * own (number-words.ts) read "12", which conflicts with a claim's 12,000. Only words that follow
 * their number and are one word of letters; each worth the power of ten that the notation divided by.
 */
import { foldText } from '@/utils/core/matching/normalise-text';

/** Counts and powers of ten formatted: every plural form a language gives its scale words (one, few, many, other). */
const COUNTS = [1, 2, 3, 5, 11, 12, 25, 100];
const POWERS = [3, 4, 5, 6, 7, 8, 9, 12];

export function compactScales(lang: string): Map<string, number> {
  const scales = new Map<string, number>();
  // The long words first ("Millionen"), then the short ones of three letters or more ("5 Mio.", "2 tys.",
  // "1,2 mld."): shorter ones ("5 M", "3 Md") are letters of too many other things.
  for (const display of ['long', 'short'] as const) addScales(lang, display, display === 'long' ? 1 : 3, scales);
  return scales;
}

function addScales(lang: string, compactDisplay: 'long' | 'short', minLetters: number, scales: Map<string, number>): void {
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay, numberingSystem: 'latn', maximumFractionDigits: 0 });
  } catch {
    return;
  }
  for (const power of POWERS) {
    for (const count of COUNTS) {
      const value = count * 10 ** power;
      const parts = format.formatToParts(value);
      const at = parts.findIndex((p) => p.type === 'compact');
      const number = Number(parts.filter((p) => p.type === 'integer').map((p) => p.value).join(''));
      if (at < 0 || !(number > 0) || parts.findIndex((p) => p.type === 'integer') > at) continue;
      // Exactly a power of ten, at least a hundred: a rounded count ("1万" for 12,000) gives none.
      const scale = value / number;
      const exponent = Math.round(Math.log10(scale));
      if (exponent < 2 || 10 ** exponent !== scale) continue;
      const word = foldText(parts[at]!.value).replace(/\.$/, '').trim();
      // Letters only, and more than one Latin letter: CLDR's fallback is "12K", "5M".
      if (/^\p{L}[\p{L}\p{M}]*$/u.test(word) && !/^[a-z]$/.test(word) && [...word].length >= minLetters && !scales.has(word)) scales.set(word, scale);
    }
  }
}
