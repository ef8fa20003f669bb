/**
 * The words figures are read from, looked up for figures.ts: spelled ordinals, numbers written as one
 * word, the word for a decade, and which words of a language take no part in any figure.
 */
import { boundedMemo } from '@/utils/core/bounded-memo';
import { foldLower, type RawToken } from './lex';
import { allMonths, type NumberLexicon, type NumberWord } from './number-words';
import { lookUnprefixed } from './glued-prefixes';

/** The rank a spelled ordinal stands for ("fifth", "zweiten"), through the language's stemmer; undefined for any other word. */
export function ordinalOf(t: RawToken | undefined, numbers: NumberLexicon, stem: ((word: string) => string) | undefined): number | undefined {
  if (!stem || !t || t.kind !== 'word' || !numbers.ordinalStarts.has(t.lower.slice(0, 3))) return undefined;
  return numbers.ordinals.get(stem(t.accented));
}

/**
 * A number written in one word where the language writes its thousands so ("quattromila",
 * "dreihundertfünfzigtausend", "vierduizend", "fyratusen"): the word read as the language's units
 * (0-99 and the hundreds, each one word) around the word for thousands. Undefined for any other word:
 * "Tausende", "Zehntausende", "Milano" leave a piece that is no number.
 */
export function closedNumber(word: string, numbers: NumberLexicon): NumberWord | undefined {
  const thousands = numbers.thousands;
  if (!thousands || word.length <= thousands.length || !word.includes(thousands)) return undefined;
  let total = 0;
  let current = 0;
  let pieces = 0;
  for (let at = 0; at < word.length; pieces++) {
    if (word.startsWith(thousands, at)) {
      if (total > 0) return undefined;
      total = (current || 1) * 1000;
      current = 0;
      at += thousands.length;
      continue;
    }
    let length = 0;
    let value = 0;
    for (const [w, n] of numbers.words) {
      if (n.kind === 'unit' && n.value < 1000 && w.length > length && word.startsWith(w, at)) {
        length = w.length;
        value = n.value;
      }
    }
    // Units after units only as a hundred and what follows it ("dreihundert" "fünfzig").
    if (length === 0 || (current !== 0 && (current % 100 !== 0 || value >= 100))) return undefined;
    current += value;
    at += length;
  }
  return pieces >= 2 && total > 0 ? { value: total + current, kind: 'unit' } : undefined;
}

/** The number word `lower` is in a text with these numbers, if any. */
export function numberWord(lower: string, numbers: NumberLexicon): NumberWord | undefined {
  return numbers.words.get(lower) ?? closedNumber(lower, numbers);
}

/** Whether the token is the word for a decade in the text's language ("decades", "décennies", "Jahrzehnten"). */
export function isDecade(t: RawToken | undefined, numbers: NumberLexicon, stem: ((word: string) => string) | undefined): boolean {
  if (stem === undefined || t === undefined || t.kind !== 'word' || numbers.decades.size === 0) return false;
  return numbers.decades.has(stem(t.accented)) || numbers.decades.has(`=${t.lower}`);
}

/**
 * Per number lexicon, language and stemmer: whether a word (lowercase, accents kept: a token's
 * `accented`) takes no part in any figure that readAllFigures reads. A figure is read from a number
 * written in digits, a month's name, a number word ("drei", "quattromila"), a collective numeral
 * ("centaine"), a spelled ordinal or the word for a decade; the words read with them ("a", "half",
 * "of", "de") count only beside one of those. Made on the word's first look-up.
 */
const apartMemos = new WeakMap<NumberLexicon, Map<string, { stem: ((word: string) => string) | undefined; apart: (accented: string) => boolean }[]>>();

export function apartFromFigures(numbers: NumberLexicon, lang: string | undefined, stem: ((word: string) => string) | undefined, prefixed: string | undefined): (accented: string) => boolean {
  let byLang = apartMemos.get(numbers);
  if (!byLang) apartMemos.set(numbers, (byLang = new Map()));
  const key = lang ?? '';
  // One memo per stemmer: the facts reader asks without one, the matcher with its language's.
  let entries = byLang.get(key);
  if (!entries) byLang.set(key, (entries = []));
  const known = entries.find((e) => e.stem === stem);
  if (known) return known.apart;
  const apart = boundedMemo<boolean>((accented) => {
    // A word starting with a digit ("22h30", "9pm", "155mm") is read (time-of-day.ts).
    if (isDigitCode(accented.charCodeAt(0))) return false;
    const lower = foldLower(accented);
    if (allMonths().has(lower) || numbers.months.has(lower) || (prefixed !== undefined && lookUnprefixed(numbers.months, lower, prefixed) !== undefined)) return false;
    if (numberWord(lower, numbers) !== undefined || numbers.collectives.has(lower)) return false;
    const t: RawToken = { text: accented, accented, lower, kind: 'word', value: NaN, ordinal: false, start: 0, end: 0 };
    return ordinalOf(t, numbers, stem) === undefined && !isDecade(t, numbers, stem);
  }, APART_GENERATION);
  entries.push({ stem, apart });
  return apart;
}

/** Words per generation of each language's memo of words apart from figures (bounded-memo.ts). */
const APART_GENERATION = 10_000;

const isDigitCode = (code: number) => code >= 48 && code <= 57;
