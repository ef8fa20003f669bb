import { fold } from '@/utils/core/facts/text';

/** Words for reading dates in French and English (and weekdays/seasons in a few more languages). */

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const WEEKDAY_LIST: Record<string, number> = {
  lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 0,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 0,
  lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6, domingo: 0,
  montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonntag: 0,
};
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(Object.entries(WEEKDAY_LIST));
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

const SEASON_LIST: Record<string, string> = {
  printemps: 'spring', ete: 'summer', automne: 'autumn', hiver: 'winter',
  spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter',
};
export const SEASONS: ReadonlyMap<string, string> = new Map(Object.entries(SEASON_LIST));

/** Words before a date that bound it: "d'ici le 1er novembre" = by 1 November. */
const PREFIX_LIST: [string, string][] = [
  ['d ici', 'by'], ['d ici a', 'by'], ['by', 'by'], ['avant', 'before'], ['before', 'before'], ['jusqu au', 'until'], ['jusqu a', 'until'],
  ['until', 'until'], ['till', 'until'], ['depuis', 'since'], ['since', 'since'], ['a partir du', 'from'], ['from', 'from'], ['des', 'from'],
  ['apres', 'after'], ['after', 'after'], ['au plus tard', 'by'], ['no later than', 'by'], ['fin', 'end of'], ['end of', 'end of'],
  ['debut', 'early'], ['early', 'early'], ['mi', 'mid'], ['mid', 'mid'], ['late', 'late'], ['in late', 'late'], ['in early', 'early'],
  // Spanish, Italian, Portuguese, German and Dutch (with the article "desde el", "bis zum" take).
  ['desde', 'since'], ['desde el', 'since'], ['dal', 'since'], ['seit', 'since'], ['sinds', 'since'],
  ['hasta', 'until'], ['bis', 'until'], ['bis zum', 'until'], ['tot', 'until'], ['entro', 'by'],
];
export const DATE_PREFIXES: ReadonlyMap<string, string> = new Map(PREFIX_LIST);

/** Relative periods, folded as the lexer splits them, to an English label and a day offset range. */
export const RELATIVE: [string, string, [number, number]?][] = [
  ['au cours des derniers jours', 'in the last few days', [-7, 0]], ['ces derniers jours', 'in the last few days', [-7, 0]],
  ['les derniers jours', 'in the last few days', [-7, 0]], ['in recent days', 'in the last few days', [-7, 0]],
  ['in the past few days', 'in the last few days', [-7, 0]], ['in the last few days', 'in the last few days', [-7, 0]],
  ['over the past few days', 'in the last few days', [-7, 0]], ['over the last few days', 'in the last few days', [-7, 0]],
  ['dans les prochains jours', 'in the coming days', [0, 7]], ['in the coming days', 'in the coming days', [0, 7]],
  ['la semaine derniere', 'last week', [-7, -1]], ['last week', 'last week', [-7, -1]], ['la semaine prochaine', 'next week', [1, 7]],
  ['next week', 'next week', [1, 7]], ['cette semaine', 'this week', [-3, 3]], ['this week', 'this week', [-3, 3]],
  ['le mois dernier', 'last month', [-31, -1]], ['last month', 'last month', [-31, -1]], ['le mois prochain', 'next month', [1, 31]],
  ['next month', 'next month', [1, 31]], ['ce mois ci', 'this month'], ['this month', 'this month'],
  ['l an dernier', 'last year'], ['l annee derniere', 'last year'], ['last year', 'last year'], ['l an prochain', 'next year'],
  ['l annee prochaine', 'next year'], ['next year', 'next year'], ['cette annee', 'this year'], ['this year', 'this year'],
  ['hier', 'yesterday', [-1, -1]], ['yesterday', 'yesterday', [-1, -1]], ['avant hier', 'the day before yesterday', [-2, -2]],
  ['aujourd hui', 'today', [0, 0]], ['today', 'today', [0, 0]], ['demain', 'tomorrow', [1, 1]], ['tomorrow', 'tomorrow', [1, 1]],
  ['ce week end', 'this weekend'], ['this weekend', 'this weekend'], ['le week end dernier', 'last weekend'], ['last weekend', 'last weekend'],
  ['recemment', 'recently'], ['recently', 'recently'],
];
