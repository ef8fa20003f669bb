/**
 * Writes utils/core/matching/weekday-names.json: the names of the days of the week, as the
 * platform's CLDR data gives them (Intl.DateTimeFormat), folded as the matcher reads words, for
 * the languages of the month names (scripts/build-month-names.ts). English and German capitalise
 * them ("late Thursday", "am Dienstag"): without this list they were read as proper names, so a
 * sentence and a claim that both said "Thursday" shared a "name". Read at build time, not at
 * every worker start.
 *
 *   npx tsx scripts/build-weekday-names.ts
 */
import { writeFileSync } from 'node:fs';
import { foldText } from '@/utils/core/matching/normalise-text';
import { CLDR_MONTH_LANGS } from './build-month-names';

/** Folded weekday names, long forms only (the short ones, "Sun", "Mar", "Man", are words and names too), sorted. */
export function cldrWeekdayNames(langs: readonly string[] = CLDR_MONTH_LANGS): string[] {
  const out = new Set<string>();
  for (const lang of langs) {
    const format = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
    // 2024-01-01 was a Monday: seven days from it give every name once.
    for (let d = 1; d <= 7; d++) {
      const key = foldText(format.format(new Date(Date.UTC(2024, 0, d))));
      if (/^\p{L}{4,}$/u.test(key)) out.add(key);
    }
  }
  return [...out].sort();
}

if (process.argv[1]?.endsWith('build-weekday-names.ts')) {
  const names = cldrWeekdayNames();
  const file = { about: `Weekday names from CLDR (Intl.DateTimeFormat in Node ${process.versions.node}, ICU ${process.versions.icu}) for ${CLDR_MONTH_LANGS.join(', ')}, written by scripts/build-weekday-names.ts. Do not edit by hand.`, names };
  writeFileSync('utils/core/matching/weekday-names.json', JSON.stringify(file) + '\n');
  console.log(`utils/core/matching/weekday-names.json: ${names.length} names`);
}
