/**
 * Number and month words for the languages the seed data and common news use.
 * Small lexicons, not stop lists: they turn "dix mille" into 10000 and
 * "1er novembre" into a date so that figures compare across wordings.
 */
import type { RawToken } from './lex';
import { numberWordsOf, type LanguageNumberWords } from '@/utils/core/language/language-data';
import { baseWords } from './base-words';

export type NumberWord = { value: number; kind: 'unit' | 'hundred' | 'scale' };

const unit = (value: number): NumberWord => ({ value, kind: 'unit' });
const scale = (value: number): NumberWord => ({ value, kind: 'scale' });
const HUNDRED: NumberWord = { value: 100, kind: 'hundred' };

/** A number word's reading from its value in BaseWords.numbers: 100 is a hundred, 1,000 and more a scale. */
const numberWordOf = (value: number): NumberWord => (value === 100 ? HUNDRED : value >= 1e3 ? scale(value) : unit(value));

/** Words that are also articles or common words: a figure only before a scale word. */
export const WEAK_NUMBER_WORDS = new Set(['un', 'une', 'one', 'neuf', 'cent', 'cents', 'six', 'sept', 'dos', 'mil']);

/**
 * Weak words that are plainly numbers in some languages: there they are figures alone ("six hours",
 * "dos décadas", "sept ans"); elsewhere they stay weak ("dos" is a back in French, "Sept" September in English).
 */
const NUMBER_IN: Record<string, readonly string[]> = { six: ['en', 'fr'], sept: ['fr'], dos: ['es'] };

/** Joiners allowed inside a spelled number ("vingt et un", "one hundred and five"). */
export const NUMBER_JOINERS = new Set(['et', 'and', 'y']);

/** Month names that are also ordinary words or abbreviations: a month only next to a day. */
const WEAK_MONTH_LIST = ['may', 'mars', 'march', 'mai', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

// Maps, not object lookups: a text word like "constructor" must not hit Object.prototype.
let numberWords: ReadonlyMap<string, NumberWord> | undefined;
let months: ReadonlyMap<string, number> | undefined;
let weakMonthSet: ReadonlySet<string> | undefined;
/**
 * French, English and Spanish number words (BaseWords.numbers, bundled-base-words.ts), read in a text of any
 * language, made on first use. Abbreviations after a number ("5 Mio.", "2 tys.", "1,2 mld") are each language's
 * own scale words (number-words-data.json: n2words' spellings and CLDR's compact notation).
 */
export const baseNumberWords = (): ReadonlyMap<string, NumberWord> =>
  (numberWords ??= new Map(Object.entries(baseWords().numbers).map(([word, value]) => [word, numberWordOf(value)])));
/** French, English and Spanish month names (BaseWords.months) and CLDR's, read in a text of any language: made on first use. */
export const allMonths = (): ReadonlyMap<string, number> => (months ??= new Map([...Object.entries(baseWords().months), ...Object.entries(baseWords().cldrMonths)]));
/** Short CLDR names are often words too ("mei", "maj"): a month only next to a day or a year. */
export const weakMonths = (): ReadonlySet<string> => (weakMonthSet ??= new Set([...WEAK_MONTH_LIST, ...Object.keys(baseWords().cldrMonths).filter((name) => name.length <= 4)]));

/** The number words the parser reads in a text of one language. */
export interface NumberLexicon {
  words: ReadonlyMap<string, NumberWord>;
  joiners: ReadonlySet<string>;
  weak: ReadonlySet<string>;
  /** Ordinals by stem ("fifth", "zweit"), and the first three letters of each: most words are ruled out before they are stemmed. */
  ordinals: ReadonlyMap<string, number>;
  ordinalStarts: ReadonlySet<string>;
  /** Stems of the word for a decade: a number before it counts ten times ("two decades" is 20, as "20 years"). */
  decades: ReadonlySet<string>;
  /** The language's own month names (LanguageNumberWords.months), beside allMonths(). */
  months: ReadonlyMap<string, number>;
  /** Where thousands are one word ("quattromila", "viertausend"), what follows their number (closedNumber). */
  thousands?: string;
  /** Words that stand for one before a scale word: "a million", "il miliardo" (oneBeforeScale). */
  ones: ReadonlySet<string>;
  /** Half before a scale word: "half a million", "mezzo milione" (figures.ts). */
  halves: ReadonlySet<string>;
  /** Negations ("not", "geen") and denial predicates ("denies", "ontkent"): read by cues.ts. */
  negators: ReadonlySet<string>;
  denials: ReadonlySet<string>;
  /** What opens a clause with a denial of what came before it: "which", "ce que" (cues.ts). */
  denialOpeners: ReadonlySet<string>;
  /** Collective numerals ("centaine" 100), the articles before them and the word before their scale word (collective-numerals.ts). */
  collectives: ReadonlyMap<string, number>;
  collectiveArticles: ReadonlySet<string>;
  collectiveOf: ReadonlySet<string>;
}

export const NO_WORDS: ReadonlySet<string> = new Set();
const NO_COLLECTIVES: ReadonlyMap<string, number> = new Map();

/** Whether `article` stands for one before the scale word `scale` (NumberLexicon.ones, from scripts/lib/cue-words.ts). */
export function oneBeforeScale(numbers: NumberLexicon, article: string, scale: NumberWord | undefined): boolean {
  if (!scale || !numbers.ones.has(article)) return false;
  return scale.kind === 'scale' ? scale.value >= 1e6 || article === 'a' || article === 'an' : scale.kind === 'hundred' && (article === 'a' || article === 'an');
}

/**
 * First and second are figures only inside a longer ordinal ("twenty-first", "vingt et unième"):
 * alone they are mostly something else, "premier ministre", "first time", "second" as a unit of
 * time, "segundo" as "according to", "druhý" as "other".
 */
export const WEAK_ORDINAL_BELOW = 3;

let baseLexicon: NumberLexicon | undefined;
/** The base number words, read in a text of any language (the seed and the starter data are French and English). */
export const baseNumbers = (): NumberLexicon =>
  (baseLexicon ??= { words: baseNumberWords(), joiners: NUMBER_JOINERS, weak: WEAK_NUMBER_WORDS, ordinals: new Map(), ordinalStarts: new Set(), decades: new Set(), months: new Map(), ones: NO_WORDS, halves: NO_WORDS, negators: NO_WORDS, denials: NO_WORDS, denialOpeners: NO_WORDS, collectives: NO_COLLECTIVES, collectiveArticles: NO_WORDS, collectiveOf: NO_WORDS });

const lexicons = new Map<string, NumberLexicon>();

/**
 * Adds a language's generated words to the list above, for its texts only: "elf" is 11 in German
 * and an elf in English, "once" 11 in Spanish. A word the list has keeps the list's reading, but for a
 * hundred the language spells alone so ("cien").
 */
export function setNumberWords(lang: string, data: LanguageNumberWords): void {
  const base = baseNumberWords();
  const words = new Map<string, NumberWord>();
  for (const [word, value] of Object.entries(data.units)) words.set(word, unit(value));
  for (const word of data.hundreds) words.set(word, HUNDRED);
  for (const [word, value] of Object.entries(data.scales)) words.set(word, scale(value));
  // The list's reading, but where the language spells a hundred alone with the list's word for one before
  // the rest of a number: Spanish "cien personas" is 100, "cien" elsewhere stays no figure alone.
  for (const [word, value] of base) if (!(value.kind === 'hundred' && words.get(word)?.kind === 'unit' && words.get(word)?.value === value.value)) words.set(word, value);
  lexicons.set(lang, {
    words,
    joiners: new Set([...NUMBER_JOINERS, ...data.joiners]),
    // The language's own hundred, alone, is one ("cent personnes"); its forms after a number are weak (build-number-words.ts).
    weak: new Set([...WEAK_NUMBER_WORDS, ...data.weak.filter((w) => !base.has(w) || WEAK_NUMBER_WORDS.has(w))].filter((w) => !NUMBER_IN[w]?.includes(lang) && !(data.hundreds.includes(w) && !data.weak.includes(w)))),
    ordinals: new Map(Object.entries(data.ordinals ?? {})),
    ordinalStarts: new Set(Object.keys(data.ordinals ?? {}).map((stem) => stem.slice(0, 3))),
    decades: new Set(data.decades ?? []),
    months: new Map(Object.entries(data.months ?? {})),
    thousands: data.thousands,
    ones: data.ones ? new Set(data.ones) : NO_WORDS,
    halves: data.halves ? new Set(data.halves) : NO_WORDS,
    negators: data.negators ? new Set(data.negators) : NO_WORDS,
    denials: data.denials ? new Set(data.denials) : NO_WORDS,
    denialOpeners: data.denialOpeners ? new Set(data.denialOpeners) : NO_WORDS,
    collectives: data.collectives ? new Map(Object.entries(data.collectives)) : NO_COLLECTIVES,
    collectiveArticles: data.collectiveArticles ? new Set(data.collectiveArticles) : NO_WORDS,
    collectiveOf: data.collectiveOf ? new Set(data.collectiveOf) : NO_WORDS,
  });
}

/** The number words of a text in `lang` (a base subtag): the list above where the language has no table. */
export function numberLexicon(lang: string | undefined): NumberLexicon {
  if (lang === undefined) return baseNumbers();
  let lexicon = lexicons.get(lang);
  if (!lexicon) {
    const data = numberWordsOf(lang);
    if (!data) lexicons.set(lang, baseNumbers());
    else setNumberWords(lang, data);
    lexicon = lexicons.get(lang)!;
  }
  return lexicon;
}

/**
 * Whether the hundred's word at i, alone, is 100 ("cent personnes", "hundra personer"): not after an
 * article that stands for one before a scale word, which makes it a noun ("le cent", the coin; "a
 * hundred" is read as one hundred before this), and not capitalised as a name is, inside a sentence or
 * before another capitalised word ("la guerre de Cent Ans", "Hundred Acre Wood"; German's "Hundert
 * Menschen" too, which a sentence seldom starts with).
 */
export function hundredAlone(tokens: RawToken[], i: number, numbers: NumberLexicon): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (i > 0 && numbers.ones.has(tokens[i - 1]!.lower)) return false;
  return t.text[0] === t.accented[0] || (i === 0 && (!next || next.text[0] === next.accented[0]));
}
