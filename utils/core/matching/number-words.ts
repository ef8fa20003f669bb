/**
 * Number and month words for the languages the seed data and common news use.
 * Small lexicons, not stop lists: they turn "dix mille" into 10000 and
 * "1er novembre" into a date so that figures compare across wordings.
 */
import type { RawToken } from './lex';
import { numberWordsOf, type LanguageNumberWords } from '@/utils/core/language/language-data';
import { lazyData } from '@/utils/core/lazy-data';

export type NumberWord = { value: number; kind: 'unit' | 'hundred' | 'scale' };

const unit = (value: number): NumberWord => ({ value, kind: 'unit' });
const scale = (value: number): NumberWord => ({ value, kind: 'scale' });
const HUNDRED: NumberWord = { value: 100, kind: 'hundred' };

const NUMBER_WORD_LIST: Record<string, NumberWord> = {
  // French
  zero: unit(0), un: unit(1), une: unit(1), deux: unit(2), trois: unit(3), quatre: unit(4),
  cinq: unit(5), six: unit(6), sept: unit(7), huit: unit(8), neuf: unit(9), dix: unit(10),
  onze: unit(11), douze: unit(12), treize: unit(13), quatorze: unit(14), quinze: unit(15),
  seize: unit(16), vingt: unit(20), vingts: unit(20), trente: unit(30), quarante: unit(40),
  cinquante: unit(50), soixante: unit(60), cent: HUNDRED, cents: HUNDRED, mille: scale(1e3),
  million: scale(1e6), millions: scale(1e6), milliard: scale(1e9), milliards: scale(1e9),
  // English
  one: unit(1), two: unit(2), three: unit(3), four: unit(4), five: unit(5), seven: unit(7),
  eight: unit(8), nine: unit(9), ten: unit(10), eleven: unit(11), twelve: unit(12),
  thirteen: unit(13), fourteen: unit(14), fifteen: unit(15), sixteen: unit(16),
  seventeen: unit(17), eighteen: unit(18), nineteen: unit(19), twenty: unit(20),
  thirty: unit(30), forty: unit(40), fifty: unit(50), sixty: unit(60), seventy: unit(70),
  eighty: unit(80), ninety: unit(90), hundred: HUNDRED, thousand: scale(1e3),
  billion: scale(1e9), billions: scale(1e9), bn: scale(1e9), mln: scale(1e6), trillion: scale(1e12), trillions: scale(1e12), tn: scale(1e12),
  // Spanish
  dos: unit(2), tres: unit(3), cuatro: unit(4), cinco: unit(5), seis: unit(6), siete: unit(7),
  ocho: unit(8), nueve: unit(9), diez: unit(10), veinte: unit(20), treinta: unit(30),
  cien: HUNDRED, mil: scale(1e3), millon: scale(1e6), millones: scale(1e6),
  // Abbreviations after a number ("5 Mio.", "2 tys.", "1,2 mld") are each language's own scale words
  // (number-words-data.json: n2words' spellings and CLDR's compact notation).
};

/** Words that are also articles or common words: a figure only before a scale word. */
export const WEAK_NUMBER_WORDS = new Set(['un', 'une', 'one', 'neuf', 'cent', 'cents', 'six', 'sept', 'dos', 'mil']);

/**
 * Weak words that are plainly numbers in some languages: there they are figures alone ("six hours",
 * "dos décadas", "sept ans"); elsewhere they stay weak ("dos" is a back in French, "Sept" September in English).
 */
const NUMBER_IN: Record<string, readonly string[]> = { six: ['en', 'fr'], sept: ['fr'], dos: ['es'] };

/** Joiners allowed inside a spelled number ("vingt et un", "one hundred and five"). */
export const NUMBER_JOINERS = new Set(['et', 'and', 'y']);

const MONTH_LIST: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8,
  septiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  jan: 1, feb: 2, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Month names that are also ordinary words or abbreviations: a month only next to a day. */
const WEAK_MONTH_LIST = ['may', 'mars', 'march', 'mai', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** Words the built-in lists know (scripts/build-month-names.ts adds only other names). */
export const BUILT_IN_MONTH_AND_NUMBER_WORDS: ReadonlySet<string> = new Set([...Object.keys(MONTH_LIST), ...Object.keys(NUMBER_WORD_LIST)]);

/**
 * The month names of more languages from CLDR (month-names.json, scripts/build-month-names.ts) are data,
 * not code: the extension reads them from its own file, `words/cldr-months.*` (extension-files.ts), when
 * a text's figures are first read, so that the background does not carry their 1.6 KB (1 KB gzip) at
 * every worker start. Node sets them from the JSON (scripts/lib/node-language-data.ts).
 */
const cldrMonths = lazyData<Record<string, number>>('month names of CLDR');
export const setMonthNamesSource = cldrMonths.set;

// Maps, not object lookups: a text word like "constructor" must not hit Object.prototype.
export const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = new Map(Object.entries(NUMBER_WORD_LIST));
let months: ReadonlyMap<string, number> | undefined;
let weakMonthSet: ReadonlySet<string> | undefined;
/** The list above and CLDR's month names, read in a text of any language: made on first use. */
export const allMonths = (): ReadonlyMap<string, number> => (months ??= new Map([...Object.entries(MONTH_LIST), ...Object.entries(cldrMonths.get())]));
/** Short CLDR names are often words too ("mei", "maj"): a month only next to a day or a year. */
export const weakMonths = (): ReadonlySet<string> => (weakMonthSet ??= new Set([...WEAK_MONTH_LIST, ...Object.keys(cldrMonths.get()).filter((name) => name.length <= 4)]));

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

const NO_WORDS: ReadonlySet<string> = new Set();
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

/** The list above, read in a text of any language (the seed and the starter data are French and English). */
export const BASE_NUMBERS: NumberLexicon = { words: NUMBER_WORDS, joiners: NUMBER_JOINERS, weak: WEAK_NUMBER_WORDS, ordinals: new Map(), ordinalStarts: new Set(), decades: new Set(), months: new Map(), ones: NO_WORDS, halves: NO_WORDS, negators: NO_WORDS, denials: NO_WORDS, denialOpeners: NO_WORDS, collectives: NO_COLLECTIVES, collectiveArticles: NO_WORDS, collectiveOf: NO_WORDS };

const lexicons = new Map<string, NumberLexicon>();

/**
 * Adds a language's generated words to the list above, for its texts only: "elf" is 11 in German
 * and an elf in English, "once" 11 in Spanish. A word the list has keeps the list's reading, but for a
 * hundred the language spells alone so ("cien").
 */
export function setNumberWords(lang: string, data: LanguageNumberWords): void {
  const words = new Map<string, NumberWord>();
  for (const [word, value] of Object.entries(data.units)) words.set(word, unit(value));
  for (const word of data.hundreds) words.set(word, HUNDRED);
  for (const [word, value] of Object.entries(data.scales)) words.set(word, scale(value));
  // The list's reading, but where the language spells a hundred alone with the list's word for one before
  // the rest of a number: Spanish "cien personas" is 100, "cien" elsewhere stays no figure alone.
  for (const [word, value] of NUMBER_WORDS) if (!(value.kind === 'hundred' && words.get(word)?.kind === 'unit' && words.get(word)?.value === value.value)) words.set(word, value);
  lexicons.set(lang, {
    words,
    joiners: new Set([...NUMBER_JOINERS, ...data.joiners]),
    // The language's own hundred, alone, is one ("cent personnes"); its forms after a number are weak (build-number-words.ts).
    weak: new Set([...WEAK_NUMBER_WORDS, ...data.weak.filter((w) => !NUMBER_WORDS.has(w) || WEAK_NUMBER_WORDS.has(w))].filter((w) => !NUMBER_IN[w]?.includes(lang) && !(data.hundreds.includes(w) && !data.weak.includes(w)))),
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
  if (lang === undefined) return BASE_NUMBERS;
  let lexicon = lexicons.get(lang);
  if (!lexicon) {
    const data = numberWordsOf(lang);
    if (!data) lexicons.set(lang, BASE_NUMBERS);
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
