/**
 * Reads figures out of lexed tokens: numbers in any written form (digits with
 * French or English grouping, decimals with a scale word, spelled numbers) and
 * dates. Each figure gets a comparison key; two texts agree on a figure when
 * they share its key.
 */
import { GROUPED, type RawToken } from './lex';
import { apartFromFigures, isDecade, numberWord, ordinalOf } from './figure-word-lookups';
import { allMonths, hundredAlone, NO_WORDS, numberLexicon, oneBeforeScale, weakMonths, WEAK_ORDINAL_BELOW, type NumberLexicon } from './number-words';
import { gluedTimeAt, timeAt } from './time-of-day';
import { gluedPrefixes, lookUnprefixed } from './glued-prefixes';
import { collectiveAt } from './collective-numerals';
import { fractionOfScaleAt, FRACTION_ARTICLES } from './fraction-of-scale';

/** n: a count or amount; y: a year; m: a month; d: a day of a month. */
export type FigureKind = 'n' | 'y' | 'm' | 'd';

/** A figure's term in the claim index: '#' and its key, whose first letter is its kind. */
export const figureTerm = (key: string) => '#' + key;
export const isFigureTerm = (term: string) => term.charCodeAt(0) === 35; /* '#' */
export const figureKeyOfTerm = (term: string) => term.slice(1);
export const figureKindOfTerm = (term: string) => term[1] as FigureKind;

export interface Figure {
  key: string;
  kind: FigureKind;
  /** Index of the first and last token the figure was read from. */
  from: number;
  to: number;
}

export interface FigureReading {
  figures: Figure[];
  /** Tokens that belong to a figure and must not also count as words. */
  consumed: Set<number>;
}

function canonical(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}

/** `grouped`: written in groups of digits ("2 000", "1,900", "2.000"), a count, never a year. */
function numberFigure(value: number, from: number, to: number, ordinal: boolean, grouped = false): Figure {
  const isYear = !ordinal && !grouped && isYearValue(value);
  return { key: (isYear ? 'y' : 'n') + canonical(value), kind: isYear ? 'y' : 'n', from, to };
}

/**
 * Reads a run of number tokens/words starting at i; returns the value, last index and whether it ends as
 * an ordinal. `one` is what stands before the run when a word does ("a million": 1, "half a million": ½).
 */
function readNumber(tokens: RawToken[], i: number, numbers: NumberLexicon, stem?: (word: string) => string, fractionArticles = NO_WORDS, one = 0): { value: number; last: number; ordinal: boolean } | undefined {
  const { joiners, weak } = numbers;
  let ordinal = false;
  let total = 0;
  let current = one;
  let last = -1;
  let sawScale = false;
  let sawDigits = false;
  let lastScale = 0;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind === 'number') {
      if (last >= 0) break; // two digit groups in a row are two numbers
      current = t.value;
      sawDigits = true;
      last = j;
      if (t.ordinal) break;
      continue;
    }
    const word = numberWord(t.lower, numbers);
    if (!word) {
      // "vingt et un": a joiner only counts when a number word follows it.
      if (last >= 0 && joiners.has(t.lower) && tokens[j + 1] && (numberWord(tokens[j + 1]!.lower, numbers) || ordinalOf(tokens[j + 1], numbers, stem) !== undefined)) continue;
      const rank = ordinalOf(t, numbers, stem);
      if (rank === undefined) break;
      // "fifth" alone, or the unit closing a round cardinal: "twenty-first", "vingt et unième". After
      // another number it is a fraction's denominator: "two thirds", "3 fifths"; after "a" too: "a
      // third of voters" is a share, not the rank 3 ("un tiers", "ein Drittel" are no ordinals).
      const prev = tokens[j - 1];
      if (last < 0 ? rank < WEAK_ORDINAL_BELOW || prev?.kind === 'number' || numbers.words.has(prev?.lower ?? '') || fractionArticles.has(prev?.lower ?? '') : sawDigits || sawScale || rank > 9 || current < 20 || current % 10 !== 0) break;
      current += rank;
      last = j;
      ordinal = true;
      break;
    }
    // "1 500 deux" is not one number, and "50 cents" is no 5,000: a hundred's word after digits is money's.
    if (sawDigits && (word.kind === 'unit' || word.kind === 'hundred')) break;
    if (word.kind === 'unit') {
      // No number puts a unit under 20 after a unit under 10: Portuguese "dois dos quais" (two of which) is no 4.
      if (last >= 0 && current % 100 > 0 && current % 100 < 10 && word.value < 20) break;
      // "quatre-vingt(s)" is 80, not 4 + 20; a unit worth a hundred after a digit's word multiplies it, as a
      // hundred does: Danish "to hundrede" is 200, where "hundrede" alone is 100 (as Russian "ста").
      current = current === 4 && word.value === 20 ? 80 : word.value === 100 && current > 0 && current < 10 ? current * 100 : current + word.value;
    } else if (word.kind === 'hundred') {
      current = (current || 1) * 100;
    } else if (current === 0 && sawScale && lastScale < word.value) {
      // A scale of a scale: "mil millones", "tausend Millionen" are 10^9.
      total *= word.value;
      lastScale = word.value;
    } else {
      total += (current || 1) * word.value;
      current = 0;
      sawScale = true;
      lastScale = word.value;
    }
    last = j;
  }
  if (last < 0) return undefined;
  const span = last - i + 1;
  const first = tokens[i]!;
  // A scale word alone ("des millions") or a weak word alone ("un", "one") is not a figure, unless a word before it stands for the number.
  // A hundred alone is ("cent personnes", "hundert Menschen"), where hundredAlone says so.
  if (first.kind === 'word' && !(ordinal && span === 1) && one === 0) {
    const w = numberWord(first.lower, numbers)!;
    if (span === 1 && (w.kind === 'scale' || weak.has(first.lower) || (w.kind === 'hundred' && !hundredAlone(tokens, i, numbers)))) return undefined;
  }
  return { value: total + current, last, ordinal };
}

function dayAt(tokens: RawToken[], i: number): number | undefined {
  const t = tokens[i];
  return t && t.kind === 'number' && Number.isInteger(t.value) && t.value >= 1 && t.value <= 31 ? t.value : undefined;
}

/** A value that reads as a year when written as one ("2000", not "2 000"). */
const isYearValue = (value: number) => Number.isInteger(value) && value >= 1900 && value <= 2100;

/**
 * The other reading of a figure's key that could be a year: "2000 soldats" reads as the year 2000, "2 000
 * soldats" as the count, and two outlets that write the same number each their way agree on it
 * (queryFeatures marks both). Undefined for any other figure.
 */
export function otherYearReading(key: string): string | undefined {
  if ((key[0] !== 'y' && key[0] !== 'n') || key.length !== 5) return undefined;
  const value = Number(key.slice(1));
  return isYearValue(value) ? (key[0] === 'y' ? 'n' : 'y') + key.slice(1) : undefined;
}

/** A count of years, never a year: "two decades" is 20, "200 decades" no year 2000. */
const yearsFigure = (value: number, from: number, to: number): Figure => ({ key: 'n' + canonical(value), kind: 'n', from, to });

/** A figure read, its tokens consumed (not a closure per text: readFigures runs on every sentence). */
function take(f: Figure, figures: Figure[], consumed: Set<number>): void {
  figures.push(f);
  for (let k = f.from; k <= f.to; k++) consumed.add(k);
}

/**
 * `lang` (a base subtag) adds its own number words (number-words.ts): "drei" is 3 in German text only.
 * With `stem`, the language's stemmer as the matcher uses it, its spelled ordinals read as their rank too.
 * `apart`, where the caller knows it, whether word token i takes no part in any figure (apartFromFigures).
 */
export function readFigures(tokens: RawToken[], lang?: string, stem?: (word: string) => string, apart?: (i: number) => boolean): FigureReading {
  const numbers = numberLexicon(lang);
  const prefixed = prefixedMonths(numbers, lang);
  // Most sentences have no word a figure is read from: they are told by one look-up per word (or the
  // caller's `apart`, which tells whether word token i is apartFromFigures, from a look-up of its own).
  const apartWord = apart ? undefined : apartFromFigures(numbers, lang, stem, prefixed);
  let any = false;
  for (let i = 0; i < tokens.length && !any; i++) any = tokens[i]!.kind === 'number' || !(apartWord ? apartWord(tokens[i]!.accented) : apart!(i));
  return any ? readAllFigures(tokens, numbers, lang, stem, prefixed) : { figures: [], consumed: new Set() };
}

/** The language, where it glues one-letter words onto its month names (glued-prefixes.ts). */
export const prefixedMonths = (numbers: NumberLexicon, lang: string | undefined): string | undefined =>
  lang !== undefined && numbers.months.size > 0 && gluedPrefixes(lang) !== undefined ? lang : undefined;

/** Every figure of the tokens (readFigures, once a word of one is among them). */
function readAllFigures(tokens: RawToken[], numbers: NumberLexicon, lang: string | undefined, stem: ((word: string) => string) | undefined, prefixed: string | undefined): FigureReading {
  const fractionArticles = FRACTION_ARTICLES[lang ?? ''] ?? NO_WORDS;
  const figures: Figure[] = [];
  const consumed = new Set<number>();
  // Dates first, so "1er novembre" is a day of November and not the figure 1.
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i]!.lower;
    // Hebrew's "במרץ" ("in March"): the month with a one-letter word glued on (glued-prefixes.ts).
    let month = allMonths().get(lower) ?? numbers.months.get(lower);
    if (month === undefined && prefixed !== undefined) month = lookUnprefixed(numbers.months, lower, prefixed);
    if (month === undefined || tokens[i]!.kind !== 'word') continue;
    // "1 November", "1er novembre", "1 de noviembre"
    let day = dayAt(tokens, i - 1);
    let from = i - 1;
    if (day === undefined && tokens[i - 1]?.lower === 'de') {
      day = dayAt(tokens, i - 2);
      from = i - 2;
    }
    let to = i;
    if (day === undefined) {
      // "November 1" (but not "November 2024", a year)
      const after = dayAt(tokens, i + 1);
      if (after !== undefined) {
        day = after;
        from = i;
        to = i + 1;
      }
    }
    if (day === undefined) {
      // A short name is a month only next to a day, as weakMonths() are ("Mei", "मई").
      if (weakMonths().has(lower) || (lower.length <= 4 && numbers.months.has(lower))) continue;
      from = i;
    }
    take({ key: `m${month}`, kind: 'm', from, to }, figures, consumed);
    if (day !== undefined) figures.push({ key: `d${month}-${day}`, kind: 'd', from, to });
  }
  for (let i = 0; i < tokens.length; i++) {
    if (consumed.has(i)) continue;
    const t = tokens[i]!;
    // "22.30 Uhr", "10:30 p.m.", "22h30", "9pm": an hour and its minutes, as "22 h 30" reads (time-of-day.ts).
    const time = (t.kind === 'number' ? timeAt(tokens, i, lang) : undefined) ?? gluedTimeAt(tokens, i);
    // "a decade", "une décennie", "ein Jahrzehnt": ten (years), as "ten years" reads.
    if (!time && t.kind === 'word' && (numbers.weak.has(t.lower) || (lang === 'en' && (t.lower === 'a' || t.lower === 'an'))) && isDecade(tokens[i + 1], numbers, stem)) {
      take(yearsFigure(10, i, i + 1), figures, consumed);
      i++;
      continue;
    }
    // "a quarter of a million", "three quarters of a billion" (fraction-of-scale.ts).
    const share = !time && lang === 'en' ? fractionOfScaleAt(tokens, i, numbers, (o) => ordinalOf(o, numbers, stem)) : undefined;
    if (share) {
      take(numberFigure(share.value, i, share.last, false, true), figures, consumed);
      i = share.last;
      continue;
    }
    // "a million", "il miliardo", "half a million", "mezzo milione": one, or half, of the scale after it.
    if (!time && t.kind === 'word' && !numbers.words.has(t.lower)) {
      const half = numbers.halves.has(t.lower);
      const at = half && (tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'an') && lang === 'en' ? i + 2 : i + 1;
      const next = tokens[at]?.kind === 'word' ? numbers.words.get(tokens[at]!.lower) : undefined;
      if (half ? next?.kind === 'scale' : oneBeforeScale(numbers, t.lower, next)) {
        const read = readNumber(tokens, at, numbers, stem, fractionArticles, half ? 0.5 : 1);
        if (read) {
          take(numberFigure(read.value, i, read.last, false), figures, consumed);
          i = read.last;
          continue;
        }
      }
    }
    const collective = !time && t.kind === 'word' && numbers.collectives.size > 0 ? collectiveAt(tokens, i, numbers) : undefined;
    if (collective) {
      take(numberFigure(collective.value, i - 1, collective.last, false), figures, consumed);
      i = collective.last;
      continue;
    }
    if (!time && t.kind === 'word' && !numberWord(t.lower, numbers) && ordinalOf(t, numbers, stem) === undefined) continue;
    if (time) {
      for (const value of time.values) take(numberFigure(value, i, time.last, false), figures, consumed);
      i = time.last;
      continue;
    }
    const read = readNumber(tokens, i, numbers, stem, fractionArticles);
    if (!read) continue;
    const ordinal = t.ordinal || read.ordinal;
    if (!ordinal && isDecade(tokens[read.last + 1], numbers, stem)) {
      take(yearsFigure(read.value * 10, i, read.last + 1), figures, consumed);
      i = read.last + 1;
      continue;
    }
    take(numberFigure(read.value, i, read.last, ordinal, t.kind === 'number' && GROUPED.test(t.text)), figures, consumed);
    i = read.last;
  }
  return { figures, consumed };
}
