import { fold } from '@/utils/core/facts/text';
import { factsWords } from '@/utils/core/facts/facts-words';

/**
 * Words for reading dates in French and English (and weekdays/seasons in a few more languages). The
 * lists are data (facts-words-types.ts); their maps are made on first use, not at module load.
 */

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The weekdays of French, English, Spanish and German to their day, Sunday 0. Made on first use (the
 * matcher asks for every capitalised word of a page, analyse-text.ts): the same map from then on.
 */
let weekdayMap: ReadonlyMap<string, number> | undefined;
export const weekdays = (): ReadonlyMap<string, number> => (weekdayMap ??= new Map(Object.entries(factsWords().weekdays)));

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const cldrWeekdays = new Map<string, string[][]>();

/**
 * The weekday names of `lang` as CLDR writes them (Intl.DateTimeFormat), Sunday first, and the locale
 * Intl answered in (another language's, for a tag it lacks); undefined for a tag Intl does not take.
 */
export function writtenWeekdays(lang: string): { names: string[]; locale: string } | undefined {
  try {
    const format = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
    // 7 January 2024 was a Sunday.
    return { names: [0, 1, 2, 3, 4, 5, 6].map((day) => format.format(Date.UTC(2024, 0, 7 + day))), locale: format.resolvedOptions().locale };
  } catch {
    return undefined;
  }
}

/**
 * The weekday names of `lang` from the platform's CLDR data (Intl.DateTimeFormat), Sunday first, each
 * as its folded words: "lunedì", "dinsdag", "terça-feira" (["terca", "feira"]) in every language the
 * browser knows. Made on first use per language: only a quote in that language asks, when a
 * version's facts are read. None for a tag Intl does not take.
 */
export function weekdayNamesOf(lang: string): string[][] {
  let names = cldrWeekdays.get(lang);
  if (!names) {
    names = writtenWeekdays(lang)?.names.map((name) => fold(name).split(/[^\p{L}]+/u).filter(Boolean)) ?? [];
    cldrWeekdays.set(lang, names);
  }
  return names;
}

const cldrMonths = new Map<string, ReadonlyMap<string, number>>();

/**
 * The month names of `lang` from the platform's CLDR data, in lower case with their accents: alone and as a date writes them
 * ("listopad" and "4 listopada", "říjen" and "22. října"), month 1 to 12. For a quote in that
 * language only (the matcher's month names, read on every page, leave out the Polish and Czech
 * ones: "marca" is also the Spanish for a brand). Made on first use per language.
 */
export function monthNamesOf(lang: string): ReadonlyMap<string, number> {
  let names = cldrMonths.get(lang);
  if (!names) {
    const made = new Map<string, number>();
    try {
      const alone = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
      const inDate = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        for (const written of [alone.format(Date.UTC(2024, m, 15)), inDate.format(Date.UTC(2024, m, 15))]) {
          // As written, accents kept (tokens' `accented`): folded, Polish "mają" (they have) is "maja" (of May).
          for (const word of written.toLowerCase().normalize('NFC').split(/[^\p{L}]+/u)) if (word.length >= 3 && !made.has(word)) made.set(word, m + 1);
        }
      }
    } catch {
      // A tag Intl does not take: no names.
    }
    names = made;
    cldrMonths.set(lang, names);
  }
  return names;
}

const cldrRelative = new Map<string, [string[], string, number][]>();

/**
 * "Yesterday", "today" and "tomorrow" in `lang`, from the platform's CLDR data
 * (Intl.RelativeTimeFormat): "ieri", "i går", "wczoraj", "dün", each as its folded words with its
 * English label and day offset. Longest first. Made on first use per language.
 */
export function relativeDaysOf(lang: string): readonly [string[], string, number][] {
  let days = cldrRelative.get(lang);
  if (!days) {
    days = [];
    try {
      const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
      for (const [offset, label] of [[-1, 'yesterday'], [0, 'today'], [1, 'tomorrow']] as const) {
        const words = fold(format.format(offset, 'day')).split(/[^\p{L}]+/u).filter(Boolean);
        // A language without a word for it writes "in 0 days": no digits, or it is no name.
        if (words.length > 0 && !/\d/.test(format.format(offset, 'day'))) days.push([words, label, offset]);
      }
    } catch {
      // A tag Intl does not take: none.
    }
    days.sort((a, b) => b[0].length - a[0].length);
    cldrRelative.set(lang, days);
  }
  return days;
}

let seasonMap: ReadonlyMap<string, string> | undefined;
/** Seasons in French and English to their English name. */
export const seasons = (): ReadonlyMap<string, string> => (seasonMap ??= new Map(Object.entries(factsWords().seasons)));

let prefixMap: ReadonlyMap<string, string> | undefined;
/** Words before a date that bound it: "d'ici le 1er novembre" = by 1 November. */
export const datePrefixes = (): ReadonlyMap<string, string> => (prefixMap ??= new Map(factsWords().datePrefixes));

/** Relative periods, folded as the lexer splits them, to an English label and a day offset range. */
export const relativePeriods = (): readonly (readonly [string, string, (readonly [number, number])?])[] => factsWords().relative;
