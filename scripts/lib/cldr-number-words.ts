/**
 * What CLDR (through Node's Intl) adds to the number words of scripts/build-number-words.ts: the scale
 * words after a figure and the month names of the languages that n2words and the names read in every
 * text leave out. `blank(lang)` makes the table of a language that has none yet.
 */
import { createRequire } from 'node:module';
import type { LanguageNumberWords } from '@/utils/core/language/language-data';
import { compactScales } from './compact-scales';
import { CLDR_MONTH_LANGS, monthNamesIn } from '../build-month-names';

const require = createRequire(import.meta.url);

/** The languages the matcher reads: those stopwords-iso has a list for. */
const languages = () => Object.keys(require('stopwords-iso') as Record<string, string[]>).sort();

/**
 * The scale words after a figure of CLDR's compact notation (compact-scales.ts) that a table lacks, in
 * every language stopwords-iso has a list for (the languages the matcher reads): where n2words spells no
 * number, a table of those alone ("12 ألف", "5 juta", "3 мільйони" read 12,000, 5,000,000, 3,000,000).
 * A word the built-in list reads (`known`) keeps its reading there.
 */
export function addCompactScales(langs: Record<string, LanguageNumberWords>, known: ReadonlyMap<string, unknown>, blank: (lang: string) => LanguageNumberWords): void {
  for (const lang of languages()) {
    const table = langs[lang] ?? blank(lang);
    let added = 0;
    for (const [word, value] of compactScales(lang)) {
      // n2words' one-word thousand of a language that writes them closed ("duizend", "tusen") is a unit:
      // after a figure, it is a scale ("380 duizend" is 380,000, not 380 and 1,000).
      if (table.units[word] === value) delete table.units[word];
      if (word in table.units || word in table.scales || table.hundreds.includes(word) || known.has(word)) continue;
      table.scales[word] = value;
      added++;
    }
    if (added && !langs[lang]) langs[lang] = table;
  }
}

/** Regional forms asked besides a language's own: the Levant's month names ("آذار", "نيسان", March and April). */
const MONTH_VARIANTS: Record<string, string[]> = { ar: ['ar-SY'] };

/**
 * The month names of every language stopwords-iso lists whose names the names read in every text
 * (build-month-names.ts CLDR_MONTH_LANGS) leave out, in that language's table: "مارس", "מרץ", "मार्च",
 * "Maret" read in its own language only, where a name of one language is not another's word. From
 * CLDR through Intl (build-month-names.ts monthNamesIn); one word of letters, at least three Latin ones, and none the lists read already (`known`).
 */
export function addMonthNames(langs: Record<string, LanguageNumberWords>, known: (word: string) => boolean, blank: (lang: string) => LanguageNumberWords): void {
  for (const lang of languages()) {
    if (CLDR_MONTH_LANGS.includes(lang)) continue;
    const months: Record<string, number> = {};
    for (const locale of [lang, ...(MONTH_VARIANTS[lang] ?? [])]) {
      for (const [key, m] of monthNamesIn(locale)) {
        if (!/^\p{L}[\p{L}\p{M}]+$/u.test(key) || (/^[a-z]+$/.test(key) && key.length < 3) || known(key) || key in months) continue;
        months[key] = m;
      }
    }
    if (Object.keys(months).length === 0) continue;
    const table = langs[lang] ?? blank(lang);
    table.months = months;
    langs[lang] = table;
  }
}
