/**
 * A day of the week is one word to the matcher in every language: "lunes", "lunedì", "Montag",
 * "segunda-feira" and "Monday" all stem to "monday", so a Spanish sentence about schools closed on
 * Monday shares that word with the Italian claim, where the stemmers gave "lun", "luned" and "montag"
 * and the word lists read "lun" as the moon. The names are each language's own, from CLDR through
 * `Intl.DateTimeFormat`, read with the lexer that reads the texts, so they compare as its tokens do.
 */
import { lex, type RawToken } from './lex';
import { unifyTypography } from './normalise-text';
import { hasCjk } from './cjk';
import { gluedPrefixes, lookUnprefixed } from './glued-prefixes';
import { writtenWeekdays } from '@/utils/core/facts/date-words';

/** The key of each day, Sunday first: the English stem, so English text reads as it always did. */
const KEYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export interface DayName {
  /** The name's words after the first, as the lexer lowers them ("feira" of "segunda-feira"). */
  rest: string[];
  key: string;
}

export interface WeekdayTable {
  byFirst: Map<string, DayName[]>;
  /** A one-word name's stem, for its inflected forms ("среду" of "среда", "Montags" of "Montag"), and the name. */
  byStem: Map<string, DayName & { name: string }>;
  /** The first three letters of every name (headOf): most words are let go on this alone. */
  heads: Set<number>;
  /** CLDR writes the language's weekdays in lowercase ("lunes", "mardi"): a capitalised one inside a
   *  sentence is then a name's word ("Plácido Domingo", "Mardi Gras"), not the day. */
  lowercase: boolean;
  /** The language, where it glues one-letter words onto a name ("ביום שני"): every word is looked at. */
  prefixed: string | undefined;
}

/** A word's first three letters as one small integer, without making a string of them (two words may
 *  share one: it only lets most words go early). */
export const headOf = (word: string): number => ((word.charCodeAt(0) * 65599) ^ (word.charCodeAt(1) * 257) ^ word.charCodeAt(2)) & 0x3fffffff;

const tables = new Map<string, WeekdayTable>();
const NONE: WeekdayTable = { byFirst: new Map(), byStem: new Map(), heads: new Set(), lowercase: false, prefixed: undefined };

/** The day names of `lang`, made on first use: a text asks for its language's table once. */
export function weekdayTable(lang: string, stem: (word: string) => string): WeekdayTable {
  let table = tables.get(lang);
  if (table) return table;
  table = NONE;
  const written = writtenWeekdays(lang);
  // Intl falls back to another language for a tag it lacks: keep only names of the language asked for.
  if (written && written.locale.split('-')[0] === lang.split('-')[0]) {
    table = { byFirst: new Map(), byStem: new Map(), heads: new Set(), lowercase: true, prefixed: gluedPrefixes(lang) ? lang : undefined };
    written.names.forEach((name, day) => {
      // Ideographic names are read as character pairs (cjk.ts), not as words.
      const words = hasCjk(name) ? [] : lex(unifyTypography(name)).filter((t) => t.kind === 'word');
      if (words.length === 0) return;
      if (words[0]!.text[0] !== words[0]!.accented[0]) table!.lowercase = false;
      const first = words[0]!.lower;
      const list = table!.byFirst.get(first) ?? [];
      list.push({ rest: words.slice(1).map((t) => t.lower), key: KEYS[day]! });
      table!.byFirst.set(first, list);
      table!.heads.add(headOf(first));
      if (words.length === 1 && first.length >= 4) table!.byStem.set(stem(words[0]!.accented), { rest: [], key: KEYS[day]!, name: first });
    });
  }
  tables.set(lang, table);
  return table;
}

/** Sentence-ending or opening punctuation between two tokens: the next word starts a sentence or a quote. */
const SENTENCE_START = /[.!?…:;«"“(]/;

/**
 * The day of the week whose name (`table`, of the text's language) starts at token i (weekdayFrom, of the names
 * its word may start: weekdayNames, whatever its neighbours), as its key and its last
 * token, or undefined. A name of several words ("segunda-feira", "יום שני") is read only whole, its
 * words one space or hyphen apart; a name of one word also inflected, where the word has its stem and
 * all its letters but the last ("в среду", "des Montags"; all of a name of four, "Salı'da"), not where it
 * only shares the stem ("luna", the moon, stems as "lunes" does in Spanish).
 */
export function weekdayNames(table: WeekdayTable, lower: string, accented: string, stem: (word: string) => string): DayName[] | undefined {
  if (table.heads.size === 0) return undefined;
  let names = table.byFirst.get(lower);
  if (!names && table.heads.has(headOf(lower))) {
    const inflected = table.byStem.get(stem(accented));
    // A name of four letters keeps them all: "salları" (rafts) has Turkish "salı"'s stem and its first three.
    if (inflected && lower.startsWith(inflected.name.length > 4 ? inflected.name.slice(0, -1) : inflected.name)) names = [inflected];
  }
  // "ביום שני" ("on Monday"): the name with a one-letter word glued on (glued-prefixes.ts).
  if (!names && table.prefixed) names = lookUnprefixed(table.byFirst, lower, table.prefixed);
  return names;
}

/** The day named from word token i, of those its word may start (weekdayNames). */
export function weekdayFrom(table: WeekdayTable, names: readonly DayName[] | undefined, tokens: RawToken[], i: number, text: string): { key: string; to: number } | undefined {
  if (!names) return undefined;
  const t = tokens[i]!;
  if (table.lowercase && t.text[0] !== t.accented[0] && i > 0 && !SENTENCE_START.test(text.slice(tokens[i - 1]!.end, t.start))) return undefined;
  for (const name of names) {
    let ok = true;
    for (let k = 0; k < name.rest.length && ok; k++) {
      const next = tokens[i + 1 + k];
      const previous = tokens[i + k]!;
      ok = next !== undefined && next.lower === name.rest[k] && next.start - previous.end <= 1;
    }
    if (ok) return { key: name.key, to: i + name.rest.length };
  }
  return undefined;
}
