import { countriesNamed } from '@/utils/core/matching/country-conflict';
import { lexiconBetween, LEXICON_LANGS } from '@/utils/core/lexicon/lexicons';
import type { LexiconLang } from '@/utils/core/lexicon/lexicon';
import { markStart } from '@/utils/core/start-marks';

/**
 * Work a restarted worker does while the browser streams the stored index's bytes to it (not
 * before: at the worker's very start it delayed opening the database by 285-870 ms in the browser
 * bench at load 5). Only what the first scan of that library reads: the gazetteer's lookups (any
 * scan with a candidate) and the word lists between English and the other languages the index
 * holds (a scan in one of them translates into the other); none when the index is in one language.
 */
export function warmMatchingData(indexLangs: readonly string[]): void {
  try {
    markStart('warmupStart');
    countriesNamed([], true);
    if (!indexLangs.includes('en')) return;
    for (const lang of LEXICON_LANGS) if (indexLangs.includes(lang)) lexiconBetween(lang as LexiconLang, 'en');
    markStart('warmupDone');
  } catch (e) {
    // The scan reads them again and reports what fails.
    console.warn('Recoupe: matching data not read ahead', e);
  }
}
