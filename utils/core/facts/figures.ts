import type { RawToken } from '@/utils/core/matching/lex';
import { readFigures } from '@/utils/core/matching/figures';
import { allMonths, numberLexicon } from '@/utils/core/matching/number-words';
import { monthNamesOf, weekdays } from '@/utils/core/facts/date-words';
import { gazetteer, soundWord } from '@/utils/core/facts/gazetteer';
import type { FigureFact, Hedge } from '@/utils/core/facts/types';
import { CURRENCY_AFTER, currencySymbols, hedges, units } from '@/utils/core/facts/figure-words';
import { measureWords } from '@/utils/core/facts/measure-words';
import { factsSet } from '@/utils/core/facts/facts-words';

/**
 * Figures of a quote: value, what is counted, the hedge, ranges, percentages, money. Numbers are
 * read by the matcher's parser (digits in any grouping, "1,2 million", numbers in words); dates and
 * years are left to the date reader.
 */

interface NumberRun {
  value: number;
  from: number;
  to: number;
}

// Words that follow a number without being what it counts ("11,000 will be ready").
const NOT_UNITS = (): ReadonlySet<string> => factsSet('notUnits');
const AMBIGUOUS_NUMBERS = new Map([['six', 6], ['sept', 7], ['neuf', 9]]);
// Word sets: determiners before a small number in words ("les deux"), the words joining a range, and starting one.
const DEFINITE = (): ReadonlySet<string> => factsSet('figureDeterminers');
const RANGE_JOIN = (): ReadonlySet<string> => factsSet('rangeJoin');
const RANGE_START = (): ReadonlySet<string> => factsSet('rangeStart');

/** The hedge written just before token i: the longest phrase of hedges() ending at i - 1. */
function hedgeBefore(toks: RawToken[], i: number): { hedge: Hedge; from: number } | undefined {
  const phrases = hedges();
  for (let n = 5; n >= 1; n--) {
    const from = i - n;
    if (from < 0) continue;
    const hedge = phrases.get(toks.slice(from, i).map((t) => t.lower).join(' '));
    if (hedge) return { hedge, from };
  }
  return undefined;
}

/**
 * What follows a figure: a unit word (two words first: "forces spéciales"), or a demonym. `measures`
 * are the quote's language's measure units (measure-words.ts), read after the short list.
 */
function unitAfter(toks: RawToken[], i: number, measures: ReadonlyMap<string, string>): { unit: string; to: number; measure: boolean } | undefined {
  const unitWords = units();
  let j = i;
  if (['de', 'd', 'of'].includes(toks[j]?.lower ?? '')) j++;
  // "11,000 North Korean troops": a demonym before the noun says whose, not what.
  const g = gazetteer();
  for (const n of [2, 1]) {
    const words = toks.slice(j, j + n);
    if (words.length === n && /^\p{Lu}/u.test(words[0]!.text) && g.demonyms.has(words.map((t) => soundWord(t.text)).join(' ')) && toks[j + n] && unitWords.has(toks[j + n]!.lower)) {
      j += n;
      break;
    }
  }
  for (const n of [3, 2, 1]) {
    const words = toks.slice(j, j + n);
    if (words.length < n) continue;
    const key = words.map((t) => t.lower).join(' ');
    const unit = unitWords.get(key);
    if (unit) return { unit: unit.name, to: j + n - 1, measure: unit.measure };
    const measure = measures.get(key);
    if (measure) return { unit: measure, to: j + n - 1, measure: true };
  }
  // "1 500 Nord-Coréens", "2,000 North Koreans": a plural demonym counts people of that country.
  for (const n of [2, 1]) {
    const words = toks.slice(j, j + n);
    if (words.length < n || !/^\p{Lu}/u.test(words[0]!.text)) continue;
    const code = g.demonyms.get(words.map((t) => soundWord(t.text)).join(' '));
    const last = words[n - 1]!.lower;
    if (code && last.endsWith('s')) return { unit: `${g.countryDemonym.get(code) ?? code}s`, to: j + n - 1, measure: false };
  }
  const next = toks[j];
  if (next && next.kind === 'word' && !/^\p{Lu}/u.test(next.text) && next.lower.length > 3 && !NOT_UNITS().has(next.lower) && !allMonths().has(next.lower) && !weekdays().has(next.lower)) return { unit: next.lower, to: j, measure: false };
  return undefined;
}

/**
 * Whether the number words of `lang` can be read now. Facts are read synchronously (inside Dexie
 * transactions), and a language's tables are loaded only once something asked for them (matching, an
 * import's index): until then a quote's figures are read with the words every language shares, and an
 * import or a save never fails for it.
 */
function numbersReady(lang: string | undefined): boolean {
  if (!lang) return false;
  try {
    numberLexicon(lang);
    return true;
  } catch {
    return false;
  }
}

export function readFigureFacts(toks: RawToken[], quote: string, lang?: string): { figures: FigureFact[]; dateTokens: Set<number> } {
  const measures = measureWords(lang);
  const symbols = currencySymbols();
  // The number words and scales of the quote's language ("drei Männer", "1,2 millioner", "250 bin"),
  // and its month names: "4 listopada" is a date, which the date reader reads.
  // `lang` is the base language already ("pt", not "pt-BR": extractFacts).
  const reading = readFigures(toks, numbersReady(lang) ? lang : undefined);
  const months = lang && lang !== 'en' && lang !== 'fr' ? monthNamesOf(lang) : undefined;
  const dateTokens = new Set<number>();
  const runs: NumberRun[] = [];
  for (const f of reading.figures) {
    // "2 000 soldats", "1,950 deaths", "2 tys.": a number written in groups or with a scale is a
    // count, whatever its value; a year is written in four plain digits.
    const grouped = f.kind === 'y' && !(f.from === f.to && /^\d{4}$/.test(toks[f.from]!.text));
    if (f.kind !== 'n' && !grouped) {
      for (let k = f.from; k <= f.to; k++) dateTokens.add(k);
      continue;
    }
    const first = toks[f.from]!;
    if (months?.has(toks[f.to + 1]?.accented.normalize('NFC') ?? '') && first.kind === 'number' && Number.isInteger(first.value) && first.value! >= 1 && first.value! <= 31) continue;
    // The matcher's key holds the value ("n11000"); an ordinal ("1er groupe") is a rank, not a figure.
    if (first.ordinal) continue;
    // "les deux pays", "the two leaders": a small spelled number after a definite article names, it does not count.
    if (first.kind === 'word' && f.from === f.to && Number(f.key.slice(1)) < 10 && DEFINITE().has(toks[f.from - 1]?.lower ?? '')) continue;
    runs.push({ value: Number(f.key.slice(1)), from: f.from, to: f.to });
  }
  // "six pays", "Six countries", "sept soldats": number words the matcher leaves out because they
  // are also other words ("six" in names, "sept" for September) count before a plural noun.
  const taken = new Set(runs.flatMap((r) => Array.from({ length: r.to - r.from + 1 }, (_, k) => r.from + k)));
  toks.forEach((t, i) => {
    const value = AMBIGUOUS_NUMBERS.get(t.lower);
    const next = toks[i + 1];
    if (value === undefined || taken.has(i) || dateTokens.has(i) || !next || next.kind !== 'word' || /^\p{Lu}/u.test(next.text)) return;
    if (!/[sx]$/.test(next.lower) || NOT_UNITS().has(next.lower) || next.lower.length < 4) return;
    runs.push({ value, from: i, to: i });
  });
  runs.sort((a, b) => a.from - b.from);
  const figures: FigureFact[] = [];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    let { from, to } = run;
    let max: number | undefined;
    // Ranges: "10 000 à 12 000", "between 10,000 and 12,000", "10-12 000".
    const next = runs[r + 1];
    const joiner = toks[to + 1];
    const dash = next && next.from === to + 1 && quote.slice(toks[to]!.end, toks[next.from]!.start).trim() === '-';
    if (next && ((joiner && RANGE_JOIN().has(joiner.lower) && next.from === to + 2) || dash) && next.value > run.value) {
      max = next.value;
      // "entre 1,1 et 1,3 million": the scale written once applies to both ends.
      const written = toks[next.from]!.kind === 'number' ? toks[next.from]!.value : NaN;
      const scale = written ? next.value / written : 1;
      if (scale >= 1000 && run.to === run.from && run.value * scale <= next.value) run.value *= scale;
      to = next.to;
      r++;
    }
    const hedge = hedgeBefore(toks, from);
    let rangeStart = from;
    if (max !== undefined && toks[from - 1] && RANGE_START().has(toks[from - 1]!.lower)) rangeStart = from - 1;
    // Money: "$1.5 billion", "1,5 milliard d'euros", "€200".
    const symbol = symbols[quote[toks[from]!.start - 1] ?? ''] ?? symbols[quote[toks[to]!.end] ?? ''];
    let unit = symbol ? { unit: symbol, to, measure: true } : unitAfter(toks, to + 1, measures);
    if (unit && CURRENCY_AFTER.has(unit.unit)) unit = { ...unit, unit: CURRENCY_AFTER.get(unit.unit)! };
    if (toks[to]!.text.endsWith('%')) unit = { unit: '%', to, measure: true };
    // "66,7 %": French puts a space before the sign.
    const spacedPercent = /^ ?%/.test(quote.slice(toks[to]!.end));
    if (spacedPercent) unit = { unit: '%', to, measure: true };
    const symbolBefore = symbol && symbols[quote[toks[from]!.start - 1] ?? ''] ? 1 : 0;
    const start = toks[hedge ? Math.min(hedge.from, rangeStart) : rangeStart]!.start - (hedge ? 0 : symbolBefore);
    const textEnd = spacedPercent ? quote.indexOf('%', toks[to]!.end) + 1 : unit?.measure ? toks[unit.to]!.end : toks[to]!.end;
    figures.push({
      value: run.value,
      ...(max !== undefined ? { max } : {}),
      ...(unit ? { unit: unit.unit } : {}),
      ...(hedge ? { qualifier: quote.slice(toks[hedge.from]!.start, toks[from - 1]!.end) } : {}),
      hedge: hedge?.hedge ?? 'exact',
      text: quote.slice(toks[rangeStart]!.start - symbolBefore, textEnd),
      start,
      end: textEnd,
    });
  }
  return { figures, dateTokens };
}
