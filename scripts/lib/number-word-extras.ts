/**
 * What build-number-words.ts adds to n2words' tables: the cardinals of the languages n2words does not
 * spell, from CLDR's spelled-out rules (RBNF_LANGS), and each language's cue words (withCues).
 */
import { lex } from '@/utils/core/matching/lex';
import { unifyTypography } from '@/utils/core/matching/normalise-text';
import type { LanguageNumberWords } from '@/utils/core/language/language-data';
import type { readFigures as ReadFigures } from '@/utils/core/matching/figures';
import { COLLECTIVE_ARTICLES, COLLECTIVE_OF, COLLECTIVES, DENIAL_OPENERS, DENIALS, GENITIVE_SCALES, GROUP_NUMERALS, HALVES, NEGATORS, ONE_AND_A_HALF, ONES } from './cue-words';
import { spell, spelloutRules } from './cldr-spellout';
import { words } from './gender-number-words';

/**
 * Languages n2words does not spell, whose cardinals come from CLDR's spelled-out rules alone
 * (`%spellout-numbering`, read by cldr-spellout.ts, with its other genders and cases: withGenders):
 * Bulgarian "деветима" and Latvian "divi" were no figure, so a sentence stating a claim in words had
 * none in common with its other wordings. Cardinals only (no ordinals, no decades). Serbian takes both
 * its alphabets' spellings. Not Indonesian, Malay and Swahili, whose tens and hundreds the parser adds
 * up wrong ("dua belas", two-teen, 12; "mia mbili", hundred two, 200: most did not read back), nor
 * Arabic's, Hebrew's, Persian's and Hindi's. Ukrainian's words with an apostrophe ("пʼять") are one
 * word for the lexer (lex.ts).
 */
export const RBNF_LANGS = ['bg', 'hr', 'bs', 'sr', 'sl', 'sk', 'uk', 'be', 'mk', 'lt', 'lv', 'et', 'ca', 'is', 'af', 'sq'];

/** `locale`'s spelling of `n` by CLDR's `%spellout-numbering` rules ('' where it has none: from a million up). */
export function rbnfSpeller(locale: string): ((n: number) => string) | undefined {
  const rules = spelloutRules(locale);
  if (!rules?.has('%spellout-numbering')) return undefined;
  return (n) => (n < 1e6 ? (spell(rules, '%spellout-numbering', n) ?? '') : '');
}

/** The language's negations, denials, halves, ones, scale genitives, numerals of a group of people and words for one and a half (scripts/lib/cue-words.ts), shipped with its number words. */
export function withCues(lang: string, table: LanguageNumberWords): LanguageNumberWords {
  if (NEGATORS[lang]) table.negators = [...NEGATORS[lang]];
  if (DENIALS[lang]) table.denials = [...DENIALS[lang]];
  if (DENIAL_OPENERS[lang]) table.denialOpeners = [...DENIAL_OPENERS[lang]];
  if (HALVES[lang]) table.halves = [...HALVES[lang]];
  if (ONES[lang]) table.ones = [...ONES[lang]];
  for (const [word, value] of Object.entries(GENITIVE_SCALES[lang] ?? {})) if (!(word in table.scales)) table.scales[word] = value;
  const more = { ...GROUP_NUMERALS[lang], ...Object.fromEntries((ONE_AND_A_HALF[lang] ?? []).map((w) => [w, 1.5])) };
  for (const [written, value] of Object.entries(more)) {
    const [word, second] = words(written);
    if (word && !second && !(word in table.units) && !(word in table.scales) && !table.hundreds.includes(word)) table.units[word] = value;
  }
  if (COLLECTIVES[lang]) {
    table.collectives = { ...COLLECTIVES[lang] };
    table.collectiveArticles = [...COLLECTIVE_ARTICLES[lang]!];
    table.collectiveOf = [...COLLECTIVE_OF[lang]!];
  }
  return table;
}

/** Every spelling of RBNF_LANGS' tables read back through the parser: what does not read as its value is printed. */
export function readBackRbnf(langs: Record<string, LanguageNumberWords>, readFigures: typeof ReadFigures, setNumberWords: (lang: string, table: LanguageNumberWords) => void): void {
  for (const lang of RBNF_LANGS) {
    setNumberWords(lang, langs[lang]!);
    const speller = rbnfSpeller(lang)!;
    const missed: string[] = [];
    for (const n of [...Array.from({ length: 100 }, (_, i) => i), 200, 300, 500, 2e3, 35e3]) {
      if (n === 1) continue; // weak, as an article is
      const figures = readFigures(lex(unifyTypography(speller(n))), lang).figures.filter((f) => f.kind === 'n' || f.kind === 'y');
      if (figures.length !== 1 || figures[0]!.key.slice(1) !== String(n)) missed.push(`${n} "${speller(n)}"`);
    }
    console.log(`${lang}: ${Object.keys(langs[lang]!.units).length} words from CLDR${missed.length ? `, ${missed.length} not read back: ${missed.slice(0, 6).join(', ')}` : ''}`);
  }
}
