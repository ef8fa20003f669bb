/**
 * Sentence cues that flip or redirect a statement's meaning while sharing
 * almost all of its words: negation ("cannot confirm" vs "confirms") and
 * compass directions ("North Korea" vs "South Korea", "Corée du Nord" vs
 * "Corée du Sud", "nord-coréens" vs "sud-coréens").
 */
import { baseNumbers, numberLexicon, type NumberLexicon } from './number-words';

export type Direction = 'N' | 'S' | 'E' | 'W';

// French "est" (east) is left out: it is far more often the verb "is".
const DIRECTION_LIST: Record<string, Direction> = {
  north: 'N', northern: 'N', nord: 'N', norte: 'N', nordkorea: 'N',
  south: 'S', southern: 'S', sud: 'S', sur: 'S', suedkorea: 'S', sued: 'S',
  east: 'E', eastern: 'E', oriental: 'E', este: 'E',
  west: 'W', western: 'W', ouest: 'W', occidental: 'W', oeste: 'W',
};

const OPPOSITE: Record<Direction, Direction> = { N: 'S', S: 'N', E: 'W', W: 'E' };

/** Languages where a direction word is ambiguous with a common word. */
const AMBIGUOUS_DIRECTION_LIST: Record<string, Set<string>> = {
  fr: new Set(['sur', 'este']),
  en: new Set(['sur', 'este']),
  es: new Set(['oriental', 'occidental']),
};

// Maps, not object lookups: a word like "constructor" must not hit Object.prototype.
const DIRECTIONS = new Map(Object.entries(DIRECTION_LIST));
const AMBIGUOUS_DIRECTION = new Map(Object.entries(AMBIGUOUS_DIRECTION_LIST));
const NO_WORDS: ReadonlySet<string> = new Set<string>();
/**
 * A language's negations ("not", "nessun", "geen") and denial predicates ("denies", "nie", "niega",
 * "bestritt": "X denies Y" says the opposite of "Y", so for agreement they count as negation). They
 * ship with its number words (scripts/lib/cue-words.ts, written into number-words-data.json), read
 * when the language is: the background pays for no language its pages and claims do not use.
 */
const cuesOf = (lang: string): NumberLexicon => (lang ? numberLexicon(lang) : baseNumbers());

/** English "n't": the "t" the lexer cuts off a word ending in "n" ("don't", "can't"). */
export const isNotContraction = (lowerWord: string, previousLower: string | undefined): boolean => lowerWord === 't' && previousLower?.endsWith('n') === true;

export function isNegator(lowerWord: string, lang: string, previousLower?: string): boolean {
  if (isNotContraction(lowerWord, previousLower)) return true;
  const cues = cuesOf(lang);
  return cues.negators.has(lowerWord) || cues.denials.has(lowerWord);
}

/** True when the word is a denial predicate ("denied", "nie", "niega", "bestritt") of `lang`. */
export function isDenial(lowerWord: string, lang: string): boolean {
  return cuesOf(lang).denials.has(lowerWord);
}

/** Whether a clause that opens with these words ("which", "ce que": `second` is the word after `first`) reports a denial of what came before it. */
export function opensDenialClause(first: string, second: string | undefined, lang: string): boolean {
  const openers = cuesOf(lang).denialOpeners;
  return openers.has(first) || openers.has(`${first} ${second}`);
}

const LETTERS = /\p{L}+/gu;

/** Whether a folded text has a denial predicate of `lang`: for a stored document, which keeps its text, not its words. */
export function textHasDenial(foldedText: string, lang: string): boolean {
  const denials = cuesOf(lang).denials;
  if (denials.size === 0) return false;
  for (const m of foldedText.matchAll(LETTERS)) if (denials.has(m[0])) return true;
  return false;
}

export function directionOf(lowerWord: string, lang: string): Direction | undefined {
  const direction = DIRECTIONS.get(lowerWord);
  if (direction === undefined || (AMBIGUOUS_DIRECTION.get(lang) ?? NO_WORDS).has(lowerWord)) return undefined;
  return direction;
}

/**
 * True when both sides qualify the same word with opposite directions and
 * not also with the same one: "South Korea" against "North Korea", "sud-coréen"
 * against "nord-coréen". Entries are "D|head" strings from analyseText. A text
 * that names both (a South Korean agency reporting on North Korea) does not
 * conflict, nor does "South Korean intelligence" with "North Korea sent".
 * "Both" and "the same one" count a place's name and its people's alike (the
 * people's key extends the name's: "Corée" kr, "coréens" krn): a claim naming
 * "la Corée du Nord" and "le renseignement sud-coréen" names both, and a sentence
 * about "Nord-Coréens" agrees with it.
 */
export function directionsConflict(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  // Most sentences and documents have no direction: then nothing is split for a pair that cannot conflict.
  if (a.size === 0 || b.size === 0) return false;
  for (const entry of a) {
    const [d, head] = entry.split('|') as [Direction, string];
    const opposite = OPPOSITE[d];
    if (b.has(`${opposite}|${head}`) && !hasOnKin(b, d, head) && !hasOnKin(a, opposite, head)) return true;
  }
  return false;
}

/** Whether `entries` qualify `head`, or a key that extends it or that it extends, with `d`. */
function hasOnKin(entries: ReadonlySet<string>, d: Direction, head: string): boolean {
  for (const entry of entries) {
    const bar = entry.indexOf('|');
    if (entry.slice(0, bar) !== d) continue;
    const other = entry.slice(bar + 1);
    if (other.startsWith(head) || head.startsWith(other)) return true;
  }
  return false;
}
