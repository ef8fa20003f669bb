import type { Version } from '@/utils/core/model';
import { factsReader, hasNoFacts } from '@/utils/core/facts/facts-reader';

/**
 * When the library's facts come from the extractor. Extraction fills a version that has no facts
 * (saved from an annotation, imported from a format without fact columns); it follows the quote when
 * the quote changes and the facts were extracted; it never touches facts the user corrected
 * (`factsByUser`), nor facts typed in a file or the starter data.
 *
 * Both run inside a transaction, synchronously: their callers await loadFactsReader() before it starts.
 */

const FACT_FIELDS = ['figures', 'places', 'attributions', 'dates'] as const;

/**
 * The version with facts extracted from its quote if it has none and the user did not set them. The
 * article's text before the quote (`context`, kept on the version from its annotation or its file)
 * names a speaker the quote leaves implicit ("Il a déclaré…").
 */
export function withFacts<V extends Version>(v: V): V {
  // factsExtracted: the extractor already read this quote (an export of ours, imported back).
  if (v.factsByUser || v.factsExtracted || !hasNoFacts(v) || !v.quote) return v;
  return { ...v, ...factsReader().extractVersionFacts(v.quote, v.publishedAt, v.lang, v.context), factsExtracted: true };
}

// The library form writes figures back without range bounds: compare what it shows.
const comparable = (v: Pick<Version, (typeof FACT_FIELDS)[number]>, field: (typeof FACT_FIELDS)[number]) =>
  JSON.stringify(field === 'figures' ? v.figures.map((f) => [f.text, f.value, f.unit ?? '', f.qualifier ?? '']) : v[field]);

/**
 * The facts part of a library edit. A changed fact field marks the facts as the user's; a new quote
 * re-extracts facts that were extracted; a version left without facts gets extracted ones.
 */
export function factsAfterEdit(stored: Version, patch: Partial<Version>): Partial<Version> {
  const next = { ...stored, ...patch };
  const edited = FACT_FIELDS.some((f) => patch[f] !== undefined && comparable(next, f) !== comparable(stored, f));
  if (edited) return { factsByUser: true };
  if (stored.factsByUser) return {};
  const quoteChanged = patch.quote !== undefined && patch.quote !== stored.quote;
  if ((quoteChanged && stored.factsExtracted) || hasNoFacts(next)) {
    return { ...factsReader().extractVersionFacts(next.quote, next.publishedAt, next.lang, next.context), factsExtracted: true };
  }
  return {};
}
