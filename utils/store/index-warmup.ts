import type { Snapshot } from '@/utils/store/matcher-snapshot';
import { countriesNamed } from '@/utils/core/matching/country-conflict';
import { frEnLexicon } from '@/utils/core/lexicon/lexicons';

/**
 * Work a restarted worker does ahead of need, while it would otherwise wait: matching data read
 * while IndexedDB reads the stored index, and a loaded index's documents decoded after the first scan.
 */

/** The gazetteer's lookups (any scan with a candidate) and the French–English lexicon (a scan across the two). */
export function warmMatchingData(): void {
  try {
    countriesNamed([], true);
    frEnLexicon();
  } catch (e) {
    // The scan reads them again and reports what fails.
    console.warn('Recoupe: matching data not read ahead', e);
  }
}

/** Documents decoded per idle slice, and the pause before the first (the first scan goes first). */
const DECODE_SLICE = 5000;
const DECODE_AFTER_MS = 1000;

/**
 * A loaded index decodes its documents when a scan reads them. An edit re-derives the index from
 * every document: so that the first edit after a restart does not decode them all at once, they are
 * decoded in slices while the worker is idle, after the first scan. `owner` is the service's current
 * snapshot: when it changes (an edit followed, a rebuild), the slices stop.
 */
export function decodeAhead(snap: Snapshot, owner: () => unknown): void {
  const docs = snap.matcher.claimIndex.docs;
  let next = 0;
  let first: unknown;
  const slice = () => {
    if (next === 0) first = owner();
    else if (owner() !== first) return;
    const end = Math.min(docs.length, next + DECODE_SLICE);
    for (; next < end; next++) docs.at(next);
    if (next < docs.length) setTimeout(slice, 0);
  };
  setTimeout(slice, DECODE_AFTER_MS);
}
