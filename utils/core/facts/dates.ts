import type { RawToken } from '@/utils/core/matching/lex';
import { allMonths, weakMonths } from '@/utils/core/matching/number-words';
import { datePrefixes, monthNamesOf, MONTH_NAMES, relativeDaysOf, relativePeriods, seasons, weekdays, WEEKDAY_NAMES, weekdayNamesOf } from '@/utils/core/facts/date-words';
import type { DateFact } from '@/utils/core/facts/types';
import { fold, wordsAt } from '@/utils/core/facts/text';
import { factsSet } from '@/utils/core/facts/facts-words';
import { conjunctionsOf } from '@/utils/core/facts/place-grammar';

/**
 * Dates a quote states, absolute ("le 18 octobre", "by 1 November", "en juin dernier") or relative
 * to the article's date ("la semaine dernière", "au cours des derniers jours", "samedi"). Each gets
 * an English label (so outlets in different languages compare) and, when the article's date is
 * known, an ISO date or month.
 */

interface RelativePhrase {
  words: string[];
  label: string;
  days?: readonly [number, number];
}
/** By the quote's language ('' for English and French). */
const relativeByFirst = new Map<string, Map<string, RelativePhrase[]>>();

/**
 * The relative periods by first word, longest first (most tokens start none), made on first use; for
 * another language, after them its words for yesterday, today and tomorrow (relativeDaysOf: "ieri",
 * "i går", "wczoraj").
 */
function relativePhrases(other: string | undefined): Map<string, RelativePhrase[]> {
  let byFirst = relativeByFirst.get(other ?? '');
  if (byFirst) return byFirst;
  const phrases: RelativePhrase[] = relativePeriods().map(([phrase, label, days]) => ({ words: phrase.split(' '), label, days })).sort((a, b) => b.words.length - a.words.length);
  if (other) for (const [words, label, offset] of relativeDaysOf(other)) phrases.push({ words, label, days: [offset, offset] });
  byFirst = new Map();
  for (const p of phrases) byFirst.set(p.words[0]!, [...(byFirst.get(p.words[0]!) ?? []), p]);
  relativeByFirst.set(other ?? '', byFirst);
  return byFirst;
}
const ARTICLES = (): ReadonlySet<string> => factsSet('beforeDate');
// "lundi dernier", "mardi prochain" (word sets).
const LAST = (): ReadonlySet<string> => factsSet('lastWords');
const NEXT = (): ReadonlySet<string> => factsSet('nextWords');
const YEAR_CUES = (): ReadonlySet<string> => factsSet('yearCues');

const WEAK_MONTH_CUES = (): ReadonlySet<string> => factsSet('weakMonthCues');

interface Found {
  from: number;
  to: number;
  label: string;
  iso?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function articleDate(publishedAt?: string): Date | undefined {
  if (!publishedAt) return undefined;
  const d = new Date(publishedAt);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The year a day-and-month without a year most likely falls in: the one nearest the article. */
function nearestYear(month: number, ref: Date): number {
  const y = ref.getUTCFullYear();
  const diff = month - (ref.getUTCMonth() + 1);
  return diff > 6 ? y - 1 : diff < -6 ? y + 1 : y;
}

const intAt = (t: RawToken | undefined, lo: number, hi: number) =>
  t && t.kind === 'number' && Number.isInteger(t.value) && t.value >= lo && t.value <= hi ? t.value : undefined;

/** Endings of an ordinal day written in figures that the lexer leaves apart: Greek "17ης", Russian "17-го", "1.º", "1º". */
const ORDINAL_ENDINGS = /^(?:ης|η|ου|го|е|я|º|ª|o|a)$/u;

/** The day of a month written as an ordinal whose ending ends at token `end` ("17ης Νοεμβρίου"), and where it starts. */
function ordinalDayBefore(toks: RawToken[], end: number): { day: number; from: number } | undefined {
  const t = toks[end];
  if (!t || t.kind !== 'word') return undefined;
  const glued = /^(\d{1,2})[ºª]$/u.exec(t.text);
  if (glued) return Number(glued[1]) <= 31 ? { day: Number(glued[1]), from: end } : undefined;
  const n = toks[end - 1];
  const day = intAt(n, 1, 31);
  // Next to its figure, or one hyphen or stop apart ("17-го", "1.º").
  return day !== undefined && ORDINAL_ENDINGS.test(t.text) && t.start - n!.end <= 1 ? { day, from: end - 1 } : undefined;
}

/** A word as a language with cases writes a one-word name: its last letter changed ("w sobotę" for sobota, "ve středu" for středa). */
const inflectedAs = (word: string, name: string) => name.length >= 5 && word.length === name.length && word.slice(0, -1) === name.slice(0, -1);

const dayParts = new Map<string, string[]>();

/**
 * The first four letters of each part of the day in `lang`, folded, from the platform's CLDR data
 * (Intl's long day periods: "abends", "'s avonds", "på kvällen"): the words a compound puts after a
 * weekday ("Dienstagabend", "dinsdagavond", "fredagskvällen"). Made on first use per language.
 */
function dayPartsOf(lang: string): string[] {
  let parts = dayParts.get(lang);
  if (!parts) {
    const found = new Set<string>();
    try {
      const format = new Intl.DateTimeFormat(lang, { dayPeriod: 'long', timeZone: 'UTC' });
      for (let h = 0; h < 24; h++) for (const w of fold(format.format(Date.UTC(2024, 0, 1, h))).split(/[^\p{L}]+/u)) if (w.length >= 4) found.add(w.slice(0, 4));
    } catch {
      // A tag Intl does not take: none.
    }
    dayParts.set(lang, (parts = [...found]));
  }
  return parts;
}

/**
 * A word that starts with a one-word weekday: with an ending of up to three letters ("på tisdagen",
 * "fredagens"), or before a part of the day in one word ("Dienstagabend", "dinsdagavond",
 * "fredagskvällen"), not before any other noun ("Sonntagsfrage", the German poll).
 */
function startsAs(word: string, name: string, lang: string | undefined): boolean {
  if (name.length < 5 || word.length <= name.length || !word.startsWith(name)) return false;
  if (word.length - name.length <= 3) return true;
  const rest = word.slice(name.length);
  return lang !== undefined && dayPartsOf(lang).some((part) => rest.startsWith(part) || (rest[0] === 's' && rest.startsWith(part, 1)));
}

/** Languages that decline a weekday's name: read by `declinedAs`; those that add endings to it whole, `AGGLUTINATING`. */
const DECLINING = new Set('pl cs sk hr sl sr bs lt lv fi et hu ro tr ru uk bg be'.split(' '));
const AGGLUTINATING = new Set(['hu', 'fi', 'et', 'tr']);

/**
 * A word that is a weekday's name declined, in a language that declines them (DECLINING): a short name with
 * an ending ("kedden", of "kedd"), a long name without its last letter ("otrdien", "šeštadienį"), or with its
 * last vowel dropped before its last consonant ("понедељка", of "понедељак"). Not an adjective's ending in place
 * of the last letter: "středním" (central) would be Wednesday's.
 */
function declinedAs(word: string, name: string, lang: string | undefined): boolean {
  if (!lang || !DECLINING.has(lang) || name.length < 4) return false;
  if (word.startsWith(name)) return AGGLUTINATING.has(lang) && word.length - name.length <= 2;
  if (name.length >= 8 && word === name.slice(0, -1)) return true;
  return name.length >= 7 && word.length === name.length && word.startsWith(name.slice(0, -2) + name.slice(-1));
}

/** The weekday of the quote's language (weekdayNamesOf) whose words start at token i, and its last token. */
function cldrWeekday(toks: RawToken[], i: number, names: string[][] | undefined, lang?: string): { day: number; to: number } | undefined {
  if (!names) return undefined;
  let day = names.findIndex((words) => words.length > 0 && wordsAt(toks, i, words));
  if (day < 0) day = names.findIndex((words) => words.length === 1 && inflectedAs(toks[i]?.lower ?? '', words[0]!));
  if (day < 0) day = names.findIndex((words) => words.length === 1 && startsAs(toks[i]?.lower ?? '', words[0]!, lang));
  if (day < 0) day = names.findIndex((words) => words.length === 1 && declinedAs(toks[i]?.lower ?? '', words[0]!, lang));
  return day >= 0 ? { day, to: i + names[day]!.length - 1 } : undefined;
}

function absolute(toks: RawToken[], i: number, ref: Date | undefined, weekdayNames?: string[][], monthNames?: ReadonlyMap<string, number>, lang?: string): Found | undefined {
  const t = toks[i]!;
  const month = t.kind === 'word' ? (allMonths().get(t.lower) ?? monthNames?.get(t.accented.normalize('NFC'))) : undefined;
  if (month === undefined) {
    // A weekday of the quote's language (its CLDR name, perhaps two words: "segunda-feira"), or of weekdays().
    const named = t.kind === 'word' && !weekdays().has(t.lower) ? cldrWeekday(toks, i, weekdayNames, lang) : undefined;
    const weekday = named?.day ?? (t.kind === 'word' ? weekdays().get(t.lower) : undefined);
    if (weekday !== undefined) {
      const end = named?.to ?? i;
      const last = LAST().has(toks[end + 1]?.lower ?? '') || toks[i - 1]?.lower === 'last';
      let iso: string | undefined;
      if (ref) {
        const d = new Date(ref);
        d.setUTCDate(d.getUTCDate() - ((ref.getUTCDay() - weekday + 7) % 7 || (last ? 7 : 0)));
        iso = isoDay(d);
      }
      const to = LAST().has(toks[end + 1]?.lower ?? '') ? end + 1 : end;
      return { from: toks[i - 1]?.lower === 'last' ? i - 1 : i, to, label: `${last ? 'last ' : ''}${WEEKDAY_NAMES[weekday]}`, iso };
    }
    const season = seasons().get(t.lower);
    if (season) {
      const before = toks[i - 1]?.lower ?? '';
      const after = toks[i + 1]?.lower ?? '';
      if (LAST().has(after) || before === 'last') return { from: before === 'last' ? i - 1 : i, to: LAST().has(after) ? i + 1 : i, label: `last ${season}` };
      if (NEXT().has(after) || before === 'next') return { from: before === 'next' ? i - 1 : i, to: NEXT().has(after) ? i + 1 : i, label: `next ${season}` };
      if (before === 'cet' || before === 'this') return { from: i - 1, to: i, label: `this ${season}` };
    }
    return undefined;
  }
  let from = i;
  let to = i;
  let day = intAt(toks[i - 1], 1, 31);
  const ordinal = day === undefined ? ordinalDayBefore(toks, i - 1) : undefined;
  if (day !== undefined) from = i - 1;
  else if (ordinal) ({ day, from } = ordinal);
  else if (['de', 'del'].includes(toks[i - 1]?.lower ?? '') && intAt(toks[i - 2], 1, 31) !== undefined) {
    // "3 de noviembre"
    day = intAt(toks[i - 2], 1, 31);
    from = i - 2;
  } else if (['de', 'del'].includes(toks[i - 1]?.lower ?? '') && ordinalDayBefore(toks, i - 2)) {
    // "1.º de março"
    ({ day, from } = ordinalDayBefore(toks, i - 2)!);
  }
  else if (/^\p{Lu}/u.test(t.text) || !weakMonths().has(t.lower)) {
    day = intAt(toks[i + 1], 1, 31);
    if (day !== undefined && !toks[i + 1]!.text.match(/^\d{4}$/)) to = i + 1;
    else day = undefined;
  }
  // "3 de noviembre de 2024": Spanish, Portuguese and Catalan put "de" before the year too.
  const ofYear = ['de', 'del'].includes(toks[to + 1]?.lower ?? '') && intAt(toks[to + 2], 1900, 2100) !== undefined;
  if (ofYear) to++;
  const year = intAt(toks[to + 1], 1900, 2100);
  if (year !== undefined) to++;
  const weak = weakMonths().has(t.lower) && day === undefined && year === undefined;
  // "mai", "mars", "May", "March" alone are often other words: a month only after a date word.
  const before = toks[i - 1]?.lower ?? '';
  if (weak && !WEAK_MONTH_CUES().has(before)) return undefined;
  if (weak && !/^\p{Lu}/u.test(t.text) && /^[a-z]/.test(t.text) && factsSet('beforeEnglishMonth').has(before)) return undefined;
  const last = day === undefined && year === undefined && LAST().has(toks[to + 1]?.lower ?? '');
  if (last) to++;
  const name = MONTH_NAMES[month - 1]!;
  const label = `${last ? 'last ' : ''}${day !== undefined ? `${day} ` : ''}${name}${year !== undefined ? ` ${year}` : ''}`;
  let iso: string | undefined;
  const y = year ?? (ref ? (last ? (month >= ref.getUTCMonth() + 1 ? ref.getUTCFullYear() - 1 : ref.getUTCFullYear()) : nearestYear(month, ref)) : undefined);
  if (y !== undefined) iso = day !== undefined ? `${y}-${pad(month)}-${pad(day)}` : `${y}-${pad(month)}`;
  return { from, to, label, iso };
}

function relative(toks: RawToken[], i: number, ref: Date | undefined, other: string | undefined): Found | undefined {
  for (const p of relativePhrases(other).get(toks[i]!.lower) ?? []) {
    let k = 0;
    while (k < p.words.length && toks[i + k]?.lower === p.words[k]) k++;
    if (k < p.words.length) continue;
    let iso: string | undefined;
    if (ref && p.days) {
      const d = new Date(ref);
      d.setUTCDate(d.getUTCDate() + p.days[0]);
      iso = isoDay(d);
    }
    return { from: i, to: i + k - 1, label: p.label, iso };
  }
  // "il y a trois jours", "three days ago" are left to the figures: the label would only repeat them.
  return undefined;
}

function year(toks: RawToken[], i: number, figureTokens: Set<number>): Found | undefined {
  const y = intAt(toks[i], 1900, 2100);
  if (y === undefined || figureTokens.has(i) || toks[i]!.text.length !== 4) return undefined;
  if (!YEAR_CUES().has(toks[i - 1]?.lower ?? '')) return undefined;
  return { from: i, to: i, label: String(y), iso: String(y) };
}

/** "les 22 et 23 octobre", "el 22 y el 23 de octubre", "22. und 23. Oktober": the first of two days that share the month after them. */
function listedDay(toks: RawToken[], from: number, lang: string | undefined): { day: number; at: number } | undefined {
  let k = from - 1;
  if (ARTICLES().has(toks[k]?.lower ?? '')) k--;
  if (!conjunctionsOf(lang ?? 'en')?.has(toks[k]?.lower ?? '')) return undefined;
  const day = intAt(toks[k - 1], 1, 31);
  return day === undefined ? undefined : { day, at: k - 1 };
}

/** The bound written before a date ("d'ici", "by", "avant", "depuis"), skipping an article. */
function prefixBefore(toks: RawToken[], from: number): { label: string; from: number } | undefined {
  const one = (at: number): { label: string; from: number } | undefined => {
    for (const n of [3, 2, 1]) {
      if (at - n < 0) continue;
      const label = datePrefixes().get(toks.slice(at - n, at).map((t) => t.lower).join(' '));
      if (label) return { label, from: at - n };
    }
    if (ARTICLES().has(toks[at - 1]?.lower ?? '') && at - 1 > 0 && at === from) return one(at - 1);
    return undefined;
  };
  const inner = one(from);
  if (!inner) return undefined;
  // "by the end of March", "d'ici fin mars": two bounds in a row.
  const outer = one(inner.from);
  return outer && outer.label !== inner.label ? { label: `${outer.label} ${inner.label}`, from: outer.from } : inner;
}

export function readDates(toks: RawToken[], quote: string, publishedAt: string | undefined, figureTokens: Set<number>, lang?: string): DateFact[] {
  const ref = articleDate(publishedAt);
  // English and French weekdays are read from weekdays() (with "lundi dernier", "last Monday").
  const other = lang && lang !== 'en' && lang !== 'fr' ? lang : undefined;
  const weekdayNames = other ? weekdayNamesOf(other) : undefined;
  const monthNames = other ? monthNamesOf(other) : undefined;
  const out: DateFact[] = [];
  for (let i = 0; i < toks.length; i++) {
    const f = relative(toks, i, ref, other) ?? absolute(toks, i, ref, weekdayNames, monthNames, other) ?? year(toks, i, figureTokens);
    if (!f) continue;
    const first = /^\d/.test(f.label) ? listedDay(toks, f.from, lang) : undefined;
    if (first) {
      const t = toks[first.at]!;
      out.push({ text: t.text, label: f.label.replace(/^\d+/, String(first.day)), ...(f.iso ? { iso: f.iso.replace(/\d+$/, pad(first.day)) } : {}), start: t.start, end: t.end });
    }
    const prefix = f.label.startsWith('last') || f.label.startsWith('next') ? undefined : prefixBefore(toks, f.from);
    const from = prefix ? prefix.from : f.from;
    const start = toks[from]!.start;
    const end = toks[f.to]!.end;
    out.push({ text: quote.slice(start, end), label: prefix ? `${prefix.label} ${f.label}` : f.label, ...(f.iso ? { iso: f.iso } : {}), start, end });
    i = f.to;
  }
  return out;
}
