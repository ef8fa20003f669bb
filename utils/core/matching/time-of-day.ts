/**
 * Times of day, read as their hour on the 24-hour clock and their minutes. The same time is written
 * "10:30 p.m." (English), "22 h 30" (French) and "22.30 Uhr" (German): read as plain numbers, the
 * first gave 10 and 30 and the last the decimal 22.3, so a German sentence stating an English claim
 * had a figure in conflict with it and none in common. Each now gives 22 and 30, as French did.
 * A time without a clock word or a.m./p.m. ("10:30") is read as before. Times glued into one word
 * ("22h30", "4h", "9pm", "10.30pm") read the same.
 */
import type { RawToken } from './lex';

/** Words after a time that say it is one: German "Uhr", "h" and "hrs" of other languages. */
const CLOCK_WORDS = new Set(['uhr', 'h', 'hrs']);
/**
 * Time zones that news agencies write after an hour ("0300 GMT", "14:30 UTC", "10.00 CET"): after
 * one, four digits are an hour and its minutes, not a count of three hundred.
 */
const ZONE_WORDS = new Set(['gmt', 'utc', 'cet', 'cest', 'bst', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'msk', 'eet', 'eest', 'jst', 'ist', 'aest', 'aedt']);
/** "0300", "1430", "2359": an hour on the 24-hour clock and its minutes in four digits. */
const FOUR_DIGIT_TIME = /^([01]\d|2[0-3])([0-5]\d)$/;

const HOUR_DOT_MINUTES = /^(\d{1,2})[.:](\d{2})$/;
/**
 * The article Spanish, Italian, Portuguese and Catalan put before an hour ("a las 23.40", "alle 23.40",
 * "às 23.40", "a les 23.40"): after it, "23.40" is a time, as "23.40 Uhr" is. These languages write a
 * decimal with a comma, so the dot says nothing else there.
 */
const HOUR_ARTICLES: Readonly<Record<string, ReadonlySet<string>>> = {
  es: new Set(['las']),
  it: new Set(['alle', 'le', 'ore']),
  pt: new Set(['as']),
  ca: new Set(['les']),
};
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;

const commaDecimal = new Map<string, boolean>();
/**
 * Whether `lang` writes a decimal with a comma (German, Dutch, Polish, Czech...: Intl's CLDR data, no
 * list here), in its own locale and in Latin America's (CLDR's "419": Spanish there writes a point).
 * There, "4.40" is no decimal: Dutch "04.40 uur", Polish "godz. 4.40", Czech "ve 4.40" are times, and
 * read as the decimal 4.4 they stood in conflict with "four people" of another wording.
 */
function writesDecimalComma(lang: string | undefined): boolean {
  if (!lang) return false;
  let comma = commaDecimal.get(lang);
  if (comma === undefined) {
    try {
      const commaIn = (locale: string) => new Intl.NumberFormat(locale).formatToParts(1.5).some((p) => p.type === 'decimal' && p.value === ',');
      comma = commaIn(lang) && commaIn(`${lang}-419`);
    } catch {
      comma = false;
    }
    commaDecimal.set(lang, comma);
  }
  return comma;
}

/** 'am' or 'pm' when token j starts one ("p.m.", "pm"); "am" alone only after minutes (German "am Dienstag"). */
function meridiem(tokens: RawToken[], j: number, withMinutes: boolean): 'am' | 'pm' | undefined {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return undefined;
  if (t.lower === 'pm') return 'pm';
  if (t.lower === 'am' && withMinutes) return 'am';
  const next = tokens[j + 1];
  if ((t.lower === 'p' || t.lower === 'a') && next?.lower === 'm' && next.start === t.end + 1) return t.lower === 'p' ? 'pm' : 'am';
  return undefined;
}

function hour24(hour: number, half: 'am' | 'pm' | undefined): number {
  if (half === 'pm' && hour < 12) return hour + 12;
  if (half === 'am' && hour === 12) return 0;
  return hour;
}

/**
 * The time of day written from number token i, if one is: the figures it gives (the hour on the
 * 24-hour clock, then the minutes unless 0) and the last token it was read from.
 */
export function timeAt(tokens: RawToken[], i: number, lang?: string): { values: number[]; last: number } | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'number') return undefined;
  let hour: number;
  let minutes = 0;
  let last = i;
  // The word after the figure: a clock word or a time zone says it is a time.
  const after = tokens[i + 1]?.lower ?? '';
  const dotted = HOUR_DOT_MINUTES.exec(t.text);
  if (dotted) {
    // "22.30 Uhr", "10.30 p.m.": one token, read as a decimal without its clock word.
    const half = meridiem(tokens, i + 1, true);
    const article = lang !== undefined && HOUR_ARTICLES[lang]?.has(tokens[i - 1]?.lower ?? '') === true;
    // "04.40" (no decimal is written with two digits before the point, the first a zero), or "4.40"
    // where decimals take a comma ("0.50" is still a stray decimal there).
    const clockDigits = (t.text.length === 5 && t.text[0] === '0') || (t.text.includes('.') && dotted[1] !== '0' && writesDecimalComma(lang));
    if (!half && !article && !clockDigits && !CLOCK_WORDS.has(after) && !ZONE_WORDS.has(after)) return undefined;
    hour = hour24(Number(dotted[1]), half);
    minutes = Number(dotted[2]);
  } else if (ONE_OR_TWO_DIGITS.test(t.text)) {
    const next = tokens[i + 1];
    // "10:30 p.m.": two tokens; "10 p.m.": one.
    const minutesNext = next?.kind === 'number' && /^\d{2}$/.test(next.text) && next.start === t.end + 1;
    const half = meridiem(tokens, minutesNext ? i + 2 : i + 1, minutesNext);
    if (!half || t.value > 12) return undefined;
    hour = hour24(t.value, half);
    if (minutesNext) {
      minutes = next.value;
      last = i + 1;
    }
  } else {
    // "0300 GMT", "1430 hrs": four digits before a zone or a clock word.
    if (!ZONE_WORDS.has(after) && after !== 'hrs') return undefined;
    const four = FOUR_DIGIT_TIME.exec(t.text);
    if (!four) return undefined;
    hour = Number(four[1]);
    minutes = Number(four[2]);
  }
  if (hour > 24 || minutes > 59) return undefined;
  return { values: minutes > 0 ? [hour, minutes] : [hour], last };
}

/** "22h30", "22H30", "4h": French and others write the hour and its minutes as one word. */
const GLUED_H = /^(\d{1,2})h(\d{2})?$/;
/** "9pm", "11am"; "30pm" after "10." or "10:" holds the minutes. */
const GLUED_MERIDIEM = /^(\d{1,2})(am|pm)$/;

function timeOf(hour: number, minutes: number, last: number): { values: number[]; last: number } | undefined {
  if (hour > 24 || minutes > 59) return undefined;
  return { values: minutes > 0 ? [hour, minutes] : [hour], last };
}

/**
 * The time of day glued into word token i ("22h30", "9pm") or split by the lexer into the hour and
 * a word of minutes ("10.30pm", "10:30pm": "10" then "30pm"), as timeAt gives it; else undefined.
 */
export function gluedTimeAt(tokens: RawToken[], i: number): { values: number[]; last: number } | undefined {
  const t = tokens[i]!;
  // Every word of a text comes here: most start with a letter.
  const first = t.text.charCodeAt(0);
  if (first < 48 || first > 57) return undefined;
  const h = GLUED_H.exec(t.lower);
  if (h) return timeOf(Number(h[1]), h[2] ? Number(h[2]) : 0, i);
  const m = GLUED_MERIDIEM.exec(t.lower);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? timeOf(hour24(Number(m[1]), m[2] as 'am' | 'pm'), 0, i) : undefined;
  const next = tokens[i + 1];
  if (!ONE_OR_TWO_DIGITS.test(t.text) || !next || next.start !== t.end + 1) return undefined;
  const minutes = /^(\d{2})(am|pm)$/.exec(next.lower);
  const hour = Number(t.text);
  if (!minutes || hour < 1 || hour > 12) return undefined;
  return timeOf(hour24(hour, minutes[2] as 'am' | 'pm'), Number(minutes[1]), i + 1);
}
