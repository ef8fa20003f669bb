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
 * The weekday names of `lang` from the platform's CLDR data (Intl.DateTimeFormat), Sunday first, each
 * as its folded words: "lunedì", "dinsdag", "terça-feira" (["terca", "feira"]) in every language the
 * browser knows. Made on first use per language: only a quote in that language asks, when a
 * version's facts are read. None for a tag Intl does not take.
 */
export function weekdayNamesOf(lang: string): string[][] {
  let names = cldrWeekdays.get(lang);
  if (!names) {
    try {
      const format = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
      // 7 January 2024 was a Sunday.
      names = [0, 1, 2, 3, 4, 5, 6].map((day) => fold(format.format(Date.UTC(2024, 0, 7 + day))).split(/[^\p{L}]+/u).filter(Boolean));
    } catch {
      names = [];
    }
    cldrWeekdays.set(lang, names);
  }
  return names;
}

let seasonMap: ReadonlyMap<string, string> | undefined;
/** Seasons in French and English to their English name. */
export const seasons = (): ReadonlyMap<string, string> => (seasonMap ??= new Map(Object.entries(factsWords().seasons)));

let prefixMap: ReadonlyMap<string, string> | undefined;
/** Words before a date that bound it: "d'ici le 1er novembre" = by 1 November. */
export const datePrefixes = (): ReadonlyMap<string, string> => (prefixMap ??= new Map(factsWords().datePrefixes));

/** Relative periods, folded as the lexer splits them, to an English label and a day offset range. */
export const relativePeriods = (): readonly (readonly [string, string, (readonly [number, number])?])[] => factsWords().relative;
