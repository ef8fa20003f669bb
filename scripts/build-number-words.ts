/**
 * Writes utils/core/matching/number-words-data.json: for each language the engine has a stemmer for
 * and n2words spells, the number words the figure parser reads ("drei", "zweiundzwanzig",
 * "duecento", "milhões"), folded as the lexer folds words. Made from n2words' cardinals (MIT): the
 * spellings of 0-99, of the hundreds and of 1 and 2 of each scale, cut into tokens by lex() itself.
 * Every spelling is read back through readFigures, and one that does not read as its value is
 * printed (it is a case the parser does not handle, not a wrong table entry).
 *
 *   npx tsx scripts/build-number-words.ts
 */
import { writeFileSync } from 'node:fs';
import { lex } from '@/utils/core/matching/lex';
import { unifyTypography } from '@/utils/core/matching/normalise-text';
import type { LanguageNumberWords } from '@/utils/core/language/language-data';

/**
 * n2words' locale for each base language the engine stems (language-data.ts); hy, eu, ca, ga, sl have
 * none. Not Arabic or Tamil: their 11-19 and 91-99 put the unit first as separate words, which the
 * parser adds up wrong (most of their spellings did not read back).
 */
export const NUMBER_LOCALES: Record<string, string> = {
  cs: 'cs-CZ', da: 'da-DK', nl: 'nl-NL', en: 'en-US', fi: 'fi-FI', fr: 'fr-FR', de: 'de-DE',
  hu: 'hu-HU', it: 'it-IT', no: 'nb-NO', nb: 'nb-NO', pt: 'pt-PT', ro: 'ro-RO', ru: 'ru-RU', es: 'es-ES',
  sv: 'sv-SE', tr: 'tr-TR',
};

const SCALES = [1e3, 1e6, 1e9, 1e12];

const words = (spelled: string) => lex(unifyTypography(spelled)).filter((t) => t.kind === 'word').map((t) => t.lower);

/** One language's table from its spelling function. */
export function numberWordsOf(spell: (n: number) => string): LanguageNumberWords {
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
  // The word for 1 is the indefinite article in most of these languages ("un", "ein", "een", "um").
  for (const [word, value] of Object.entries(units)) if (value === 1) weak.add(word);
  return { units, hundreds: [...hundreds], scales, joiners: [...joiners], weak: [...weak] };
}

if (process.argv[1]?.endsWith('build-number-words.ts')) {
  const { readFigures } = await import('@/utils/core/matching/figures');
  const { setNumberWords } = await import('@/utils/core/matching/number-words');
  const langs: Record<string, LanguageNumberWords> = {};
  const locales = [...new Set(Object.values(NUMBER_LOCALES))];
  const byLocale = new Map<string, LanguageNumberWords>();
  for (const locale of locales) {
    const { toCardinal } = (await import(`n2words/${locale}`)) as { toCardinal: (n: number) => string };
    byLocale.set(locale, numberWordsOf(toCardinal));
  }
  for (const [lang, locale] of Object.entries(NUMBER_LOCALES)) langs[lang] = byLocale.get(locale)!;
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
  }
  const { version } = (await import('n2words/package.json', { with: { type: 'json' } })).default as { version: string };
  const file = { about: `Number words from n2words ${version} (MIT) cardinals, written by scripts/build-number-words.ts. Do not edit by hand.`, langs };
  writeFileSync(new URL('../utils/core/matching/number-words-data.json', import.meta.url), JSON.stringify(file) + '\n');
  console.log(`${Object.keys(langs).length} languages`);
}
