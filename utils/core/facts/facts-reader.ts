import type { Attribution, Figure, Version } from '@/utils/core/model';
import type { FactDifference, FactMark } from '@/utils/core/claim-difference-types';

/**
 * The facts reader as the library and the card use it: reading a quote's facts (version-facts.ts) and
 * comparing the versions of a claim (claim-differences.ts). Most of it is code a scan never runs, so
 * the background does not carry it: it loads it as a script of its own (entrypoints/facts-reader.ts)
 * when an import, an annotation or a card first needs it. Node, the library page and the import worker
 * set the module itself (bundled-facts-reader.ts).
 *
 * Loading is asynchronous in a page (a script element), and reading facts is synchronous: a version's
 * facts are read inside a Dexie transaction, where an await of anything but Dexie loses the
 * transaction. So whoever reads facts awaits loadFactsReader() first, before its transaction, and
 * factsReader() gives the loaded reader, everywhere, so that a missed await fails under Node too.
 */

/** A version's fact fields, as the library stores them. */
export interface VersionFactFields {
  figures: Figure[];
  places: string[];
  attributions: Attribution[];
  dates: string[];
}

export interface FactsReader {
  /** The facts of a quote in the library's fields; `context`, the article's text before the quote. */
  extractVersionFacts(quote: string, publishedAt?: string, lang?: string, context?: string): VersionFactFields;
  /** What the versions of one claim state, and where they differ. */
  compareVersions(versions: Version[]): { marks: Map<string, FactMark[]>; differences: FactDifference[] };
}

let source: (() => FactsReader | Promise<FactsReader>) | undefined;
let loading: Promise<FactsReader> | undefined;
let loaded: FactsReader | undefined;

/** Set once by the platform: how to get the reader (a script to load, or the module). */
export function setFactsReaderSource(load: () => FactsReader | Promise<FactsReader>): void {
  source = load;
  loading = undefined;
  loaded = undefined;
}

/** The reader, loaded on the first call; a failed load is tried again at the next. */
export function loadFactsReader(): Promise<FactsReader> {
  if (loaded) return Promise.resolve(loaded);
  const load = source;
  if (!load) return Promise.reject(new Error('Recoupe: no source was set for the facts reader'));
  loading ??= Promise.resolve()
    .then(load)
    .then(
      (reader) => (loaded = reader),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
  return loading;
}

/** The reader loadFactsReader() loaded. */
export function factsReader(): FactsReader {
  if (!loaded) throw new Error('Recoupe: the facts reader was read before it was loaded (await loadFactsReader() first, outside any transaction)');
  return loaded;
}

/** True when a version carries no fact at all (nothing extracted or typed yet). */
export function hasNoFacts(v: Partial<VersionFactFields>): boolean {
  return !v.figures?.length && !v.places?.length && !v.attributions?.length && !v.dates?.length;
}
