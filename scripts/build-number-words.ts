/**
 * Writes utils/core/matching/number-words-data.json: for each language the engine has a stemmer for
 * and n2words spells, the number words the figure parser reads ("drei", "zweiundzwanzig",
 * "duecento", "milhões"), folded as the lexer folds words. Made from n2words' cardinals (MIT): the
 * spellings of 0-99, of the hundreds and of 1 and 2 of each scale, cut into tokens by lex() itself.
 * Every spelling is read back through readFigures, and one that does not read as its value is
 * printed (it is a case the parser does not handle, not a wrong table entry).
 * Also the ordinals ("fünfte", "cinquième", "fifth"), from n2words' toOrdinal of 1-99, keyed by
 * the stem the matcher gives them in their language, so that one key serves every form the stemmer
 * folds together ("zweiten", "quinta", "пятого"); see ordinalsOf. And the other genders and cases of
 * the cardinals, from CLDR's spelled-out rules ("duzentas", "пяти", "δεκατέσσερις": withGenders,
 * scripts/lib/gender-number-words.ts), each read back too.
 *
 *   npx tsx scripts/build-number-words.ts
 */
import { writeFileSync } from 'node:fs';
import { addCompactScales, addMonthNames } from './lib/cldr-number-words';
import { lex } from '@/utils/core/matching/lex';
import { unifyTypography } from '@/utils/core/matching/normalise-text';
import { stemmerOf, type LanguageNumberWords } from '@/utils/core/language/language-data';
import { lexiconBetween, LEXICON_LANGS } from '@/utils/core/lexicon/lexicons';
import { genderSpellings, HOMOGRAPHS, withGenders, words } from './lib/gender-number-words';
import { RBNF_LANGS, rbnfSpeller, readBackRbnf, withCues } from './lib/number-word-extras';
import { hundredsAlone } from './lib/hundreds-alone';

/**
 * n2words' locale for each base language the engine stems (language-data.ts; hy, eu, ca, ga, sl have
 * none), and Polish and Greek, whose news the matcher reads without a stemmer (cardinals only). Not Arabic or Tamil: their 11-19 and 91-99 put the unit first as separate words, which the
 * parser adds up wrong (most of their spellings did not read back).
 */
export const NUMBER_LOCALES: Record<string, string> = {
  cs: 'cs-CZ', da: 'da-DK', nl: 'nl-NL', en: 'en-US', fi: 'fi-FI', fr: 'fr-FR', de: 'de-DE',
  hu: 'hu-HU', it: 'it-IT', no: 'nb-NO', nb: 'nb-NO', pt: 'pt-PT', ro: 'ro-RO', ru: 'ru-RU', es: 'es-ES',
  sv: 'sv-SE', tr: 'tr-TR', pl: 'pl-PL', el: 'el-GR',
};

const SCALES = [1e3, 1e6, 1e9, 1e12];

/**
 * Languages that write their thousands in one word where n2words spells two ("två tusen"): the
 * Swedish and Norwegian language councils write "tvåtusen", "totusen", as their newspapers do.
 */
const CLOSED_THOUSANDS: Record<string, string> = { sv: 'tusen', no: 'tusen', nb: 'tusen' };

/** One language's table from its spelling function. */
export function numberWordsOf(spell: (n: number) => string, ordinals?: Record<string, number>, writtenClosed?: string): LanguageNumberWords {
  const units: Record<string, number> = {};
  const hundreds = new Set<string>();
  const scales: Record<string, number> = {};
  const joiners = new Set<string>();
  const weak = new Set<string>();
  const add = (word: string, value: number) => {
    if (!(word in units)) units[word] = value;
  };
  // Single-word spellings first: "elf", "zweiundzwanzig", "ventidue", "duecento".
  const multi: number[] = [];
  const values = [...Array.from({ length: 100 }, (_, n) => n), ...Array.from({ length: 9 }, (_, k) => (k + 1) * 100)];
  for (const n of values) {
    const w = words(spell(n));
    if (w.length === 1) add(w[0]!, n);
    else multi.push(n);
  }
  // "one hundred", "deux cents", "två hundra", then the scales: the last word of the spelling of 1, 2
  // and 5 hundreds (thousands, millions...) when one word stands before it: a unit, or a form of one
  // the units lack ("dvě", "două"; before the word for 1 a weak 1: "eine Million", "o sută"). Where
  // 2 hundreds (thousands...) is one word ("zweitausend", "duemila", "kétezer"), each is a unit.
  for (const [size, kind] of [[100, hundreds], ...SCALES.map((s) => [s, undefined] as const)] as const) {
    const compound = words(spell(2 * size)).length === 1;
    for (const k of [1, 2, 5]) {
      const w = words(spell(k * size));
      const last = w[w.length - 1]!;
      if (w.length === 1 && compound) add(last, k * size);
      else if (w.length === 1 && k === 1 && !kind && !(last in units)) scales[last] = size;
      else if (w.length === 1 && k === 1 && kind && units[last] === size) {
        delete units[last];
        kind.add(last);
      }
      if (w.length !== 2 || (last in units && units[last] !== size) || w[0]! in scales || hundreds.has(w[0]!)) continue;
      if (w[0]! in units && units[w[0]!] !== k) continue;
      if (units[last] === size) delete units[last];
      if (kind) kind.add(last);
      else if (!(last in scales)) scales[last] = size;
      if (!(w[0]! in units)) {
        units[w[0]!] = k;
        if (k === 1) weak.add(w[0]!);
      }
    }
  }
  // What else stands in a spelling between number words joins them: "vingt et un", "vinte e um", "hundra och ett".
  for (const n of [...multi, 101, 121, 1001]) {
    const w = words(spell(n));
    w.forEach((x, i) => {
      if (i > 0 && i < w.length - 1 && !(x in units) && !hundreds.has(x) && !(x in scales)) joiners.add(x);
    });
  }
  // The form a hundred takes before the rest of a number, where a hundred alone is spelled otherwise:
  // Spanish "ciento veinte" (100 is "cien"), Portuguese "cento e vinte" (100 is "cem").
  for (const n of [101, 120]) {
    const [first, ...rest] = words(spell(n));
    const tail = rest.filter((x) => !joiners.has(x)).join(' ');
    if (first && rest.length > 0 && !(first in units) && !hundreds.has(first) && !(first in scales) && tail === words(spell(n - 100)).join(' ')) add(first, 100);
  }
  // The word for 1 is the indefinite article in most of these languages ("un", "ein", "een", "um").
  for (const [word, value] of Object.entries(units)) if (value === 1) weak.add(word);
  hundredsAlone(spell, units, hundreds, weak);
  const table: LanguageNumberWords = { units, hundreds: [...hundreds], scales, joiners: [...joiners], weak: [...weak] };
  const thousands = thousandsOf(spell) ?? writtenClosed;
  if (thousands) table.thousands = thousands;
  return ordinals && Object.keys(ordinals).length ? { ...table, ordinals } : table;
}

/**
 * What a language that writes its thousands in one word ("duemila", "zweitausend", "tvåtusen") puts
 * after the number of thousands: the spelling of 2,000 less the spelling of 2, kept when 3 to 999
 * thousands are spelled the same way, so that "quattromila" and "dreihundertfünfzigtausend" read
 * without a table of every multiple (figures.ts, closedNumber).
 */
export function thousandsOf(spell: (n: number) => string): string | undefined {
  const one = (n: number) => {
    const w = words(spell(n));
    return w.length === 1 ? w[0]! : undefined;
  };
  const two = one(2);
  const twoThousand = one(2000);
  if (!two || !twoThousand?.startsWith(two) || twoThousand.length === two.length) return undefined;
  const suffix = twoThousand.slice(two.length);
  for (const k of [3, 7, 20, 45, 300]) {
    const spelled = one(k * 1000);
    if (!spelled?.endsWith(suffix) || words(spell(k)).join('') !== spelled.slice(0, -suffix.length)) return undefined;
  }
  return suffix;
}

/**
 * A language's ordinals by stem: the stem of each one-word ordinal of 1-99 ("fifth", "einundzwanzigste")
 * and of the last word of a spelling whose words before it are a cardinal ("vingt et unième" gives
 * "unième" 1, "twenty-first" gives "first" 1), in every gender n2words spells. Left out: a stem two
 * values share, one whose form is a stop word of the language (Swedish "andra" is also "other",
 * Italian "secondo" also "according to"), and one that `taken` says other words have (the stop words'
 * stems, Italian "non" as "nono" stems; the days' names, Portuguese "quinta-feira", Czech "pátek"):
 * such a word says nothing of a figure.
 */
export function ordinalsOf(ordinal: (n: number) => string[], stem: (accented: string) => string, isStopWord: (folded: string) => boolean, taken: ReadonlySet<string>, cardinal: (tokens: string) => number | undefined): Record<string, number> {
  const found = new Map<string, number>();
  const dropped = new Set<string>();
  const add = (token: { accented: string; lower: string }, value: number) => {
    const key = stem(token.accented);
    if (isStopWord(token.lower) || taken.has(key) || (found.has(key) && found.get(key) !== value)) dropped.add(key);
    else found.set(key, value);
  };
  for (let n = 1; n < 100; n++) {
    for (const spelled of ordinal(n)) {
      const unified = unifyTypography(spelled);
      const tokens = lex(unified).filter((t) => t.kind === 'word');
      if (tokens.length === 1) add(tokens[0]!, n);
      else if (tokens.length > 1) {
        const before = cardinal(unified.slice(0, tokens.at(-1)!.start));
        if (before !== undefined && n - before >= 1 && n - before <= 9) add(tokens.at(-1)!, n - before);
      }
    }
  }
  return Object.fromEntries([...found].filter(([key]) => !dropped.has(key)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

type Speller = { toCardinal: (n: number) => string; toOrdinal?: (n: number, options?: { gender?: string }) => string };

/** Every gender's spelling of the ordinal of `n` that the locale gives (n2words throws on an option a locale lacks). */
function ordinalSpellings(speller: Speller, n: number): string[] {
  const out = new Set<string>();
  for (const options of [undefined, { gender: 'feminine' }, { gender: 'neuter' }]) {
    try {
      out.add(speller.toOrdinal!(n, options));
    } catch {
      // The locale has no such gender.
    }
  }
  return [...out];
}

/** The names of the days and months in `lang` (CLDR, through Intl): "quinta-feira" is no fifth. */
function calendarNames(lang: string): string[] {
  const names: string[] = [];
  const weekday = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
  for (let d = 0; d < 7; d++) names.push(weekday.format(new Date(Date.UTC(2024, 0, 7 + d))));
  for (let m = 0; m < 12; m++) names.push(month.format(new Date(Date.UTC(2024, m, 15))));
  return names;
}

/**
 * The stems of `lang`'s words for a decade: English "decade", the others its translations in the
 * shipped word list with English (FreeDict, WikDict: "décennie", "Jahrzehnt", "década"), so that "two
 * decades" reads as 20, as "20 years" does. None where the language has no word list. A word whose stem
 * another word has (a stop word, a month, an ordinal) is kept as written, '=' before it, and with an s.
 */
export function decadeStems(lang: string, stem: (accented: string) => string, taken: (stem: string) => boolean): string[] {
  const words = lang === 'en' ? ['decade'] : LEXICON_LANGS.includes(lang) ? lexiconBetween('en', lang)!.translateWord('decade', 'en', lang) : [];
  const stems = new Set<string>();
  for (const word of words) {
    const tokens = lex(unifyTypography(word)).filter((t) => t.kind === 'word');
    if (tokens.length !== 1) continue;
    const key = stem(tokens[0]!.accented);
    if (!taken(key)) stems.add(key);
    // Spanish "década" stems as "decir" (to say) does: the word itself and its plural, written out.
    else stems.add(`=${tokens[0]!.lower}`).add(`=${tokens[0]!.lower}s`);
  }
  return [...stems].sort();
}

/** `lang`'s table, made from its n2words `locale`: the cardinals, then the ordinals read with them. */
export async function numberTableOf(lang: string, locale: string): Promise<LanguageNumberWords> {
  const { readFigures } = await import('@/utils/core/matching/figures');
  const { setNumberWords } = await import('@/utils/core/matching/number-words');
  const { languageTools } = await import('@/utils/core/matching/languages');
  const speller = (await import(`n2words/${locale}`)) as Speller;
  const cardinals = numberWordsOf(speller.toCardinal, undefined, CLOSED_THOUSANDS[lang]);
  // Ordinals are read by stem: not in a language the matcher cuts to a prefix (no Snowball stemmer), where "piąty" and "piątek" would meet.
  if (!speller.toOrdinal || !stemmerOf(lang)) return withCues(lang, withGenders(lang, cardinals));
  setNumberWords(lang, cardinals);
  const tools = languageTools(lang);
  const { stopWordsOf } = await import('@/utils/core/language/language-data');
  const stemsOf = (text: string) => lex(unifyTypography(text)).filter((t) => t.kind === 'word').map((t) => tools.stem(t.accented));
  const taken = new Set([...stopWordsOf(lang).flatMap(stemsOf), ...calendarNames(lang).flatMap(stemsOf)]);
  const cardinal = (text: string) => {
    const figures = readFigures(lex(text), lang).figures;
    return figures.length === 1 && figures[0]!.kind === 'n' ? Number(figures[0]!.key.slice(1)) : undefined;
  };
  const table = numberWordsOf(speller.toCardinal, ordinalsOf((n) => ordinalSpellings(speller, n), tools.stem, tools.isStopWord, taken, cardinal), CLOSED_THOUSANDS[lang]);
  const decades = decadeStems(lang, tools.stem, (stem) => taken.has(stem) || stem in (table.ordinals ?? {}));
  if (decades.length) table.decades = decades;
  withGenders(lang, table);
  // The parser reads `lang` with the whole table again, not the cardinals alone set above.
  setNumberWords(lang, withCues(lang, table));
  return table;
}

/** A language of RBNF_LANGS: its cardinals from CLDR's rules, each alphabet's where it writes two (Serbian). */
function rbnfTableOf(lang: string): LanguageNumberWords {
  const table = numberWordsOf(rbnfSpeller(lang)!);
  const latin = lang === 'sr' ? rbnfSpeller('sr-Latn') : undefined;
  if (latin) {
    const other = numberWordsOf(latin);
    for (const [word, value] of Object.entries(other.units)) table.units[word] ??= value;
    for (const [word, value] of Object.entries(other.scales)) table.scales[word] ??= value;
    table.hundreds = [...new Set([...table.hundreds, ...other.hundreds])];
    table.joiners = [...new Set([...table.joiners, ...other.joiners])];
    table.weak = [...new Set([...table.weak, ...other.weak])];
  }
  for (const word of HOMOGRAPHS[lang] ?? []) delete table.units[word];
  return withCues(lang, withGenders(lang, table));
}

/** Every language's table as the build writes it: n2words' languages, then CLDR's scale words (addCompactScales). */
export async function numberTables(): Promise<Record<string, LanguageNumberWords>> {
  const { baseNumberWords, allMonths } = await import('@/utils/core/matching/number-words');
  const langs: Record<string, LanguageNumberWords> = {};
  for (const [lang, locale] of Object.entries(NUMBER_LOCALES)) langs[lang] = await numberTableOf(lang, locale);
  for (const lang of RBNF_LANGS) langs[lang] = rbnfTableOf(lang);
  const blank = (lang: string) => withCues(lang, { units: {}, hundreds: [], scales: {}, joiners: [], weak: [] });
  addCompactScales(langs, baseNumberWords(), blank);
  addMonthNames(langs, (word) => baseNumberWords().has(word) || allMonths().has(word), blank);
  return langs;
}

if (process.argv[1]?.endsWith('build-number-words.ts')) {
  await import('@/scripts/lib/node-language-data');
  const { readFigures } = await import('@/utils/core/matching/figures');
  const { setNumberWords } = await import('@/utils/core/matching/number-words');
  const langs = await numberTables();
  // Read every spelling back: what does not come out as its value is printed.
  for (const [lang, locale] of Object.entries(NUMBER_LOCALES)) {
    setNumberWords(lang, langs[lang]!);
    const { toCardinal } = (await import(`n2words/${locale}`)) as { toCardinal: (n: number) => string };
    const missed: string[] = [];
    for (const n of [...Array.from({ length: 100 }, (_, i) => i), 200, 300, 500, 2e3, 3e6, 2e9]) {
      const figures = readFigures(lex(unifyTypography(toCardinal(n))), lang).figures.filter((f) => f.kind === 'n' || f.kind === 'y');
      if (figures.length !== 1 || figures[0]!.key.slice(1) !== String(n)) missed.push(`${n} "${toCardinal(n)}"`);
    }
    if (missed.length) console.log(`${lang}: ${missed.length} not read back: ${missed.slice(0, 6).join(', ')}`);
    const other: string[] = [];
    for (const { set, n, spelled } of genderSpellings(lang)) {
      if (n === 1 || HOMOGRAPHS[lang]?.some((w) => words(spelled).includes(w))) continue; // weak, or left out
      const figures = readFigures(lex(unifyTypography(spelled)), lang).figures.filter((f) => f.kind === 'n' || f.kind === 'y');
      if (figures.length !== 1 || figures[0]!.key.slice(1) !== String(n)) other.push(`${n} "${spelled}" (${set})`);
    }
    if (other.length) console.log(`${lang}: ${other.length} of CLDR's spellings not read back: ${other.slice(0, 6).join(', ')}`);
    console.log(`${lang}: ${Object.keys(langs[lang]!.ordinals ?? {}).length} ordinal stems`);
  }
  readBackRbnf(langs, readFigures, setNumberWords);
  const { version } = (await import('n2words/package.json', { with: { type: 'json' } })).default as { version: string };
  const rbnfVersion = ((await import('cldr-rbnf/package.json', { with: { type: 'json' } })).default as { version: string }).version;
  const file = { about: `Number words from n2words ${version} (MIT) cardinals and ordinals, the words for a decade from the shipped word lists (utils/core/lexicon, see the README for their licences), the negations, denials, halves, one-articles and collective numerals of scripts/lib/cue-words.ts, the scale words of CLDR's compact notation (Unicode-3.0, through Node's Intl; scripts/lib/compact-scales.ts), the other genders and cases of CLDR's spelled-out cardinals, and the cardinals of the languages n2words does not spell (cldr-rbnf ${rbnfVersion}, Unicode-3.0; scripts/lib/cldr-spellout.ts), written by scripts/build-number-words.ts. Do not edit by hand.`, langs };
  writeFileSync(new URL('../utils/core/matching/number-words-data.json', import.meta.url), JSON.stringify(file) + '\n');
  console.log(`${Object.keys(langs).length} languages`);
}
