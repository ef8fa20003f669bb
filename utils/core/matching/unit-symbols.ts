/**
 * The symbols of measure units in a language, as the platform's CLDR data writes them short ("GB", "Mo",
 * "ТБ", "Std."): after a figure, "400 GB" is a quantity, not a name the sentence gives ("GB" had been a
 * rare name of a claim, and a sentence that named the hackers was taken for somebody else's statement,
 * claim-names.ts attribution). Read off Intl for the units ECMA-402 sanctions, once per language.
 */
import { boundedMemo } from '@/utils/core/bounded-memo';

/** The sanctioned units (Intl.supportedValuesOf('unit')), where the platform lists them. */
const UNITS: readonly string[] = (() => {
  try {
    return Intl.supportedValuesOf('unit');
  } catch {
    return [];
  }
})();

/** `lang`'s unit symbols that start with a capital, lowercased as the lexer lowers a word. */
const symbolsOf = boundedMemo<ReadonlySet<string>>((lang) => {
  const out = new Set<string>();
  for (const unit of UNITS) {
    let format: Intl.NumberFormat;
    try {
      format = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short' });
    } catch {
      return out;
    }
    for (const part of format.formatToParts(5)) {
      if (part.type === 'unit' && /^\p{Lu}/u.test(part.value)) out.add(part.value.replace(/\.$/, '').toLowerCase());
    }
  }
  return out;
}, 200);

/** Whether `lower` (a word, lowercase) is a unit symbol of `lang` written with a capital ("gb" for "GB"). */
export const isUnitSymbol = (lower: string, lang: string): boolean => symbolsOf(lang).has(lower);
