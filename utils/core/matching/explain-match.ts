/** Explanations of a match: what the text and the matched document share. */
import { analyseText, type WordUnit } from './analyse-text';
import { contentUnits, type ClaimIndex, type IndexedDoc } from './claim-index';
import type { QueryFeatures } from './query-features';
import { unifyTypography } from './normalise-text';
import { otherYearReading } from './figures';
import { targetBits } from './alt-languages';

export interface DocExplanation {
  sharedTerms: string[];
  sharedFigures: string[];
  sharedEntities: string[];
  contradictedFigures: { text: string; claim: string }[];
  negationDiffers: boolean;
}


/** What the text and the document share, in the document's own words. */
export function explainDoc(q: QueryFeatures, doc: IndexedDoc, index: ClaimIndex): DocExplanation {
  // Re-analysing the one matched document is cheaper than keeping every
  // document's surfaces in memory; analysis is deterministic, so units line up.
  const analysis = analyseText(doc.text, doc.lang);
  const shared = new Map<string, boolean>();
  const docBits = targetBits(index, doc.lang);
  contentUnits(analysis).forEach((unit, i) => {
    const u = doc.unitStart + i;
    const stem = index.unitStems[u]!;
    const entity = index.unitEntities[u]!;
    const k = doc.lang !== q.analysis.lang ? q.altStems.indexOf(stem) : -1;
    const translated = k >= 0 && (q.altStemLangs[k]! & docBits) !== 0;
    if (q.stems.includes(stem) || (entity >= 0 && q.entities.includes(entity)) || translated) shared.set(unit.stem, entity >= 0);
  });
  // Word offsets are into the text as analysis unifies it ("œ" as "oe", zero-width marks out).
  const { sharedTerms, sharedEntities } = sharedPhrases(unifyTypography(doc.text), analysis.words, shared);
  // "2000" and "2 000" alike (otherYearReading), as scoring reads them.
  const has = (key: string) => q.figureKeys.has(key) || q.figureKeys.has(otherYearReading(key) ?? '');
  const sharedFigures = doc.figures.filter((f) => has(f.key)).map((f) => f.surface);
  // A figure contradicts when both give one of a kind (count, year, month,
  // day) and none of that kind agrees: "11,000" against "10,000".
  const contradictedFigures: { text: string; claim: string }[] = [];
  for (const f of doc.figures) {
    if (has(f.key) || doc.figures.some((g) => g.kind === f.kind && has(g.key))) continue;
    const other = q.analysis.figures.find((g) => g.kind === f.kind);
    if (other) contradictedFigures.push({ text: other.surface, claim: f.surface });
  }
  return { sharedTerms, sharedFigures, sharedEntities, contradictedFigures, negationDiffers: doc.negated !== q.analysis.negated };
}

/**
 * Shared words that run together, read as one phrase as the document writes it: words joined by a
 * hyphen ("nord-coréens"), and names next to each other or with one short lowercase stop word
 * between ("North Korean", "Corée du Nord"), and pairs of ideographs that overlap or Thai words that
 * touch ("日本政府"). A phrase with a name is a name.
 */
function sharedPhrases(text: string, words: readonly WordUnit[], shared: ReadonlyMap<string, boolean>): { sharedTerms: string[]; sharedEntities: string[] } {
  const sharedTerms: string[] = [];
  const sharedEntities: string[] = [];
  const seen = new Set<string>();
  let phrase: { start: number; end: number; named: boolean; lastNamed: boolean } | undefined;
  /** A stop word after a name that may join it to the next name ("du"). */
  let joiner: WordUnit | undefined;
  const flush = () => {
    if (!phrase) return;
    const surface = text.slice(phrase.start, phrase.end);
    const key = surface.toLowerCase();
    if (!seen.has(key)) (phrase.named ? sharedEntities : sharedTerms).push(surface);
    seen.add(key);
    phrase = undefined;
  };
  for (const w of words) {
    const named = w.stop || w.stem.length < 2 ? undefined : shared.get(w.stem);
    if (named === undefined) {
      const canJoin = w.stop && !joiner && phrase?.lastNamed && w.end - w.start <= 3 && !/\p{Lu}/u.test(text.slice(w.start, w.end));
      if (canJoin && SPACE.test(text.slice(phrase!.end, w.start))) joiner = w;
      else {
        flush();
        joiner = undefined;
      }
      continue;
    }
    const gap = phrase ? text.slice(joiner ? joiner.end : phrase.end, w.start) : '';
    // Pairs of ideographs overlap, Thai words touch (cjk.ts): a run of them is the words they spell.
    const overlaps = phrase && !joiner && w.start <= phrase.end;
    const joins = phrase && (overlaps || (joiner ? named && SPACE.test(gap) : HYPHEN.test(gap) || (named && phrase.lastNamed && SPACE.test(gap))));
    if (joins) Object.assign(phrase!, { end: Math.max(phrase!.end, w.end), named: phrase!.named || named, lastNamed: named });
    else {
      flush();
      phrase = { start: w.start, end: w.end, named, lastNamed: named };
    }
    joiner = undefined;
  }
  flush();
  return { sharedTerms, sharedEntities };
}

const SPACE = /^[ \u00a0]{1,2}$/;
const HYPHEN = /^[-\u2010\u2011]$/;
