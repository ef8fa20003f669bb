/**
 * The analysis of a run of consecutive sentences (scoredSpans also scores short runs), put together
 * from the analyses of its sentences instead of analysing the run's text again: a third of the
 * characters a scan analysed were runs'. The words, figures, persons and directions are the
 * sentences' own, the words' offsets moved to where the run's unified text has them, the figures
 * in the order readFigures gives (every date before every number).
 *
 * That equals analyseText of the run's text only when nothing is read across a sentence's end. At a
 * seam where something may be (two characters the lexer would join into a token, a figure or a date
 * read on, a time of day, "n't", a direction and its head, an acronym's neighbours, a German article before a
 * noun, a person's two names), joinSentences gives undefined and the caller analyses the text.
 * tests/unit/matching/join-sentences.test.ts compares both on the runs of real pages.
 */
import { ACRONYM, ARTICLE_REACH, articleNoun, capsWord, HEAD_REACH, NOUNS_CAPITALISED, type Analysis, type FigureUnit, type SentenceAnalysis, type WordUnit } from './analyse-text';
import { directionOf, isNegator } from './cues';
import type { RawToken } from './lex';
import { unifyTypography } from './normalise-text';
import { allMonths, baseNumberWords, NUMBER_JOINERS } from './number-words';

/**
 * The analysis of `parts` (analysed with one language each) and `gaps` (the text between part k and
 * part k + 1, as written) as one text, or undefined where it could differ from analysing that text.
 */
export function joinSentences(parts: readonly SentenceAnalysis[], gaps: readonly string[]): Analysis | undefined {
  const first = parts[0]!.analysis;
  const unifiedGaps: string[] = [];
  for (let k = 0; k + 1 < parts.length; k++) {
    if (parts[k + 1]!.analysis.lang !== first.lang) return undefined;
    const gap = unifyTypography(gaps[k]!);
    if (!cleanSeam(parts, k, gap, first.lang)) return undefined;
    unifiedGaps.push(gap);
  }
  const words: WordUnit[] = [];
  const dates: FigureUnit[] = [];
  const numbers: FigureUnit[] = [];
  const persons: [WordUnit, WordUnit][] = [];
  const directions = new Set<string>();
  let negated = false;
  let denied = false;
  let deniedLater = false;
  let offset = 0;
  for (let k = 0; k < parts.length; k++) {
    const { analysis, unified } = parts[k]!;
    const from = words.length;
    for (const w of analysis.words) words.push(offset === 0 ? w : { ...w, start: w.start + offset, end: w.end + offset });
    for (const [a, b] of analysis.persons) persons.push([words[from + analysis.words.indexOf(a)]!, words[from + analysis.words.indexOf(b)]!]);
    // readFigures reads the dates of the whole text, then its numbers.
    for (const f of analysis.figures) (f.kind === 'm' || f.kind === 'd' ? dates : numbers).push(f);
    for (const d of analysis.directions) directions.add(d);
    negated ||= analysis.negated;
    denied ||= analysis.denied;
    deniedLater ||= analysis.deniedLater;
    offset += unified.length + (unifiedGaps[k]?.length ?? 0);
  }
  return { lang: first.lang, persons, words, figures: dates.concat(numbers), negated, denied, deniedLater, directions };
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const WHITESPACE = /^\s+$/;
const DIGIT = /[0-9]/;
const MARK = /\p{M}/u;
/** Characters the lexer reads around a number: grouping, decimals, percent, a currency before it. */
const NUMBER_NEIGHBOURS = ' ,.%$£€¥₹';

/** Whether nothing of the text after part k's end (the gap, then part k + 1) changes what was read from either side alone. */
function cleanSeam(parts: readonly SentenceAnalysis[], k: number, gap: string, lang: string): boolean {
  const left = parts[k]!;
  const right = parts[k + 1]!;
  if (!left.unified || !right.unified) return false;
  const last = left.unified[left.unified.length - 1]!;
  const next = right.unified[0]!;
  // The lexer: a token ends at a character that is no letter, digit or mark, but "11 000" is one
  // number; a combining mark could compose with what comes before it.
  if (gap ? !WHITESPACE.test(gap) : WORD_CHAR.test(last) || NUMBER_NEIGHBOURS.includes(last)) return false;
  if (MARK.test(next) || (DIGIT.test(last) && DIGIT.test(next))) return false;
  // Plain calls, no closure per seam: esbuild's keepNames, as tsx runs the benchmarks, names each closure as it is made.
  const a = tokenBefore(parts, k, 1);
  const b = tokenAfter(parts, k, 0);
  if (!a || !b) return true;
  // Figures: a number read on ("cinq" / "millions"), a date's day on the other side ("1er" / "mai").
  if (numeric(a) && numeric(b)) return false;
  const c = tokenAfter(parts, k, 1);
  if (month(b) && (a.kind === 'number' || a.lower === 'de')) return false;
  if (c && month(c) && b.lower === 'de' && a.kind === 'number') return false;
  if (month(a) && b.kind === 'number') return false;
  // A time of day read on ("10.30" / "p.m.", "22.30" / "Uhr": time-of-day.ts reads up to three tokens after its hour).
  if (timeWord(b) || (c && timeWord(c))) for (let n = 1; n <= 3; n++) if (tokenBefore(parts, k, n)?.kind === 'number') return false;
  // "n't" is a negation by the word before it.
  if (isNegator(b.lower, lang, a.lower) !== isNegator(b.lower, lang)) return false;
  // An acronym is a name unless its neighbours are in capitals too.
  if ((capsWord(a) && ACRONYM.test(b.text)) || (capsWord(b) && ACRONYM.test(a.text))) return false;
  // A direction looks for its head up to HEAD_REACH tokens away.
  for (let n = 0; n < HEAD_REACH; n++) if (direction(tokenBefore(parts, k, n + 1), lang) || direction(tokenAfter(parts, k, n), lang)) return false;
  if (NOUNS_CAPITALISED.has(lang)) {
    // A German noun's article may be up to ARTICLE_REACH words before it.
    const seam: RawToken[] = [];
    for (let n = ARTICLE_REACH + 1; n >= 1; n--) {
      const t = tokenBefore(parts, k, n);
      if (t) seam.push(t);
    }
    const leftCount = seam.length;
    const own = right.tokens;
    for (let n = 0; n <= ARTICLE_REACH && n < own.length; n++) {
      const t = own[n]!;
      seam.push(t);
      // Asked only of a capitalised word.
      if (t.kind === 'word' && t.text[0] !== t.accented[0] && articleNoun(seam, leftCount + n) !== articleNoun(own, n)) return false;
    }
  } else {
    // Two names one space apart are a person ("Lloyd Austin").
    const lastWord = left.analysis.words[left.analysis.words.length - 1];
    const firstWord = right.analysis.words[0];
    if (lastWord && firstWord && lastWord.end === left.unified.length && gap === ' ' && firstWord.start === 0) return false;
  }
  return true;
}

const numeric = (t: RawToken) => t.kind === 'number' || baseNumberWords().has(t.lower) || NUMBER_JOINERS.has(t.lower);
const month = (t: RawToken) => t.kind === 'word' && allMonths().has(t.lower);
/** Words time-of-day.ts reads after an hour: a.m. and p.m. in any spelling, clock words. */
const TIME_WORDS = new Set(['am', 'pm', 'a', 'p', 'm', 'uhr', 'h', 'hrs']);
const timeWord = (t: RawToken) => t.kind === 'word' && TIME_WORDS.has(t.lower);
const direction = (t: RawToken | undefined, lang: string) => t !== undefined && t.kind === 'word' && directionOf(t.lower, lang) !== undefined;

/** The n-th token (from 1) counting back from the end of part k, on into the parts before it. */
function tokenBefore(parts: readonly SentenceAnalysis[], k: number, n: number): RawToken | undefined {
  for (let p = k; p >= 0; p--) {
    const tokens = parts[p]!.tokens;
    if (n <= tokens.length) return tokens[tokens.length - n];
    n -= tokens.length;
  }
  return undefined;
}

/** The n-th token (from 0) of the parts after part k. */
function tokenAfter(parts: readonly SentenceAnalysis[], k: number, n: number): RawToken | undefined {
  for (let p = k + 1; p < parts.length; p++) {
    const tokens = parts[p]!.tokens;
    if (n < tokens.length) return tokens[n];
    n -= tokens.length;
  }
  return undefined;
}
