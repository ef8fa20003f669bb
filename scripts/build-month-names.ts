/**
 * Writes utils/core/matching/month-names.json: the month names of more languages, as the platform's
 * CLDR data gives them (Intl.DateTimeFormat, alone and inside a date: "novembro", "4 listopada"),
 * folded as the matcher reads words; only names that number-words.ts does not list itself and that
 * are no number word. Read at build time, not at every worker start (Intl's locale data for a dozen
 * languages cost some 40 ms at the first scan).
 *
 *   npx tsx scripts/build-month-names.ts
 */
import { writeFileSync } from 'node:fs';
import { foldText } from '@/utils/core/matching/normalise-text';

/**
 * Those of the shipped word lists and a few other Latin-script languages, and Russian, Ukrainian and Greek, whose
 * letters no Latin word shares (not Polish: its genitive
 * "marca" is the Spanish for a brand; not Czech: its "leden", January, is the Dutch for members, and
 * the names are read in every language).
 */
export const CLDR_MONTH_LANGS = ['de', 'it', 'pt', 'nl', 'es', 'fr', 'en', 'ca', 'ro', 'sv', 'da', 'nb', 'fi', 'tr', 'ru', 'uk', 'el'];

/**
 * A locale's month names in the Gregorian calendar (Persian's default is its own), alone and inside a
 * date ("novembro", "4 listopada"), folded as the matcher reads words and without an abbreviation's
 * dot, each with its month (1-12), in month order; none where Intl does not know the locale.
 */
export function monthNamesIn(locale: string): [string, number][] {
  let alone: Intl.DateTimeFormat;
  let inDate: Intl.DateTimeFormat;
  try {
    alone = new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { month: 'long', timeZone: 'UTC' });
    inDate = new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  } catch {
    return [];
  }
  const out: [string, number][] = [];
  for (let m = 1; m <= 12; m++) {
    const date = new Date(Date.UTC(2024, m - 1, 15));
    const names = [alone.format(date), ...inDate.formatToParts(date).filter((p) => p.type === 'month').map((p) => p.value)];
    for (const name of names) out.push([foldText(name.replace(/\.$/, '')), m]);
  }
  return out;
}

/** Folded month name -> month (1-12), in language then month order; the first language to give a name keeps it. */
export function cldrMonthNames(known: (name: string) => boolean): Record<string, number> {
  const out: Record<string, number> = {};
  for (const lang of CLDR_MONTH_LANGS) {
    for (const [key, m] of monthNamesIn(lang)) if (/^\p{L}{3,}$/u.test(key) && !known(key) && !(key in out)) out[key] = m;
  }
  return out;
}

if (process.argv[1]?.endsWith('build-month-names.ts')) {
  const { BUILT_IN_MONTH_AND_NUMBER_WORDS } = await import('@/utils/core/matching/bundled-base-words');
  const months = cldrMonthNames((name) => BUILT_IN_MONTH_AND_NUMBER_WORDS.has(name));
  const file = { about: `Month names from CLDR (Intl.DateTimeFormat in Node ${process.versions.node}, ICU ${process.versions.icu}) for ${CLDR_MONTH_LANGS.join(', ')}, written by scripts/build-month-names.ts. Do not edit by hand.`, months };
  writeFileSync('utils/core/matching/month-names.json', JSON.stringify(file, null, 1) + '\n');
  console.log(`utils/core/matching/month-names.json: ${Object.keys(months).length} names`);
}
