/**
 * Measure units as a quote's language writes them after a figure ("12 chilometri", "3 jaar",
 * "40 Prozent"), from the platform's CLDR data (Intl's long unit names, singular and plural), so that a
 * figure reads as the same measure in every language the browser knows, not only in those of the
 * short list in figure-words.ts. Made per language when a quote of that language is first read.
 */

/** CLDR unit -> the name a figure's unit is compared by (figure-words.ts uses the same names). */
const MEASURES: Record<string, string> = {
  'kilometer-per-hour': 'km/h',
  kilometer: 'km',
  millimeter: 'mm',
  meter: 'm',
  centimeter: 'cm',
  mile: 'miles',
  hour: 'hours',
  minute: 'minutes',
  day: 'days',
  week: 'weeks',
  month: 'months',
  year: 'years',
  percent: '%',
  kilogram: 'kg',
  liter: 'litres',
  hectare: 'hectares',
};

/** Counts asked per unit: one and many (some languages inflect further: "2 hodiny", "5 hodin"). */
const COUNTS = [1, 2, 5];

const cache = new Map<string, ReadonlyMap<string, string>>();

/** Lowercase, accents off, words joined by one space: the form of a token's `lower`, joined. */
const foldWords = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');

/** The primary language subtag of a BCP 47 tag ("pt-BR" -> "pt"), or undefined when it is none. */
function baseLanguage(lang: string | undefined): string | undefined {
  const base = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return base && /^[a-z]{2,3}$/.test(base) ? base : undefined;
}

/**
 * Folded unit words of `lang` (one to three words, "pour cent") -> unit name. Empty for a language the
 * platform has no unit names for, or no language at all. Only words of three letters or more are kept
 * as single words: a short one ("an", "h") is left to the short list, which says where it is a unit.
 */
export function measureWords(lang: string | undefined): ReadonlyMap<string, string> {
  const base = baseLanguage(lang);
  if (!base) return EMPTY;
  let words = cache.get(base);
  if (words) return words;
  const made = new Map<string, string>();
  // The language's own form and its British one, where CLDR gives English's "kilometres" and "per cent".
  for (const locale of [base, `${base}-GB`]) {
    for (const [unit, name] of Object.entries(MEASURES)) {
      let format: Intl.NumberFormat;
      try {
        format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' });
      } catch {
        continue;
      }
      for (const n of COUNTS) {
        const written = format
          .formatToParts(n)
          .filter((p) => p.type === 'unit')
          .map((p) => p.value)
          .join(' ');
        const key = foldWords(written);
        const count = key ? key.split(' ').length : 0;
        if (count === 0 || count > 3 || (count === 1 && key.length < 3) || made.has(key)) continue;
        made.set(key, name);
      }
    }
  }
  words = made;
  cache.set(base, words);
  return words;
}

const EMPTY: ReadonlyMap<string, string> = new Map();
