/**
 * What the analysis of a text (analyse-text.ts) reads of a word that the words around it do not
 * change, per language and per word as written: its stem, whether it is a stop word, a negation, a
 * denial or a compass direction, the days it may name, and its key as an acronym, a name or a
 * country. Made on the word's first look-up and kept in a memo: a library's and a page's words repeat,
 * and each of these was one look-up or more for every word of every text.
 */
import { boundedMemo } from '@/utils/core/bounded-memo';
import { weekdays } from '@/utils/core/facts/date-words';
import { directionOf, isDenial, isNegator, type Direction } from './cues';
import { countryKey } from './country-keys';
import { entityKey, nameForKey } from './entity-key';
import { foldLower } from './lex';
import { caseless, localCountry } from './local-countries';
import { numberLexicon, type NumberLexicon } from './number-words';
import { isUnitSymbol } from './unit-symbols';
import { apartFromFigures } from './figure-word-lookups';
import { prefixedMonths } from './figures';
import { weekdayNames, weekdayTable, type DayName, type WeekdayTable } from './weekday-keys';
import type { LanguageTools } from './languages';

export const ACRONYM = /^\p{Lu}{2,6}$/u;

export interface Lexeme {
  stem: string;
  /** In the language's stop list (a capital may still make it a name: analyse-text.ts). */
  stopWord: boolean;
  /** A negation or a denial predicate (isNegator), and a denial alone (isDenial). */
  negator: boolean;
  denial: boolean;
  direction: Direction | undefined;
  /** The day names the word may start (weekdayNames), or undefined. */
  days: DayName[] | undefined;
  /** A unit's symbol, as after a figure ("400 GB"). */
  unitSymbol: boolean;
  /** Takes no part in any figure (figure-word-lookups.ts apartFromFigures). */
  apartFromFigures: boolean;
  /** Written with a capital first. */
  upperFirst: boolean;
  /** Its key as an acronym ("~@US" for "US"), for a capitalised word whose letters make one; else undefined. */
  acronym: string | undefined;
  /** Its key as a name ("~..."; '' when too short to be one), for a capitalised word of three letters or
   *  more that is not a day of the week; else undefined. */
  name: string | undefined;
  /** Its country ("~@EG"; '' for none), for a word of a script without capitals; else undefined. */
  local: string | undefined;
}

/** Words per generation of a language's memo (bounded-memo.ts). */
const LEXEME_GENERATION = 10_000;

interface Memo {
  cues: NumberLexicon;
  days: WeekdayTable;
  lexeme: (text: string) => Lexeme;
}

/** Per language's tools; made again when its number words (negations, denials) come later. */
const memos = new WeakMap<LanguageTools, Memo>();

/** The lexeme of a word token as written (`text`: its case and accents), in the language of `tools`. */
export function lexemesOf(tools: LanguageTools): (text: string) => Lexeme {
  const cues = numberLexicon(tools.lang);
  const days = weekdayTable(tools.lang, tools.stem);
  let memo = memos.get(tools);
  if (!memo || memo.cues !== cues || memo.days !== days) {
    const lang = tools.lang;
    const apart = apartFromFigures(cues, lang, tools.stem, prefixedMonths(cues, lang));
    const lexeme = boundedMemo<Lexeme>((text) => {
      // As the lexer makes a token's lowercase forms (lex.ts).
      const accented = text.toLowerCase();
      const lower = foldLower(accented);
      const upperFirst = text[0] !== accented[0];
      let name: string | undefined;
      if (upperFirst && text.length >= 3 && !weekdays().has(lower)) {
        const key = countryKey(text, entityKey(nameForKey(lower, lang)), lang);
        name = key.length >= 2 ? '~' + key : '';
      }
      let local: string | undefined;
      if (!upperFirst && text.charCodeAt(0) >= 0x0590 && caseless(text)) {
        const code = localCountry(text, lang);
        local = code ? '~@' + code : '';
      }
      return {
        stem: tools.stem(accented),
        stopWord: tools.isStopWord(lower),
        negator: isNegator(lower, lang),
        denial: isDenial(lower, lang),
        direction: directionOf(lower, lang),
        days: weekdayNames(days, lower, accented, tools.stem),
        unitSymbol: isUnitSymbol(lower, lang),
        apartFromFigures: apart(accented),
        upperFirst,
        acronym: upperFirst && text.length <= 6 && text.length >= 2 && text === text.toUpperCase() && ACRONYM.test(text) ? '~' + countryKey(text, lower, lang) : undefined,
        name,
        local,
      };
    }, LEXEME_GENERATION);
    memos.set(tools, (memo = { cues, days, lexeme }));
  }
  return memo.lexeme;
}
