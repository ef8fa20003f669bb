import { countriesNamed } from '@/utils/core/matching/country-conflict';
import { lexiconBetween, LEXICON_TAGS, preloadLexicon } from '@/utils/core/lexicon/lexicons';
import { preloadGazetteerData } from '@/utils/core/facts/gazetteer-source';
import type { LexiconLang } from '@/utils/core/lexicon/lexicon';
import { markStart } from '@/utils/core/start-marks';

/**
 * Work a restarted worker does while the browser streams the stored index's bytes to it (not
 * before: at the worker's very start it delayed opening the database by 285-870 ms in the browser
 * bench at load 5). Only what the first scan of that library reads: the gazetteer's lookups (any
 * scan with a candidate) and the word lists between English and the other languages the index
 * holds (a scan in one of them translates into the other); none when the index is in one language.
 * Their files are fetched first, where the platform can, so that the thread is free while they are
 * read; then the lookups are made.
 * It does not hide behind the read: the Blob's bytes reach the worker only while its thread is free
 * (scripts/bench-storage-read.ts: 300 ms of blocking after a 28 MB read starts delays it by 300 ms,
 * and the read itself needs about 110 ms of the thread), so this work and the read add up. Done
 * after the read instead, the first highlight was no sooner in that measurement (1,059-1,357 ms
 * against 1,201-1,302 ms): the first scan needs the same data.
 */
export async function warmMatchingData(indexLangs: readonly string[]): Promise<void> {
  try {
    markStart('warmupStart');
    const langs = indexLangs.includes('en') ? LEXICON_TAGS.filter((lang) => indexLangs.includes(lang)) : [];
    await Promise.all([preloadGazetteerData(), ...langs.map((lang) => preloadLexicon(lang))]);
    markStart('warmupFetched');
    countriesNamed([], true);
    for (const lang of langs) lexiconBetween(lang as LexiconLang, 'en');
    markStart('warmupDone');
  } catch (e) {
    // The scan reads them again and reports what fails.
    console.warn('Recoupe: matching data not read ahead', e);
  }
}
