/**
 * The words a language writes for "%" after a figure ("percent", "per cent", "pour cent", "Prozent",
 * "por ciento"), from the platform's CLDR data (Intl's unit names), so that "80 percent" and "80 %"
 * read alike: the sign is no word, and the unit word that spells it left a word of the claim uncovered
 * ("by over 80 percent" against "de plus de 80 %"). A unit word is part of its figure, not a content word.
 */
import { foldText } from './normalise-text';
import { LEXICON_TAGS, lexiconLangOf } from '@/utils/core/lexicon/lexicon-pairs';

/** What a share's figure key ends with ("n80%"): it agrees with a share, not with a count. */
export const PERCENT = '%';

/** Per language, each spelling of the unit as its words, lowercase and without accents: those written after the figure ("80 percent"), and those before it (Turkish "yüzde 80", Swahili "asilimia 80"). */
const cache = new Map<string, { after: string[][]; before: string[][] }>();

/**
 * Spellings CLDR does not give (its long unit is the sign alone): Arabic news writes "5 في المئة" (per
 * hundred) and "بالمئة", with the older spelling "المائة" too; Italian writes "per cento" as often as
 * CLDR's "percento", and "cento" is its word for 100; Romanian news writes "12 la sută" (per hundred)
 * where CLDR gives "12 procente".
 */
const UNLISTED: Record<string, string[]> = { ar: ['في المئة', 'في المائة', 'بالمئة', 'بالمائة'], it: ['per cento'], ro: ['la sută'] };

/**
 * Locales asked per language: the language's own, its British form, where CLDR gives English's "per
 * cent", and the languages read with the same word list (lexicon-pairs.ts): Bosnian news writes
 * Croatian's "posto" as often as its own "procenat", Serbian's Latin letters are Bosnian's.
 */
const variants = (lang: string) => {
  const list = lexiconLangOf(lang);
  return [lang, `${lang}-GB`, ...(list ? LEXICON_TAGS.filter((tag) => tag !== lang && lexiconLangOf(tag) === list) : [])];
};

function unitsOf(lang: string): { after: string[][]; before: string[][] } {
  let units = cache.get(lang);
  if (units) return units;
  const seen = new Set<string>();
  units = { after: [], before: [] };
  for (const locale of variants(lang)) {
    let format: Intl.NumberFormat;
    try {
      format = new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', unitDisplay: 'long' });
    } catch {
      continue;
    }
    // One and many: some languages inflect the unit ("1 procento", "80 procent").
    for (const n of [1, 2, 5, 80]) {
      const parts = format.formatToParts(n);
      const at = parts.findIndex((p) => p.type === 'unit');
      if (at < 0) continue;
      const key = foldText(parts[at]!.value).trim();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      (at < parts.findIndex((p) => p.type === 'integer') ? units.before : units.after).push(key.split(/\s+/));
    }
  }
  for (const spelled of UNLISTED[lang] ?? []) units.after.push(foldText(spelled).split(' '));
  cache.set(lang, units);
  return units;
}

/** The spellings of the unit written after a figure, each as its words. */
export const percentUnits = (lang: string): string[][] => unitsOf(lang).after;

/**
 * Number of tokens from `at` that spell the percent unit in `lang` (0 when they do not), given each
 * token's lowercase folded form. With `stem` (the language's, as the matcher stems), a one-word unit in
 * a case CLDR does not spell counts too: Polish "w 95 procentach", Czech "ve 12 procentech" (English
 * "percentage" is not "percent" to its stemmer).
 */
export function percentUnitAt(lower: (i: number) => string | undefined, at: number, lang: string, stem?: (word: string) => string): number {
  const units = unitsOf(lang).after;
  for (const words of units) {
    if (words.every((w, k) => lower(at + k) === w)) return words.length;
  }
  const word = stem && lower(at);
  if (word && units.some((words) => words.length === 1 && word.startsWith(words[0]!.slice(0, 4)) && stem(word) === stem(words[0]!))) return 1;
  return 0;
}

/** Number of tokens right before token `at` that spell a unit the language writes before its figure ("yüzde 80"), or 0. */
export function percentUnitBefore(lower: (i: number) => string | undefined, at: number, lang: string): number {
  for (const words of unitsOf(lang).before) {
    if (words.every((w, k) => lower(at - words.length + k) === w)) return words.length;
  }
  return 0;
}
