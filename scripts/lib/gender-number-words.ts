/**
 * Number words in the genders and cases n2words does not spell, from CLDR's spelled-out cardinals
 * (cldr-spellout.ts), for build-number-words.ts.
 */
import { lex } from '@/utils/core/matching/lex';
import { unifyTypography } from '@/utils/core/matching/normalise-text';
import type { LanguageNumberWords } from '@/utils/core/language/language-data';
import { cardinalSets, spell, spelloutRules } from './cldr-spellout';

/** A spelling's words, cut and lowered by the lexer itself. */
export const words = (spelled: string) => lex(unifyTypography(spelled)).filter((t) => t.kind === 'word').map((t) => t.lower);

/** The whole numbers whose one-word spellings in every gender and case are added (with the scale words, they read the rest). */
const SPELLED_FORMS = [...Array.from({ length: 100 }, (_, n) => n), ...Array.from({ length: 9 }, (_, k) => (k + 1) * 100)];

/**
 * Forms that are another common word more often than a number: Russian "семью" is "family" (accusative)
 * before it is "seven" (instrumental); Croatian's, Bosnian's and Serbian's "sto" (a hundred) is "što"
 * (what) once its accent is folded.
 */
export const HOMOGRAPHS: Record<string, readonly string[]> = { ru: ['семью'], hr: ['sto'], bs: ['sto'], sr: ['sto'] };

/**
 * CLDR's spellings of SPELLED_FORMS in `lang`'s cardinal rule sets (cldr-spellout.ts), as withGenders reads them.
 * Not the plural sets: Finnish "kymmenet" is "tens of" more often than ten, Russian "одни" "alone". A case's
 * compounds of 21 to 99 are many long words (Finnish has fourteen cases) and rare in the news: with a case,
 * 0 to 20, the tens and the hundreds; with a gender alone, every number ("tjugoett", "ventuno").
 */
export function genderSpellings(lang: string): { set: string; n: number; spelled: string }[] {
  const rules = spelloutRules(lang);
  const out: { set: string; n: number; spelled: string }[] = [];
  for (const set of rules ? cardinalSets(rules).filter((name) => !name.includes('-plural')) : []) {
    const withCase = !/^%spellout-cardinal(-(masculine|feminine|neuter|common|reale|stressed|verbose|[mnrs]))?$/.test(set);
    for (const n of SPELLED_FORMS) {
      if (withCase && n > 20 && n < 100 && n % 10 !== 0) continue;
      const spelled = spell(rules!, set, n);
      if (spelled !== undefined) out.push({ set, n, spelled });
    }
  }
  return out;
}

/**
 * The one-word spellings CLDR's cardinal rule sets give in other genders and cases than n2words' (genderSpellings):
 * Portuguese "duas", "duzentas", Greek "τρεις", "δεκατέσσερις", Russian "пяти", Polish "dwóch". A word the table
 * has already, as a unit, a hundred, a scale or a joiner, keeps what it is; a form of 1 is weak, as the article it is
 * too ("uma", "μία", "einer").
 */
export function withGenders(lang: string, table: LanguageNumberWords): LanguageNumberWords {
  const weak = new Set(table.weak);
  const taken = (word: string) => word in table.units || word in table.scales || table.hundreds.includes(word) || table.joiners.includes(word) || HOMOGRAPHS[lang]?.includes(word);
  for (const { n, spelled } of genderSpellings(lang)) {
    const w = words(spelled);
    if (w.length !== 1 || taken(w[0]!)) continue;
    table.units[w[0]!] = n;
    if (n === 1) weak.add(w[0]!);
  }
  table.weak = [...weak];
  return table;
}
