import { countriesNamed } from '@/utils/core/matching/country-conflict';
import { frEnLexicon } from '@/utils/core/lexicon/lexicons';
import { markStart } from '@/utils/core/start-marks';

/**
 * Work a restarted worker does ahead of need, while it would otherwise wait: matching data read
 * while IndexedDB reads the stored index. A loaded index's documents are not decoded ahead: a scan
 * decodes those it reads, and an edit reads none (update-index.ts).
 */

/** The gazetteer's lookups (any scan with a candidate) and the French–English lexicon (a scan across the two). */
export function warmMatchingData(): void {
  try {
    markStart('warmupStart');
    countriesNamed([], true);
    frEnLexicon();
    markStart('warmupDone');
  } catch (e) {
    // The scan reads them again and reports what fails.
    console.warn('Recoupe: matching data not read ahead', e);
  }
}
