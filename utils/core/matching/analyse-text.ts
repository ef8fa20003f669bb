/**
 * Turns a piece of text (a sentence, a quote, a statement) into the features
 * the matcher compares: stemmed content words, proper-name keys, figures,
 * negation and compass directions.
 */
import { isNotContraction, opensDenialClause, type Direction } from './cues';
import { cjkPieces, hasCjk, type CjkPiece } from './cjk';
import { readFigures, type Figure, type FigureKind } from './figures';
import { PERCENT, percentUnitAt, percentUnitBefore } from './percent-words';
import { currencyOfSign, currencyWordAfter } from './currency-words';
import { guessLanguage, languageTools } from './languages';
import { lex, type RawToken } from './lex';
import { stripAccents, unifyTypography } from './normalise-text';
import { keyCountryPhrases } from './country-keys';
import { weekdayFrom, weekdayTable } from './weekday-keys';
import { directionHeads } from './direction-heads';
import { ACRONYM, lexemesOf } from './lexemes';

export interface WordUnit {
  /** Stem of the lowercased folded word. */
  stem: string;
  /** Spelling-tolerant key when the word looks like a proper name, else ''. */
  entity: string;
  /** The word as written (folded), for explanations. */
  surface: string;
  stop: boolean;
  start: number;
  end: number;
}

export interface FigureUnit {
  key: string;
  kind: FigureKind;
  surface: string;
}

export interface Analysis {
  lang: string;
  words: WordUnit[];
  figures: FigureUnit[];
  negated: boolean;
  /** A denial predicate ("denies", "nie", "niega"): counted in `negated` too, and apart (see denialMismatch). */
  denied: boolean;
  /**
   * A denial in a clause after the claim, that a relative opens (", which Moscow denies", ", ce que dément
   * la direction"): the sentence states the claim and reports its denial, so neither `negated` nor `denied`.
   */
  deniedLater: boolean;
  /** Person-like names, their two words (two capitalised words in a row: "Lloyd Austin", "Kyrylo
   *  Budanov"; the last one's entity is the key): who a statement is attributed to. Places and
   *  institutions look the same ("White House"): see person-names.ts. */
  persons: [WordUnit, WordUnit][];
  /** Compass directions with the word they qualify: "N|kr" for "Corée du Nord"
   *  and "North Korea" alike (see directionHeads). */
  directions: Set<string>;
}

export { HEAD_REACH } from './direction-heads';

export { ACRONYM } from './lexemes';

/** Languages that capitalise every noun: two capitalised words in a row ("Khartum Hilfsorganisationen",
 *  "Der Antrag") say nothing of a person there. */
export const NOUNS_CAPITALISED = new Set(['de', 'lb']);
/** German articles, article contractions ("im", "zum"), possessives and demonstratives: a capitalised
 *  word they or a figure introduce, maybe after lowercase adjectives ("die neue Regierung", "30.000
 *  amerikanische Soldaten"), is a common noun, not a name. */
const GERMAN_ARTICLES = new Set(
  ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines']
    .concat(['im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins', 'ans', 'aufs'])
    .concat(['sein', 'seine', 'seinen', 'seinem', 'seiner', 'seines', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres'])
    .concat(['unser', 'unsere', 'unseren', 'unserem', 'unserer', 'dieser', 'diese', 'dieses', 'diesen', 'diesem', 'jeder', 'jede', 'jedes', 'jeden', 'jedem']),
);
/** How many lowercase words may stand between the article and its noun. */
export const ARTICLE_REACH = 3;

const isAsciiDigit = (code: number) => code >= 48 && code <= 57;

export const capsWord = (t: RawToken | undefined) => t !== undefined && t.kind === 'word' && t.text.length >= 2 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();

/** Whether token i is an acronym ("US") among words not in capitals (not a headline in capitals). */
function standaloneAcronym(tokens: RawToken[], i: number): boolean {
  return ACRONYM.test(tokens[i]!.text) && !capsWord(tokens[i - 1]) && !capsWord(tokens[i + 1]);
}

/** Languages that write their headlines and titles in sentence case: a capital inside a sentence is a name's. */
const SENTENCE_CASE = new Set(['es', 'pt', 'it', 'fr', 'ca']);

/**
 * A stop word with a capital inside a sentence ("un Estado palestino", "Estados Unidos") is a noun
 * or a name that a stop list spells like a verb ("estado", "been"): in a language that writes its
 * titles in sentence case, only a name takes a capital there.
 */
function capitalisedInside(tokens: RawToken[], i: number, text: string, lang: string): boolean {
  const t = tokens[i]!;
  if (!SENTENCE_CASE.has(lang) || i === 0 || t.text.length < 4 || t.text[0] === t.accented[0] || t.text === t.text.toUpperCase()) return false;
  return !/[.!?…:;«"“]/.test(text.slice(tokens[i - 1]!.end, t.start));
}

/** Whether token i is a German noun its article announces. */
export function articleNoun(tokens: RawToken[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 1 - ARTICLE_REACH; j--) {
    const t = tokens[j]!;
    if (GERMAN_ARTICLES.has(t.lower) || t.kind === 'number') return true;
    if (t.kind !== 'word' || t.text[0] !== t.accented[0]) return false;
  }
  return false;
}

/** "%" at a figure's end or after one space ("80%", "80 %", French's narrow space). */
const PERCENT_SIGN = /^[ \u00a0\u202f]?%/;
/** A currency sign after a figure ("1 500 €", "15$"). */
const CURRENCY_SIGN_AFTER = /^[ \u00a0\u202f]?([€$£])/;

export function analyseText(text: string, lang?: string): Analysis {
  return analyseSentence(text, lang).analysis;
}

/** A text's analysis with what joining it to the next text of a run needs (join-sentences.ts). */
export interface SentenceAnalysis {
  analysis: Analysis;
  tokens: RawToken[];
  /** The text as unifyTypography gives it: the words' offsets are into it. */
  unified: string;
}

/**
 * Token k's lowercase form, by a closure made here: one named where it is made (`const f = () => ...`)
 * is given its name again each time under tsx (esbuild's keepNames), a property definition per sentence
 * that cost the bench's scans more than the rest of the closure.
 */
const lowerOf = (tokens: RawToken[]) => (k: number) => tokens[k]?.lower;

export function analyseSentence(text: string, lang?: string): SentenceAnalysis {
  const unified = unifyTypography(text);
  const language = lang || guessLanguage(unified);
  const tools = languageTools(language);
  const tokens = lex(unified);
  const cjk = hasCjk(unified);
  // Each word token's lexeme, looked up once: the figures and the words read it.
  const lexeme = lexemesOf(tools);
  const lexemes = tokens.map((t) => (t.kind === 'word' ? lexeme(t.text) : undefined));
  const { figures, consumed } = readFigures(tokens, tools.lang, tools.stem, (i) => lexemes[i]!.apartFromFigures);
  // "80 percent", "80 pour cent": the unit words are the figure's, as "%" is in "80 %" (percent-words.ts),
  // and a share is another figure than a count: "3 percent" is not "three times a week".
  const lowerAt = lowerOf(tokens);
  const percents = new Set<number>();
  // The unit's own number words are no figure: Greek "τοις εκατό" is "per hundred", not 100.
  let unitFrom = -1;
  let unitTo = -1;
  const inUnit = new Set<number>();
  figures.forEach((f, j) => {
    // Read on past the unit too: Portuguese "20 por cento dos votos" is no 102 ("cento", "dos").
    if (f.from >= unitFrom && f.from <= unitTo) {
      inUnit.add(j);
      return;
    }
    if (f.kind !== 'n') return;
    const n = percentUnitAt(lowerAt, f.to + 1, tools.lang, tools.stem);
    // Before the figure: the unit ("yüzde 80") or the sign (Turkish "%80").
    const before = n ? 0 : percentUnitBefore(lowerAt, f.from, tools.lang);
    for (let k = 1; k <= n; k++) consumed.add(f.to + k);
    for (let k = 1; k <= before; k++) consumed.add(f.from - k);
    if (n > 0) [unitFrom, unitTo] = [f.to + 1, f.to + n];
    const start = tokens[f.from]!.start;
    if (n > 0 || before > 0 || tokens[f.to]!.text.endsWith('%') || PERCENT_SIGN.test(unified.slice(tokens[f.to]!.end, tokens[f.to]!.end + 2)) || (unified[start - 1] === '%' && !/\w/.test(unified[start - 2] ?? ''))) percents.add(j);
  });
  // "$15 million", "15 millions de dollars": one unit, the currency's code, at the token it is read at (currency-words.ts).
  const currencyAt = new Map<number, WordUnit>();
  figures.forEach((f, j) => {
    if (f.kind !== 'n' || percents.has(j) || inUnit.has(j)) return;
    const first = tokens[f.from]!;
    const last = tokens[f.to]!;
    const before = currencyOfSign(unified[first.start - 1]);
    const after = currencyWordAfter(lowerAt, f.to);
    const sign = after ? undefined : CURRENCY_SIGN_AFTER.exec(unified.slice(last.end, last.end + 2));
    const code = before ?? after?.code ?? currencyOfSign(sign?.[1]);
    if (!code) return;
    const unit = (start: number, end: number): WordUnit => ({ stem: code, entity: '', surface: unified.slice(start, end), stop: false, start, end });
    if (before) currencyAt.set(f.from, unit(first.start - 1, first.start));
    else if (after) {
      for (let k = f.to + 1; k <= after.to; k++) consumed.add(k);
      currencyAt.set(after.to, unit(tokens[after.to]!.start, tokens[after.to]!.end));
    } else currencyAt.set(f.to, unit(last.end + sign!.index + sign![0].length - 1, last.end + sign![0].length));
  });
  const words: WordUnit[] = [];
  const days = weekdayTable(tools.lang, tools.stem);
  const directionAt: [number, Direction][] = [];
  let negated = false;
  let denied = false;
  let deniedLater = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A number is no cue nor word: it has no lexeme (no negation or denial is written with a digit).
    const l = lexemes[i];
    if (l && (l.negator || isNotContraction(t.lower, tokens[i - 1]?.lower))) {
      if (!l.denial) negated = true;
      else if (inDenialClause(unified, tokens, i, tools.lang)) deniedLater = true;
      else negated = denied = true;
    }
    const direction = l?.direction;
    if (direction) directionAt.push([i, direction]);
    const currency = currencyAt.size > 0 ? currencyAt.get(i) : undefined;
    if (currency) words.push(currency);
    if (consumed.has(i) || !l) continue;
    // The test only when it can hold: it starts with a digit.
    if (isAsciiDigit(t.lower.charCodeAt(0)) && /^\d+$/.test(t.lower)) continue;
    const pieces = cjk ? cjkPieces(t.text, t.start) : undefined;
    if (pieces) {
      for (const p of pieces) words.push(pieceWord(p, tools));
      continue;
    }
    // A day of the week, in whatever language, is one word: "lunes", "Montag" and "Monday" (weekday-keys.ts).
    const day = weekdayFrom(days, l.days, tokens, i, unified);
    if (day) {
      words.push({ stem: day.key, entity: '', surface: unified.slice(t.start, tokens[day.to]!.end), stop: false, start: t.start, end: tokens[day.to]!.end });
      i = day.to;
      continue;
    }
    // "US", "WHO", "IT" in capitals amid ordinary words are names, not the stop words "us", "who", "it".
    const stop = (l.stopWord && !standaloneAcronym(tokens, i) && !capitalisedInside(tokens, i, unified, tools.lang)) || t.lower.length < 2;
    let entity = '';
    // "400 GB", "5 Std.": a unit's symbol after a figure is no name (unit-symbols.ts).
    const capitalised = l.upperFirst && !(tokens[i - 1]?.kind === 'number' && l.unitSymbol);
    if (!stop && capitalised && l.acronym !== undefined) entity = l.acronym;
    // A day of the week ("late Thursday", "am Dienstag") is a date, not a name (Lexeme.name).
    else if (!stop && capitalised && l.name !== undefined && !(NOUNS_CAPITALISED.has(tools.lang) && articleNoun(tokens, i))) entity = l.name;
    // A script without capitals (Arabic, Hebrew, Devanagari) names its countries in lowercase, as it were.
    else if (!stop && !capitalised && l.local !== undefined) entity = l.local;
    words.push({ stem: l.stem, entity, surface: t.text, stop, start: t.start, end: t.end });
  }
  keyCountryPhrases(words, tools.lang);
  const persons: [WordUnit, WordUnit][] = [];
  for (let i = 1; i < words.length && !NOUNS_CAPITALISED.has(tools.lang); i++) {
    const a = words[i - 1]!;
    const b = words[i]!;
    if (a.entity && b.entity && !allCaps(a.surface) && !allCaps(b.surface) && adjacent(unified, a, b)) persons.push([a, b]);
  }
  const analysis: Analysis = {
    lang: tools.lang,
    persons,
    words,
    figures: figureUnits(figures, inUnit, percents, tokens, unified),
    negated,
    denied,
    deniedLater,
    directions: directionHeads(tokens, directionAt, tools.isStopWord),
  };
  return { analysis, tokens, unified };
}

/** The figures read, as units: a percentage's key marked, those inside a unit's words left out (a loop: flatMap made two arrays per figure). */
function figureUnits(figures: readonly Figure[], inUnit: ReadonlySet<number>, percents: ReadonlySet<number>, tokens: readonly RawToken[], unified: string): FigureUnit[] {
  const out: FigureUnit[] = [];
  for (let j = 0; j < figures.length; j++) {
    if (inUnit.has(j)) continue;
    const f = figures[j]!;
    out.push({ key: percents.has(j) ? f.key + PERCENT : f.key, kind: f.kind, surface: unified.slice(tokens[f.from]!.start, tokens[f.to]!.end) });
  }
  return out;
}

/** A piece of a token of a script written without spaces (cjk.ts): a pair of characters is a word as
 *  written, with no stem nor name key, and a lone character says too little, as a one-letter word
 *  does; a Thai, Lao, Burmese or Khmer word needs no stem either (these languages do not inflect). */
function pieceWord(p: CjkPiece, tools: ReturnType<typeof languageTools>): WordUnit {
  if (p.kind === 'pair') return { stem: p.text, entity: '', surface: p.text, stop: p.text.length < 2, start: p.start, end: p.end };
  const folded = stripAccents(p.text.toLowerCase());
  return { stem: folded, entity: '', surface: p.text, stop: tools.isStopWord(folded) || folded.length < 2, start: p.start, end: p.end };
}

/** Two words separated by exactly one space (not a hyphen: "États-Unis"). */
function adjacent(text: string, a: WordUnit, b: WordUnit): boolean {
  return b.start === a.end + 1 && text[a.end] === ' ';
}

const allCaps = (word: string) => word === word.toUpperCase();

/** Punctuation that ends a clause, between two words. */
const CLAUSE_BREAK = /[,;:(\u2013\u2014]/;

/** Whether the denial at token `i` stands in a clause after another, that a relative opens (opensDenialClause). */
function inDenialClause(text: string, tokens: readonly RawToken[], i: number, lang: string): boolean {
  let k = i;
  while (k > 0 && !CLAUSE_BREAK.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k--;
  return k > 0 && opensDenialClause(tokens[k]!.lower, tokens[k + 1]?.lower, lang);
}
